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
import type { ItemPlan, JoinedItem, PlannedWrite, StoredRows } from './agenda-writes';
import { movedMeeting } from '../domain/moved-meeting';
import type { BilagDirection } from './bilag-moves';
import { applyWrites, diff, joinRows, planItemWrites } from './agenda-writes';
import type { GraphClient } from './client';
import { newRequestId } from './transport';
import { errorFromResponse } from './errors';
import type { Row } from './row-mapping';
import { meetingKey } from './list-definitions';
import { meetingRowQuery } from './list-queries';
import { etagOfRow, meetingFromRow, meetingToFields, withoutMeetingDate } from './row-mapping';
import { firstRow } from './meeting-repository';

/** The rows of one meeting as one read batch returns them. */
export type LoadedRows = StoredRows & {
  meetingRow: Row | null;
  progress?: LiveProgress | null;
  /** The start the rows are stored under when the meeting has moved since (agenda-repository.ts fetchRows); the save re-keys them. */
  movedFrom?: string;
};

/** What the saver needs of the repository. */
export interface SaverDeps {
  client: GraphClient;
  fetchRows(key: string): Promise<LoadedRows>;
  assemble(ref: MeetingRef, rows: LoadedRows): StoredAgenda | null;
  /**
   * Moves the punkter's Bilag files toward `direction` and rewrites their links (bilag-moves.ts): a
   * closing's moves before any row is written (a failed move fails the save), a reopening's only after
   * the rows say the punkt is open, so no failure in between leaves a closed punkt's papers public.
   * Toward 'open' it never throws: what it could not move comes back in `unmoved`.
   */
  relocateBilag?(meeting: Meeting, rows: LoadedRows, direction: BilagDirection): Promise<{ meeting: Meeting; unmoved: UnmovedBilag[] }>;
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

/**
 * The stored header and punkter as the views were shown them: a moved meeting's at its new start
 * (moved-meeting.ts), so that the clash checks compare the draft's base with what it was loaded as.
 */
function asShown(ref: MeetingRef, rows: LoadedRows): { current: JoinedItem[]; header: Meeting | null } {
  const current = joinRows(rows);
  const header = rows.meetingRow ? meetingFromRow(rows.meetingRow) : null;
  if (rows.movedFrom === undefined || header === null) return { current, header };
  const moved = movedMeeting({ ...header, items: current.map((c) => c.item) }, ref.start);
  return { current: current.map((c, index) => ({ ...c, item: moved.items[index]! })), header: { ...header, ...moved } };
}

/** AgendaStore.saveAgenda over the repository's read and assemble. */
export function createAgendaSaver(deps: SaverDeps) {
  const { client } = deps;

  function plan(ref: MeetingRef, meeting: Meeting, rows: LoadedRows, options: SaveAgendaOptions, attempt: Attempt): PlannedWrite[] {
    const key = meetingKey(ref);
    const { current, header } = asShown(ref, rows);
    const byId = new Map(current.map((c) => [c.id, c]));
    const check = options.base !== undefined;
    const matched = matchItems(check && options.base ? options.base.items : current, meeting.items);
    for (const [index, id] of attempt.newKeys) if (!matched.has(index) && byId.has(id)) matched.set(index, id);
    const kept = new Set(matched.values());
    const deleted = check
      ? checkClashes({
          base: options.base ?? null,
          currentHeader: header,
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
    const itemWrites = planItemWrites(client, key, rows, items, gone, attempt.written);
    // Re-keying a moved meeting's rows (every write gives them the new MeetingKey): the meeting row goes
    // last, so a batch that stops half-way leaves it under the old key, where fetchRows still finds the
    // meeting moved and reads its punkter under either key; the next save finishes the move.
    if (rows.movedFrom !== undefined) return [...itemWrites, ...headerWrite(ref, meeting, rows, attempt)];
    return [...headerWrite(ref, meeting, rows, attempt), ...itemWrites];
  }

  function headerWrite(ref: MeetingRef, meeting: Meeting, rows: LoadedRows, attempt: Attempt): PlannedWrite[] {
    const path = rows.paths.meetings;
    const all = meetingToFields(ref, meeting, attempt.headerKey);
    // Only on rows read with the meeting date column (agenda-writes.ts: planItemWrites says why).
    const header = rows.dated ? all : withoutMeetingDate(all);
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

  /**
   * Writes `draft` in one sequential batch, reading and planning once more after a 412; `before` may
   * change the draft once, with the first read's rows (the closing's Bilag moves).
   */
  async function write(
    ref: MeetingRef,
    draft: Meeting,
    options: SaveAgendaOptions,
    before?: (meeting: Meeting, rows: LoadedRows) => Promise<Meeting>,
  ): Promise<StoredAgenda> {
    let meeting = draft;
    const attempt: Attempt = { headerKey: newRequestId(), newKeys: new Map(), written: new Set() };
    for (let round = 1; ; round++) {
      const rows = await deps.fetchRows(meetingKey(ref));
      if (round === 1 && before) meeting = await before(draft, rows);
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
      // Written under the new key: the saved agenda is no longer a moved one.
      const { movedFrom: _moved, ...written } = rows;
      const saved = deps.assemble(ref, { ...written, ...applyWrites(rows, writes, responses) });
      if (saved === null) throw new Error(`The agenda ${meetingKey(ref)} was saved but has no meeting row`);
      return saved;
    }
  }

  /**
   * A reopened punkt's papers leave the restricted folder once its rows are open; their links are then
   * written again. A move that fails is reported (the files stay unreadable to readers, nothing leaks);
   * a failed rewrite of the links fails the save, and the next save rewrites them (bilag-moves.ts
   * remembers the moves).
   */
  async function reopenBilag(ref: MeetingRef, saved: StoredAgenda, rows: LoadedRows): Promise<StoredAgenda> {
    const back = await deps.relocateBilag!(saved.meeting, rows, 'open');
    const stored = back.meeting === saved.meeting ? saved : await write(ref, back.meeting, { base: saved });
    return back.unmoved.length > 0 ? { ...stored, bilagLeftClosed: back.unmoved } : stored;
  }

  return async function saveAgenda(ref: MeetingRef, draft: Meeting, options: SaveAgendaOptions = {}): Promise<StoredAgenda> {
    let unmoved: UnmovedBilag[] = [];
    const first: { rows?: LoadedRows } = {};
    // The closing's papers move first, once: the rows are then written with the moved files' links.
    const closing = deps.relocateBilag
      ? async (meeting: Meeting, rows: LoadedRows) => {
          first.rows = rows;
          const moved = await deps.relocateBilag!(meeting, rows, 'closed');
          unmoved = moved.unmoved;
          return moved.meeting;
        }
      : undefined;
    let saved = await write(ref, draft, options, closing);
    if (first.rows) saved = await reopenBilag(ref, saved, first.rows);
    return unmoved.length > 0 ? { ...saved, unmovedBilag: unmoved } : saved;
  };
}
