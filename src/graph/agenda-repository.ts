/**
 * Agendas and decisions in the site's lists (AgendaStore & DecisionStore from src/domain/ports.ts).
 * Opening an agenda is one $batch round trip: the meeting row, its items and the closed items'
 * content, all found by the meeting key. The batch addresses the lists by title, which Graph accepts
 * in place of the id (https://learn.microsoft.com/graph/api/list-get: `/sites/{site-id}/lists/{list-title}`),
 * so a panel open needs no list-id lookup first; only when a title is not found are the ids looked up. A user who may not read the restricted
 * list gets 403 for that part only, and sees the closed items as "Lukket".
 */
import type { Meeting } from '../domain/meeting';
import { sameDecision } from '../domain/decision-merge';
import type { AgendaStore, CalendarEvent, DecisionStore, DecisionVersion, MeetingRef, StoredAgenda, StoredItem } from '../domain/ports';
import type { GraphClient, GraphRequest, GraphResponse } from './client';
import { isGraphError } from './errors';
import type { ListDef } from './list-definitions';
import type { Row } from './row-mapping';
import { CLOSED_ITEMS_LIST, ITEMS_LIST, MEETINGS_LIST, meetingKey } from './list-definitions';
import {
  clientKeyQuery,
  closedRowsQuery,
  itemExpand,
  itemRowsQuery,
  meetingRowQuery,
  movedClosedRowsQuery,
  movedItemRowsQuery,
  movedMeetingRowsQuery,
} from './list-queries';
import { decisionFromRow, decisionToFields, etagOfRow, itemFromRows, meetingFromRow, modifiedAtOf, numberUnplaced } from './row-mapping';
import { createSiteLists, firstRow, rowsOf } from './meeting-repository';
import { movedProgressRowsQuery, progressFromFields, progressRowQuery } from './live-progress';
import { parseMeetingKey, sameMeeting } from '../domain/meeting-identity';
import { movedMeeting, StaleMeetingStartError } from '../domain/moved-meeting';
import { isRowOfICalUId, movedMeetingRow } from './moved-rows';
import { joinRows, punktKeyOf, retiringKey } from './agenda-writes';
import type { LoadedRows } from './agenda-save';
import { probeWrite } from './write-probe';
import { agendaDates, readWindow, readWindowWith, type WindowedAgendas } from './agenda-window';
import { calendarViewRequest, eventsOfView, listEventsOf, teamsLookupOf, teamsLookupRequests } from './calendar-repository';
import { lookupWindow, type MeetingLookup, type TeamsMeetingContext } from '../domain/meeting-lookup';

/** Where a punkt's decision is stored: its main row, or for a closed punkt its content row. */
interface DecisionTarget {
  list: ListDef;
  rowPath: string;
  /** The punkt's main row (the write probe's target). */
  mainPath: string;
}

/** The punkt's change time when Graph reported it (the referat's approval compares against it). */
function modifiedAt(row: Row, content: Row | undefined): { modifiedAt?: string } {
  const at = modifiedAtOf(row, content);
  return at === undefined ? {} : { modifiedAt: at };
}

/** How long rows read along with the calendar serve a loadAgenda; later loads ask Graph again. */
export const PRIMED_MS = 10_000;

/** Creates the repository for one site. */
export function createAgendaRepository(client: GraphClient, options: { siteId: string }): AgendaStore & DecisionStore & WindowedAgendas {
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
  // Whether the lists have the meeting date column (undefined: not known yet); rows are read with it where they do.
  let dated: boolean | undefined;
  /** Rows a windowed read brought along, each handed to one loadAgenda soon after (agenda-window.ts). */
  const primed = new Map<string, { at: number; rows: LoadedRows }>();

  /** The four reads of one agenda: its meeting row(s), items, closed content and live progress, by these queries. */
  interface RowQueries {
    meetings(withDate: boolean): string;
    items(withDate: boolean): string;
    closed(withDate: boolean): string;
    progress: string;
    /** A request of another kind in the same $batch (its answer is `extra`). */
    extra?: GraphRequest;
  }

  async function readRows(q: RowQueries): Promise<LoadedRows & { meetingRows: Row[]; progressRows: Row[] | null; extra?: GraphResponse }> {
    const p = byTitle ? titlePaths : await paths();
    const withDate = dated !== false;
    const [m, i, c, live, extra] = await client.batch([
      { method: 'GET', path: `${p.meetings}${q.meetings(withDate)}` },
      { method: 'GET', path: `${p.items}${q.items(withDate)}` },
      { method: 'GET', path: `${p.closed}${q.closed(withDate)}` },
      // The live progress rides along in the same round trip, in a request of its own: a site not yet
      // provisioned with its columns answers 400 to it alone, and the agenda still opens.
      { method: 'GET', path: `${p.meetings}${q.progress}` },
      ...(q.extra ? [q.extra] : []),
    ]);
    if (byTitle && [m, i, c].some((r) => r!.status === 404)) {
      // A list not found by title: look the ids up (a missing list is named by ListMissingError) and use them from now on.
      byTitle = false;
      return readRows(q);
    }
    if (withDate && [m, i, c].some((r) => r!.status === 400)) {
      // A list provisioned before the meeting date column refuses a $select that names it: read without it.
      dated = false;
      return readRows(q);
    }
    if (withDate) dated = true;
    const closedReadable = c!.status !== 403;
    const meetingRows = await rowsOf(client, m!);
    const progressRows = live!.status < 400 ? ((live!.body as { value?: Row[] }).value ?? []) : null;
    return {
      paths: p,
      meetingRow: meetingRows[0] ?? null,
      meetingRows,
      progressRows,
      itemRows: await rowsOf(client, i!),
      closedRows: closedReadable ? await rowsOf(client, c!) : [],
      closedReadable,
      dated: withDate,
      ...(progressRows ? { progress: progressFromFields(progressRows[0]?.fields) } : {}),
      ...(extra ? { extra } : {}),
    };
  }

  /**
   * The rows of the meeting with this key. When no meeting row has the key, the organizer may have moved
   * the meeting since its agenda was saved (moved-meeting.ts): one more round trip reads the rows of every
   * start of its iCalUId. One such meeting row is this meeting's agenda (`movedFrom` its stored start),
   * with the punkter under either key, so an agenda whose re-keying stopped half-way is read whole; more
   * than one cannot be told apart (AmbiguousMovedMeetingError). Nothing moved costs nothing extra.
   */
  async function fetchRows(key: string): Promise<LoadedRows> {
    const exact = await readRows({
      meetings: (d) => meetingRowQuery(key, d),
      items: (d) => itemRowsQuery(key, d),
      closed: (d) => closedRowsQuery(key, d),
      progress: progressRowQuery(key),
    });
    const ref = parseMeetingKey(key);
    if (exact.meetingRow !== null || ref === null) return loaded(exact);
    const { iCalUId } = ref;
    const all = await readRows({
      meetings: (d) => movedMeetingRowsQuery(iCalUId, d),
      items: (d) => movedItemRowsQuery(iCalUId, d),
      closed: (d) => movedClosedRowsQuery(iCalUId, d),
      progress: movedProgressRowsQuery(iCalUId),
      // Whether the calendar holds the meeting at the start asked for: if not, the start is the stale one.
      extra: calendarViewRequest(ref.start, new Date(Date.parse(ref.start) + 60_000).toISOString()),
    });
    const moved = movedMeetingRow(all.meetingRows, iCalUId);
    if (moved === null) return loaded(exact);
    if (await staleStart(all.extra, ref)) throw new StaleMeetingStartError(key, moved.movedFrom);
    const ours = isRowOfICalUId(iCalUId);
    const meetingRow = moved.row;
    const { progress: _first, progressRows, ...rows } = all;
    return loaded({
      ...rows,
      meetingRow,
      itemRows: all.itemRows.filter(ours),
      closedRows: all.closedRows.filter(ours),
      ...(progressRows ? { progress: progressFromFields(progressRows.find((r) => r.id === meetingRow.id)?.fields) } : {}),
      movedFrom: moved.movedFrom,
    });
  }

  /**
   * Whether the user's calendar answered that it has no occurrence of the meeting at `ref`'s start: the
   * start is then an old one (a link made before the organizer moved the meeting), and the agenda stored
   * under another start is the meeting where it is now, not moved to `ref`. Re-keying it to `ref` would
   * move it back; so the caller is told instead. A calendar that cannot be read says nothing.
   */
  async function staleStart(view: GraphResponse | undefined, ref: MeetingRef): Promise<boolean> {
    if (!view || view.status !== 200) return false;
    return !(await eventsOfView(client, view)).some((e) => sameMeeting(e, ref));
  }

  /** LoadedRows without the reads' extras. */
  function loaded(read: LoadedRows & { meetingRows?: Row[]; progressRows?: Row[] | null; extra?: GraphResponse }): LoadedRows {
    const { meetingRows: _rows, progressRows: _progress, extra: _extra, ...rows } = read;
    return rows;
  }

  function assemble(ref: MeetingRef, rows: LoadedRows): StoredAgenda | null {
    if (rows.meetingRow === null) return null;
    const { meetingKey: _key, clientKey: _client, problems: headerProblems, ...header } = meetingFromRow(rows.meetingRow);
    // A punkt's id is its ClientKey, which survives the replacement of its main row when it is closed.
    const items = numberUnplaced(
      joinRows(rows).map(({ id, row, item, closed, content, problems }): StoredItem => {
        const mainPath = `${rows.paths.items}/items/${row.id}`;
        // An unreadable closed punkt gets no cached target: its decision never belongs in the main row.
        targets.delete(id);
        if (content) targets.set(id, { list: CLOSED_ITEMS_LIST, rowPath: `${rows.paths.closed}/items/${content.id}`, mainPath });
        else if (!closed) targets.set(id, { list: ITEMS_LIST, rowPath: mainPath, mainPath });
        return {
          id,
          etag: etagOfRow(content ?? row),
          item,
          readable: !closed || content !== undefined,
          ...(problems.length > 0 ? { problems } : {}),
          ...modifiedAt(row, content),
        };
      }),
    );
    const stored: Meeting = { ...header, items: items.map((s) => s.item) };
    // A moved meeting's agenda follows the event's new start (moved-meeting.ts).
    const meeting = rows.movedFrom === undefined ? stored : movedMeeting(stored, ref.start);
    const progress = rows.progress === undefined ? {} : { progress: rows.progress };
    return {
      meetingId: rows.meetingRow.id,
      etag: etagOfRow(rows.meetingRow),
      ref,
      meeting,
      items: meeting === stored ? items : items.map((s, index) => ({ ...s, item: meeting.items[index]! })),
      ...progress,
      ...(rows.movedFrom === undefined ? {} : { movedFrom: rows.movedFrom }),
      ...(headerProblems.length > 0 ? { problems: headerProblems } : {}),
    };
  }

  async function loadAgenda(ref: MeetingRef): Promise<StoredAgenda | null> {
    const key = meetingKey(ref);
    const hit = primed.get(key);
    primed.delete(key);
    if (hit && Date.now() - hit.at < PRIMED_MS) return assemble(ref, hit.rows);
    return assemble(ref, await fetchRows(key));
  }

  /** The calendar's events of the window; the agendas of its first days come in the same round trip (agenda-window.ts). */
  async function listEventsWithAgendas(fromIso: string, toIso: string): Promise<CalendarEvent[]> {
    if (dated === false || !byTitle) return listEventsOf(client, fromIso, toIso);
    const read = await readWindow(client, titlePaths, fromIso, toIso);
    prime(read);
    return read.events;
  }

  /** The Teams meeting the tab is open in (calendar-repository.ts); today's agendas come in the same round trip. */
  async function findTeamsMeetingWithAgendas(context: TeamsMeetingContext, now: Date): Promise<MeetingLookup> {
    const lookup = teamsLookupRequests(context, now);
    if (lookup.length === 0) return { kind: 'no-meeting' };
    const answer = (responses: (GraphResponse | undefined)[]) => teamsLookupOf(client, context, now, responses);
    if (dated === false || !byTitle) return (await answer(await client.batch(lookup))).lookup;
    const { from, to } = lookupWindow(now);
    const read = await readWindowWith(client, titlePaths, agendaDates(from, to), lookup, answer);
    prime(read);
    return read.found.lookup;
  }

  /** Keeps a windowed read's rows for the loadAgenda that follows, and what it learnt of the date column. */
  function prime(read: { rows: Map<string, LoadedRows> | null; dated: boolean | undefined }): void {
    if (read.dated !== undefined) dated = read.dated;
    const at = Date.now();
    for (const [key, rows] of read.rows ?? []) primed.set(key, { at, rows });
  }

  // The write side loads with the first save (agenda-repository-save.ts): a first open only reads. A
  // chunk that failed to load (offline) is asked for again on the next save.
  let saver: Promise<AgendaStore['saveAgenda']> | null = null;
  const loadSaver = () =>
    (saver ??= import('./agenda-repository-save').then(
      (m) => m.createRepositorySave({ client, siteId: options.siteId, fetchRows, assemble }),
      (error: unknown) => {
        saver = null;
        throw error;
      },
    ));

  /**
   * Where punkt `itemId` (a ClientKey, or the row id of a row written before ClientKeys) keeps its
   * decision now: found by its ClientKey, since closing replaces the main row and reopening deletes the
   * content row, so a cached row may be gone.
   */
  async function target(itemId: string): Promise<DecisionTarget> {
    const known = targets.get(itemId);
    if (known) return known;
    const p = await paths();
    let main = await firstRow(client, `${p.items}${clientKeyQuery(ITEMS_LIST, itemId)}`);
    // A retiring row whose replacement was never created (agenda-writes.ts) is the punkt meanwhile.
    main ??= await firstRow(client, `${p.items}${clientKeyQuery(ITEMS_LIST, retiringKey(itemId))}`);
    if (main === null && /^\d+$/.test(itemId)) main = await client.get<Row>(`${p.items}/items/${itemId}${itemExpand(ITEMS_LIST)}`);
    if (main === null) throw new Error(`No punkt ${itemId} in ${ITEMS_LIST.displayName}`);
    const mainPath = `${p.items}/items/${main.id}`;
    const { info } = itemFromRows(main);
    const clientKey = info.clientKey === null ? null : punktKeyOf(info.clientKey);
    let found: DecisionTarget = { list: ITEMS_LIST, rowPath: mainPath, mainPath };
    if (info.closed) {
      const content = clientKey === null ? null : await firstRow(client, `${p.closed}${clientKeyQuery(CLOSED_ITEMS_LIST, clientKey)}`);
      if (content === null) throw new Error(`The closed item ${itemId} has no content row in ${CLOSED_ITEMS_LIST.displayName}`);
      found = { list: CLOSED_ITEMS_LIST, rowPath: `${p.closed}/items/${content.id}`, mainPath };
    }
    targets.set(itemId, found);
    return found;
  }

  /** Runs `use` on the punkt's target; a 404 means its row was replaced meanwhile: find it again, once. */
  async function atTarget<T>(itemId: string, use: (t: DecisionTarget) => Promise<T>): Promise<T> {
    try {
      return await use(await target(itemId));
    } catch (error) {
      if (!(isGraphError(error) && error.status === 404 && targets.has(itemId))) throw error;
      targets.delete(itemId);
      return use(await target(itemId));
    }
  }

  async function readAt(t: DecisionTarget): Promise<DecisionVersion & { row: Row }> {
    const row = await client.get<Row>(`${t.rowPath}${itemExpand(t.list)}`);
    return { etag: etagOfRow(row), value: decisionFromRow(t.list, row), row };
  }

  return {
    loadAgenda,
    listEventsWithAgendas,
    findTeamsMeetingWithAgendas,
    async saveAgenda(ref, meeting, options) {
      // As for a decision: rows read before the save would give the agenda as it was.
      primed.clear();
      return (await loadSaver())(ref, meeting, options);
    },
    async readDecision(itemId) {
      const { etag, value } = await atTarget(itemId, readAt);
      return { etag, value };
    },
    writeDecision: (itemId, value, etag) =>
      atTarget(itemId, async (t) => {
        // Rows a windowed read brought along predate this write: the next load reads the lists again.
        primed.clear();
        try {
          const response = await client.send({
            method: 'PATCH',
            path: `${t.rowPath}/fields`,
            body: decisionToFields(value),
            ifMatch: etag,
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
            return { ok: false as const, current: { etag: currentEtag, value: currentValue } };
          }
          throw error;
        }
      }),
    async canWrite(itemId) {
      // Always the main list's row: a closed punkt's content lives in the restricted list, whose
      // permissions say nothing about the open punkter (callers pass an open punkt).
      try {
        const rowPath = targets.get(itemId)?.mainPath ?? (await target(itemId)).mainPath;
        return await probeWrite(client, rowPath);
      } catch {
        return null;
      }
    },
  };
}
