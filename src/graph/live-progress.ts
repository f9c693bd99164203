/**
 * The live progress ("punkt N started at T") on the meeting's row in PunktMeetings: the mapping
 * between its two columns and the domain, and the small query that polls them. The columns are
 * defined with the meetings list in list-definitions.ts, so provisioning creates them.
 */
import * as v from 'valibot';
import type { LiveProgress } from '../domain/live-meeting';
import { LIVE_NUMBER_COLUMN as NUMBER, LIVE_STARTED_AT_COLUMN as STARTED_AT, MEETING_DATE_COLUMN } from './list-definitions';
import { fieldEq, expandFields, queryString } from './odata';
import { safeInt } from './row-checks';
import { keyPrefixFilter } from './list-queries';

const progressFields = v.object({
  [NUMBER]: v.nullish(v.pipe(safeInt(), v.gtValue(0))),
  [STARTED_AT]: v.nullish(v.string()),
});

/**
 * The progress in a meeting row's fields, or null when none is set. A malformed value also reads
 * as null: the progress only refines the clock's guess, so it must never stop an agenda opening.
 */
export function progressFromFields(fields: Record<string, unknown> | undefined): LiveProgress | null {
  const parsed = v.safeParse(progressFields, fields ?? {}, { abortEarly: true });
  if (!parsed.success) return null;
  const number = parsed.output[NUMBER];
  const startedAt = parsed.output[STARTED_AT];
  if (number === null || number === undefined || !startedAt) return null;
  const ms = Date.parse(startedAt);
  return Number.isNaN(ms) ? null : { number, startedAt: new Date(ms) };
}

/** The fields that store `progress` (both null to clear it). */
export function progressToFields(progress: LiveProgress | null): Record<string, unknown> {
  if (progress === null) return { [NUMBER]: null, [STARTED_AT]: null };
  return { [NUMBER]: progress.number, [STARTED_AT]: progress.startedAt.toISOString() };
}

/**
 * Items query (append to the meetings list's path) for the progress of the meeting with this key:
 * only the row id and the two columns, so polling stays a small response.
 */
export function progressRowQuery(key: string): string {
  return `/items${queryString({ $select: 'id', $expand: expandFields([NUMBER, STARTED_AT]), $filter: fieldEq('MeetingKey', key), $top: 1 })}`;
}

/** Items query for the progress of the meeting rows stored under this iCalUId (keyPrefixFilter), with each row's MeetingKey. */
export function movedProgressRowsQuery(iCalUId: string): string {
  return `/items${queryString({ $select: 'id', $expand: expandFields(['MeetingKey', NUMBER, STARTED_AT]), $filter: keyPrefixFilter(iCalUId), $top: 10 })}`;
}

/** Items query for the progress of every meeting on these UTC dates, with each row's MeetingKey to match it by (agenda-window.ts). */
export function progressRowsByDateQuery(dates: readonly string[]): string {
  const filter = dates.map((d) => fieldEq(MEETING_DATE_COLUMN, d)).join(' or ');
  return `/items${queryString({ $select: 'id', $expand: expandFields(['MeetingKey', NUMBER, STARTED_AT]), $filter: filter, $top: 500 })}`;
}
