/**
 * The SharePoint lists Punkt keeps its data in: their columns as provisioning creates them, and
 * the key that ties a meeting occurrence to its rows. With list-queries.ts and row-mapping.ts the
 * only place that knows list and column names.
 *
 * Closed items (lukkede punkter) are split: the main list holds only what anyone may see (number,
 * order, case number, timing, "Lukket"); their content lives in a list with restricted permissions.
 * Timing stays in the main list so every reader can still see the meeting's schedule.
 */
import { CLOSED_PLACEHOLDER_TITLE } from '../domain/closed-redaction';
import { meetingKeyOf, normalizeUtc } from '../domain/meeting-identity';
import type { MeetingRef } from '../domain/ports';

/** Column types Punkt uses (Graph columnDefinition facets). */
export type ColumnType = 'text' | 'number' | 'boolean' | 'dateTime';

/** One column of a list, as provisioning creates it. */
export interface ColumnDef {
  name: string;
  type: ColumnType;
  /** Multi-line text: single-line text holds at most 255 characters, too few for JSON and prose. */
  multiline?: boolean;
  indexed?: boolean;
  /** SharePoint requires an indexed column for unique values. */
  enforceUniqueValues?: boolean;
  /**
   * Left out of the row queries and read by a request of its own: a column added after sites were
   * provisioned, which a site not provisioned again lacks, and SharePoint refuses a `$select` that
   * names an unknown column (it would fail the whole agenda load).
   */
  readApart?: boolean;
}

/** One list, as provisioning creates it. */
export interface ListDef {
  displayName: string;
  description: string;
  columns: ColumnDef[];
}

const text = (name: string, more: Partial<ColumnDef> = {}): ColumnDef => ({ name, type: 'text', ...more });
const note = (name: string): ColumnDef => ({ name, type: 'text', multiline: true });
const num = (name: string): ColumnDef => ({ name, type: 'number' });
const unique = { indexed: true, enforceUniqueValues: true };

/** The meeting row's live progress ("punkt N started at T"), read by a request of its own (live-progress.ts). */
export const LIVE_NUMBER_COLUMN = 'PunktLiveNumber';
export const LIVE_STARTED_AT_COLUMN = 'PunktLiveStartedAt';

/** The meeting row's columns for the live progress. */
export const LIVE_PROGRESS_COLUMNS: readonly ColumnDef[] = [
  { name: LIVE_NUMBER_COLUMN, type: 'number', readApart: true },
  { name: LIVE_STARTED_AT_COLUMN, type: 'dateTime', readApart: true },
];

/** The meeting row's referat approval (who and when), read by a request of its own (referat-approval.ts). */
export const APPROVED_BY_COLUMN = 'PunktApprovedBy';
export const APPROVED_BY_MAIL_COLUMN = 'PunktApprovedByMail';
export const APPROVED_AT_COLUMN = 'PunktApprovedAt';

/** The meeting row's columns for the referat's approval; a list provisioned before them reads as not approved. */
export const APPROVAL_COLUMNS: readonly ColumnDef[] = [
  { name: APPROVED_BY_COLUMN, type: 'text', readApart: true },
  { name: APPROVED_BY_MAIL_COLUMN, type: 'text', readApart: true },
  { name: APPROVED_AT_COLUMN, type: 'dateTime', readApart: true },
];

/**
 * The meeting's start date (UTC, `YYYY-MM-DD`) on every row of all three lists, so a first open can
 * ask for the rows of the coming days in the same $batch as the calendar lookup, before it knows the
 * meeting, and match them by MeetingKey afterwards (issue #13). Indexed: SharePoint refuses a filter
 * on a column without an index once a list passes 5,000 items, unless the caller sends
 * `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`, and then it may fail at random
 * (https://learn.microsoft.com/graph/api/listitem-list). Read apart: a list provisioned before it
 * lacks it, and its rows are then found by MeetingKey alone (two round trips).
 */
export const MEETING_DATE_COLUMN = 'PunktMeetingDate';
const meetingDate: ColumnDef = { name: MEETING_DATE_COLUMN, type: 'text', indexed: true, readApart: true };

/** Columns of an item's content, in the main list for open items and in the restricted list for closed ones. */
const CONTENT_COLUMNS: ColumnDef[] = [text('Prefix'), note('SectionsJson'), note('Decision'), text('Status'), text('PostponedTo')];

/** One row per meeting occurrence. */
export const MEETINGS_LIST: ListDef = {
  displayName: 'PunktMeetings',
  description: 'Punkt: one row per meeting occurrence (agenda header)',
  columns: [
    text('MeetingKey', unique),
    text('ICalUId'),
    { name: 'StartUtc', type: 'dateTime' },
    text('Forum'),
    text('Kind'),
    text('MeetingDate'),
    text('StartTime'),
    text('PlannedEnd'),
    text('Location'),
    note('ParticipantsJson'),
    note('PreambleJson'),
    text('ClientKey', unique),
    meetingDate,
    ...LIVE_PROGRESS_COLUMNS,
    ...APPROVAL_COLUMNS,
  ],
};

/** One row per punkt; for a closed punkt only what anyone may see. */
export const ITEMS_LIST: ListDef = {
  displayName: 'PunktItems',
  description: 'Punkt: agenda items (punkter); closed items hold only number, case number and "Lukket"',
  columns: [
    text('MeetingKey', { indexed: true }),
    num('Number'),
    num('SortOrder'),
    text('CaseNumber'),
    { name: 'Closed', type: 'boolean' },
    text('SlotStart'),
    text('SlotEnd'),
    num('DurationMinutes'),
    ...CONTENT_COLUMNS,
    text('ClientKey', unique),
    meetingDate,
  ],
};

/** The content of closed punkter; its permissions are restricted. ClientKey equals the main row's. */
export const CLOSED_ITEMS_LIST: ListDef = {
  displayName: 'PunktClosedItems',
  description: 'Punkt: content of closed agenda items (restricted permissions)',
  columns: [text('MeetingKey', { indexed: true }), num('Number'), ...CONTENT_COLUMNS, text('ClientKey', unique), meetingDate],
};

/** Every list Punkt needs, in the order provisioning creates them. */
export const PUNKT_LISTS: readonly ListDef[] = [MEETINGS_LIST, ITEMS_LIST, CLOSED_ITEMS_LIST];

/** The title a closed punkt shows to everyone. */
export const CLOSED_TITLE = CLOSED_PLACEHOLDER_TITLE;

/** The key of a meeting occurrence (the MeetingKey column): the domain's one meeting identity. */
export function meetingKey(ref: MeetingRef): string {
  return meetingKeyOf(ref);
}

/** The MEETING_DATE_COLUMN value of a meeting key's rows: the UTC date of the occurrence's start. */
export function meetingDateOfKey(key: string): string {
  return key.slice(key.lastIndexOf('|') + 1, key.lastIndexOf('|') + 11);
}

/** StartUtc and event times are written as the domain's normalized UTC instant. */
export { normalizeUtc };
