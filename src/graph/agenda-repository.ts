/**
 * Agendas and decisions in the site's lists (AgendaStore & DecisionStore from src/domain/ports.ts).
 * Opening an agenda is one $batch round trip: the meeting row, its items and the closed items'
 * content, all found by the meeting key. The batch addresses the lists by title, which Graph accepts
 * in place of the id (https://learn.microsoft.com/graph/api/list-get: `/sites/{site-id}/lists/{list-title}`),
 * so a panel open needs no list-id lookup first; only when a title is not found are the ids looked up. A user who may not read the restricted
 * list gets 403 for that part only, and sees the closed items as "Lukket".
 */
import type { Meeting } from '../domain/meeting';
import type { AgendaStore, DecisionStore, DecisionVersion, DecisionWrite, MeetingRef, StoredAgenda, StoredItem } from '../domain/ports';
import type { GraphClient, GraphRequest } from './client';
import { newRequestId } from './client';
import { errorFromResponse, isGraphError } from './errors';
import type { ListDef, Row } from './list-mapping';
import {
  CLOSED_ITEMS_LIST, ITEMS_LIST, MEETINGS_LIST, clientKeyQuery, closedRowsQuery, decisionFromRow, decisionToFields,
  etagOfRow, itemExpand, itemFromRows, itemRowsQuery, meetingFromRow, meetingKey, meetingRowQuery, meetingToFields, numberUnplaced,
} from './list-mapping';
import { createSiteLists, firstRow, rowsOf } from './meeting-repository';
import type { LiveProgress } from '../domain/live-meeting';
import { progressFromFields, progressRowQuery } from './live-progress';
import { diff, joinRows, planItemWrites } from './agenda-writes';
import { probeWrite } from './write-probe';
import type { StoredRows } from './agenda-writes';

/** Where a punkt's decision is stored: its main row, or for a closed punkt its content row. */
interface DecisionTarget {
  list: ListDef;
  rowPath: string;
}

/** Creates the repository for one site. */
export function createAgendaRepository(client: GraphClient, options: { siteId: string }): AgendaStore & DecisionStore {
  const lists = createSiteLists(client, options.siteId);
  const targets = new Map<string, DecisionTarget>();

  async function paths() {
    const [meetings, items, closed] = await Promise.all([lists.path(MEETINGS_LIST), lists.path(ITEMS_LIST), lists.path(CLOSED_ITEMS_LIST)]);
    return { meetings, items, closed };
  }

  /** The lists' paths by title: no lookup, valid as long as nobody renamed a list. */
  const site = `/sites/${encodeURIComponent(options.siteId)}/lists/`;
  const titlePaths = {
    meetings: `${site}${encodeURIComponent(MEETINGS_LIST.displayName)}`,
    items: `${site}${encodeURIComponent(ITEMS_LIST.displayName)}`,
    closed: `${site}${encodeURIComponent(CLOSED_ITEMS_LIST.displayName)}`,
  };
  let byTitle = true;

  async function fetchRows(key: string): Promise<StoredRows & { meetingRow: Row | null; progress?: LiveProgress | null }> {
    const p = byTitle ? titlePaths : await paths();
    const [m, i, c, live] = await client.batch([
      { method: 'GET', path: `${p.meetings}${meetingRowQuery(key)}` },
      { method: 'GET', path: `${p.items}${itemRowsQuery(key)}` },
      { method: 'GET', path: `${p.closed}${closedRowsQuery(key)}` },
      // The live progress rides along in the same round trip, in a request of its own: a site not yet
      // provisioned with its columns answers 400 to it alone, and the agenda still opens.
      { method: 'GET', path: `${p.meetings}${progressRowQuery(key)}` },
    ]);
    if (byTitle && [m, i, c].some((r) => r!.status === 404)) {
      // A list not found by title: look the ids up (a missing list is named by ListMissingError) and use them from now on.
      byTitle = false;
      return fetchRows(key);
    }
    const closedReadable = c!.status !== 403;
    return {
      paths: p,
      meetingRow: (await rowsOf(client, m!))[0] ?? null,
      itemRows: await rowsOf(client, i!),
      closedRows: closedReadable ? await rowsOf(client, c!) : [],
      closedReadable,
      ...(live!.status < 400 ? { progress: progressFromFields((live!.body as { value?: Row[] }).value?.[0]?.fields) } : {}),
    };
  }

  function assemble(ref: MeetingRef, rows: StoredRows & { meetingRow: Row | null; progress?: LiveProgress | null }): StoredAgenda | null {
    if (rows.meetingRow === null) return null;
    const { meetingKey: _key, clientKey: _client, ...header } = meetingFromRow(rows.meetingRow);
    const items = numberUnplaced(joinRows(rows).map(({ row, item, closed, content }): StoredItem => {
      // An unreadable closed punkt gets no cached target: its decision never belongs in the main row.
      if (content) targets.set(row.id, { list: CLOSED_ITEMS_LIST, rowPath: `${rows.paths.closed}/items/${content.id}` });
      else if (!closed) targets.set(row.id, { list: ITEMS_LIST, rowPath: `${rows.paths.items}/items/${row.id}` });
      // joinRows keeps the item only; the rows' unreadable columns are asked again (a pure, cheap mapping).
      const { problems } = itemFromRows(row, content);
      return { id: row.id, etag: etagOfRow(content ?? row), item, readable: !closed || content !== undefined, ...(problems.length > 0 ? { problems } : {}) };
    }));
    const meeting: Meeting = { ...header, items: items.map((s) => s.item) };
    const progress = rows.progress === undefined ? {} : { progress: rows.progress };
    return { meetingId: rows.meetingRow.id, etag: etagOfRow(rows.meetingRow), ref, meeting, items, ...progress };
  }

  async function loadAgenda(ref: MeetingRef): Promise<StoredAgenda | null> {
    return assemble(ref, await fetchRows(meetingKey(ref)));
  }

  async function saveAgenda(ref: MeetingRef, meeting: Meeting): Promise<StoredAgenda> {
    const key = meetingKey(ref);
    const rows = await fetchRows(key);
    const writes: GraphRequest[] = [];
    const header = meetingToFields(ref, meeting, newRequestId());
    if (rows.meetingRow === null) {
      const path = rows.paths.meetings;
      // The meeting key is unique: a lost or duplicate create is settled by finding the row by key.
      writes.push({ method: 'POST', path: `${path}/items`, body: { fields: header }, recover: () => firstRow(client, `${path}${meetingRowQuery(key)}`) });
    } else {
      const { ClientKey: _keep, ...rest } = header;
      const changed = diff(rest, rows.meetingRow.fields ?? {});
      if (Object.keys(changed).length > 0) writes.push({ method: 'PATCH', path: `${rows.paths.meetings}/items/${rows.meetingRow.id}/fields`, body: changed });
    }
    writes.push(...planItemWrites(client, key, rows, meeting.items, newRequestId));
    const responses = await client.batch(writes);
    const failed = responses.find((r) => r.status >= 400);
    if (failed) throw errorFromResponse(failed.status, failed.body, failed.headers, { requestId: null });
    const saved = await loadAgenda(ref);
    if (saved === null) throw new Error(`The agenda ${key} was saved but cannot be read back`);
    return saved;
  }

  async function target(itemId: string): Promise<DecisionTarget> {
    const known = targets.get(itemId);
    if (known) return known;
    const p = await paths();
    const mainPath = `${p.items}/items/${encodeURIComponent(itemId)}`;
    const { info } = itemFromRows(await client.get<Row>(`${mainPath}${itemExpand(ITEMS_LIST)}`));
    let found: DecisionTarget = { list: ITEMS_LIST, rowPath: mainPath };
    if (info.closed) {
      const content = info.clientKey === null ? null : await firstRow(client, `${p.closed}${clientKeyQuery(CLOSED_ITEMS_LIST, info.clientKey)}`);
      if (content === null) throw new Error(`The closed item ${itemId} has no content row in ${CLOSED_ITEMS_LIST.displayName}`);
      found = { list: CLOSED_ITEMS_LIST, rowPath: `${p.closed}/items/${content.id}` };
    }
    targets.set(itemId, found);
    return found;
  }

  async function readAt(t: DecisionTarget): Promise<DecisionVersion & { row: Row }> {
    const row = await client.get<Row>(`${t.rowPath}${itemExpand(t.list)}`);
    return { etag: etagOfRow(row), value: decisionFromRow(t.list, row), row };
  }

  return {
    loadAgenda,
    saveAgenda,
    async readDecision(itemId) {
      const { etag, value } = await readAt(await target(itemId));
      return { etag, value };
    },
    async writeDecision(itemId, value, etag) {
      const t = await target(itemId);
      try {
        const response = await client.send({
          method: 'PATCH', path: `${t.rowPath}/fields`, body: decisionToFields(value), ifMatch: etag,
          // After a lost attempt the ETag has moved on; the write counts as done if the row holds our values.
          recover: async () => {
            const current = await readAt(t);
            return sameDecision(current.value, value) ? current.row : null;
          },
        });
        return { ok: true, etag: response.etag ?? (await readAt(t)).etag };
      } catch (error) {
        if (isGraphError(error) && error.status === 412) {
          const { etag: currentEtag, value: currentValue } = await readAt(t);
          return { ok: false, current: { etag: currentEtag, value: currentValue } };
        }
        throw error;
      }
    },
    async canWrite(itemId) {
      // Always the main list's row: a closed punkt's content lives in the restricted list, whose
      // permissions say nothing about the open punkter (callers pass an open punkt).
      const known = targets.get(itemId);
      try {
        const rowPath = known?.list === ITEMS_LIST ? known.rowPath : `${(await paths()).items}/items/${encodeURIComponent(itemId)}`;
        return await probeWrite(client, rowPath);
      } catch {
        return null;
      }
    },
  };
}

function sameDecision(a: DecisionWrite, b: DecisionWrite): boolean {
  return a.decision === b.decision && a.status === b.status && a.postponedTo === b.postponedTo;
}
