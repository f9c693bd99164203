/**
 * The OData queries that read Punkt's list rows: which columns each list's rows are read with, and
 * the items queries by meeting key and by ClientKey. Append them to `/sites/{site}/lists/{listId}`.
 */
import { CLOSED_ITEMS_LIST, ITEMS_LIST, MEETING_DATE_COLUMN, MEETINGS_LIST, type ListDef } from './list-definitions';
import { meetingKeyPrefix } from '../domain/meeting-identity';
import { expandFields, fieldEq, property, queryString, quote } from './odata';

/** The row columns; `dated` adds the meeting date, which a list provisioned before it lacks (SharePoint refuses the `$select`). */
const selectOf = (list: ListDef, dated = false): string =>
  expandFields(['Title', ...list.columns.filter((c) => !c.readApart).map((c) => c.name), ...(dated ? [MEETING_DATE_COLUMN] : [])]);

function rowsWhere(list: ListDef, filter: string, top: number, dated = false): string {
  return `/items${queryString({ $expand: selectOf(list, dated), $filter: filter, $top: top })}`;
}

/** Items query (append to `/sites/{site}/lists/{listId}`) for the meeting row with this key. */
export const meetingRowQuery = (key: string, dated = false): string => rowsWhere(MEETINGS_LIST, fieldEq('MeetingKey', key), 2, dated);
/** Items query for the main rows of a meeting. */
export const itemRowsQuery = (key: string, dated = false): string => rowsWhere(ITEMS_LIST, fieldEq('MeetingKey', key), 500, dated);
/** Items query for the closed content rows of a meeting. */
export const closedRowsQuery = (key: string, dated = false): string => rowsWhere(CLOSED_ITEMS_LIST, fieldEq('MeetingKey', key), 500, dated);
/**
 * The filter for the rows of every agenda stored under this iCalUId, whatever start its key holds: how
 * a meeting the organizer moved finds its agenda (moved-meeting.ts). Graph filters list items on a
 * column by `startswith` as by `eq` (https://learn.microsoft.com/graph/api/listitem-list: "You can apply
 * the $filter (eq, ne, lt, gt, le, ge, and startswith) …"); MeetingKey is indexed in all three lists,
 * so SharePoint answers it on a large list too.
 */
export const keyPrefixFilter = (iCalUId: string): string =>
  `startswith(${property('fields/MeetingKey')},${quote(meetingKeyPrefix({ iCalUId }))})`;
/** Items query for the meeting rows stored under this iCalUId (a few: more than one is an error the caller reports). */
export const movedMeetingRowsQuery = (iCalUId: string, dated = false): string =>
  rowsWhere(MEETINGS_LIST, keyPrefixFilter(iCalUId), 10, dated);
/** Items query for the main rows stored under this iCalUId, under any start. */
export const movedItemRowsQuery = (iCalUId: string, dated = false): string => rowsWhere(ITEMS_LIST, keyPrefixFilter(iCalUId), 500, dated);
/** Items query for the closed content rows stored under this iCalUId, under any start. */
export const movedClosedRowsQuery = (iCalUId: string, dated = false): string =>
  rowsWhere(CLOSED_ITEMS_LIST, keyPrefixFilter(iCalUId), 500, dated);
/**
 * Items query for the rows of every meeting on these UTC dates (MEETING_DATE_COLUMN), with that
 * column: the first open's read before the meeting is known. One `eq` per date on the indexed column.
 */
export const datedRowsQuery = (list: ListDef, dates: readonly string[]): string =>
  rowsWhere(list, dates.map((d) => fieldEq(MEETING_DATE_COLUMN, d)).join(' or '), 500, true);
/** Items query for the row with this ClientKey: how a create whose outcome was lost is found again. */
export const clientKeyQuery = (list: ListDef, clientKey: string): string => rowsWhere(list, fieldEq('ClientKey', clientKey), 1);
/** `$expand` for reading one item with its fields. */
export const itemExpand = (list: ListDef): string => queryString({ $expand: selectOf(list) });
