/**
 * The meeting row of a moved meeting among the rows stored under its iCalUId (list-queries.ts
 * keyPrefixFilter): the agenda, the live progress and the referat's approval all find it so when the
 * exact key misses (moved-meeting.ts).
 */
import { isKeyOfICalUId, parseMeetingKey } from '../domain/meeting-identity';
import { AmbiguousMovedMeetingError } from '../domain/moved-meeting';
import type { Row } from './row-mapping';

/** Whether a row is stored under this iCalUId (under any start). */
export const isRowOfICalUId =
  (iCalUId: string) =>
  (row: Row): boolean =>
    typeof row.fields?.MeetingKey === 'string' && isKeyOfICalUId(row.fields.MeetingKey, iCalUId);

/**
 * The one meeting row of `rows` stored under this iCalUId, with the start it is stored under; null when
 * there is none. Several cannot be told apart: AmbiguousMovedMeetingError, never a guess.
 */
export function movedMeetingRow(rows: readonly Row[], iCalUId: string): { row: Row; movedFrom: string } | null {
  const candidates = rows.filter(isRowOfICalUId(iCalUId));
  const starts = candidates.map((row) => parseMeetingKey(String(row.fields!.MeetingKey))!.start as string);
  if (candidates.length > 1) throw new AmbiguousMovedMeetingError(iCalUId, starts);
  return candidates.length === 0 ? null : { row: candidates[0]!, movedFrom: starts[0]! };
}

/**
 * The meeting row stored under `key` (the `exact` query), else, for a meeting moved since its agenda was
 * saved, the one row stored under its iCalUId at another start (the `moved` query); null when neither.
 * `rowsOf` reads one page of the meetings list with a query: the live progress and the referat's approval
 * find their row so, each with its own columns.
 */
export async function meetingRowOrMoved(
  key: string,
  rowsOf: (query: string) => Promise<Row[]>,
  queries: { exact: string; moved: (iCalUId: string) => string },
): Promise<Row | null> {
  const row = (await rowsOf(queries.exact))[0] ?? null;
  const ref = row === null ? parseMeetingKey(key) : null;
  if (ref === null) return row;
  return movedMeetingRow(await rowsOf(queries.moved(ref.iCalUId)), ref.iCalUId)?.row ?? null;
}
