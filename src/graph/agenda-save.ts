/**
 * Saving the secretary's agenda: one read batch, one sequential write batch, and the stored agenda
 * built from the rows read plus the write responses (no read back). Every row updated or deleted
 * carries If-Match with the ETag just read; a 412 (someone wrote in between, typically the
 * note-taker's decision) means read and plan once more, then it is reported as a conflict.
 * What counts as a clash with the draft's base is in agenda-clash.ts; the writes in agenda-writes.ts.
 */
import type { LiveProgress } from '../domain/live-meeting';
import type { Meeting } from '../domain/meeting';
import type { MeetingRef, SaveAgendaOptions, StoredAgenda, UnmovedBilag } from '../domain/ports';
import { AgendaConflictError } from '../domain/save-errors';
import { checkClashes, matchItems } from './agenda-clash';
import type { ItemPlan, PlannedWrite, StoredRows } from './agenda-writes';
import { applyWrites, diff, joinRows, planItemWrites } from './agenda-writes';
import type { GraphClient } from './client';
import { newRequestId } from './transport';
import { errorFromResponse } from './errors';
import type { Row } from './row-mapping';
import { meetingKey } from './list-definitions';
import { meetingRowQuery } from './list-queries';
import { etagOfRow, meetingFromRow, meetingToFields } from './row-mapping';
import { firstRow } from './meeting-repository';

/** The rows of one meeting as one read batch returns them. */
export type LoadedRows = StoredRows & { meetingRow: Row | null; progress?: LiveProgress | null };

/** What the saver needs of the repository. */
export interface SaverDeps {
  client: GraphClient;
  fetchRows(key: string): Promise<LoadedRows>;
  assemble(ref: MeetingRef, rows: LoadedRows): StoredAgenda | null;
  /**
   * Moves the punkter's Bilag files to the folder their closed state asks for and rewrites their links,
   * before any row is written (bilag-moves.ts); a failed move fails the save.
   */
  relocateBilag?(meeting: Meeting, rows: LoadedRows): Promise<{ meeting: Meeting; unmoved: UnmovedBilag[] }>;
}

/** Keys this save hands out, kept across its second attempt so that attempt finds its own rows. */
interface Attempt {
  headerKey: string;
  newKeys: Map<number, string>;
  /** Content rows whose delete answered 412 after their content was moved back (see planItemWrites). */
  written: Set<string>;
}

/** Answers that mean "the rows changed under this write": plan again from a fresh read. */
const STALE = new Set([404, 409, 412]);

/** AgendaStore.saveAgenda over the repository's read and assemble. */
export function createAgendaSaver(deps: SaverDeps) {
  const { client } = deps;

  function plan(ref: MeetingRef, meeting: Meeting, rows: LoadedRows, options: SaveAgendaOptions, attempt: Attempt): PlannedWrite[] {
    const key = meetingKey(ref);
    const current = joinRows(rows);
    const byId = new Map(current.map((c) => [c.id, c]));
    const check = options.base !== undefined;
    const matched = matchItems(check && options.base ? options.base.items : current, meeting.items);
    for (const [index, id] of attempt.newKeys) if (!matched.has(index) && byId.has(id)) matched.set(index, id);
    const kept = new Set(matched.values());
    const deleted = check
      ? checkClashes({
          base: options.base ?? null,
          currentHeader: rows.meetingRow ? meetingFromRow(rows.meetingRow) : null,
          headerIsOurs: rows.meetingRow?.fields?.ClientKey === attempt.headerKey,
          current,
          draft: meeting,
          matched,
          ours: new Set(attempt.newKeys.values()),
          force: options.force === true,
        })
      : current.filter((c) => !kept.has(c.id)).map((c) => c.id);

    const newKey = (index: number): string => {
      const known = attempt.newKeys.get(index);
      if (known) return known;
      const fresh = newRequestId();
      attempt.newKeys.set(index, fresh);
      return fresh;
    };
    const items: ItemPlan[] = meeting.items.map((item, index) => {
      const id = matched.get(index);
      const stored = id === undefined ? undefined : byId.get(id);
      return { item, stored, clientKey: stored?.clientKey ?? newKey(index) };
    });
    const gone = deleted.map((id) => byId.get(id)).filter((c) => c !== undefined);
    return [...headerWrite(ref, meeting, rows, attempt), ...planItemWrites(client, key, rows, items, gone, attempt.written)];
  }

  function headerWrite(ref: MeetingRef, meeting: Meeting, rows: LoadedRows, attempt: Attempt): PlannedWrite[] {
    const path = rows.paths.meetings;
    const header = meetingToFields(ref, meeting, attempt.headerKey);
    if (rows.meetingRow === null) {
      const key = meetingKey(ref);
      // The meeting key is unique: a lost or duplicate create is settled by finding the row by key.
      const recover = () => firstRow(client, `${path}${meetingRowQuery(key)}`);
      return [
        {
          request: { method: 'POST', path: `${path}/items`, body: { fields: header }, recover },
          list: 'meetings',
          op: 'create',
          rowId: null,
        },
      ];
    }
    const { ClientKey: _keep, ...rest } = header;
    const changed = diff(rest, rows.meetingRow.fields ?? {});
    if (Object.keys(changed).length === 0) return [];
    const request = {
      method: 'PATCH' as const,
      path: `${path}/items/${rows.meetingRow.id}/fields`,
      body: changed,
      ifMatch: etagOfRow(rows.meetingRow),
    };
    return [{ request, list: 'meetings', op: 'update', rowId: rows.meetingRow.id }];
  }

  return async function saveAgenda(ref: MeetingRef, draft: Meeting, options: SaveAgendaOptions = {}): Promise<StoredAgenda> {
    let meeting = draft;
    let unmoved: UnmovedBilag[] = [];
    const attempt: Attempt = { headerKey: newRequestId(), newKeys: new Map(), written: new Set() };
    for (let round = 1; ; round++) {
      const rows = await deps.fetchRows(meetingKey(ref));
      // The papers move first, once: the rows are then written with the moved files' links.
      if (round === 1 && deps.relocateBilag) ({ meeting, unmoved } = await deps.relocateBilag(draft, rows));
      const writes = plan(ref, meeting, rows, options, attempt);
      const responses =
        writes.length === 0
          ? []
          : await client.batch(
              writes.map((w) => w.request),
              { sequential: true },
            );
      // In a sequential batch the first real failure is the cause; the 424s after it only follow from it.
      const failed = responses.find((r) => r.status >= 400 && r.status !== 424) ?? responses.find((r) => r.status >= 400);
      if (failed && STALE.has(failed.status)) {
        writes.forEach((w, i) => {
          if (w.list === 'closed' && w.op === 'delete' && responses[i]?.status === 412 && w.rowId) attempt.written.add(w.rowId);
        });
        if (round === 1) continue;
        throw new AgendaConflictError([]);
      }
      if (failed) throw errorFromResponse(failed.status, failed.body, failed.headers, { requestId: null });
      const saved = deps.assemble(ref, { ...rows, ...applyWrites(rows, writes, responses) });
      if (saved === null) throw new Error(`The agenda ${meetingKey(ref)} was saved but has no meeting row`);
      return unmoved.length > 0 ? { ...saved, unmovedBilag: unmoved } : saved;
    }
  };
}
