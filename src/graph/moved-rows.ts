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
