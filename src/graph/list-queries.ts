/**
 * The OData queries that read Punkt's list rows: which columns each list's rows are read with, and
 * the items queries by meeting key and by ClientKey. Append them to `/sites/{site}/lists/{listId}`.
 */
import { CLOSED_ITEMS_LIST, ITEMS_LIST, MEETINGS_LIST, type ListDef } from './list-definitions';
import { expandFields, fieldEq, queryString } from './odata';

const selectOf = (list: ListDef): string => expandFields(['Title', ...list.columns.filter((c) => !c.readApart).map((c) => c.name)]);

function rowsWhere(list: ListDef, column: string, value: string, top: number): string {
  return `/items${queryString({ $expand: selectOf(list), $filter: fieldEq(column, value), $top: top })}`;
}

/** Items query (append to `/sites/{site}/lists/{listId}`) for the meeting row with this key. */
export const meetingRowQuery = (key: string): string => rowsWhere(MEETINGS_LIST, 'MeetingKey', key, 2);
/** Items query for the main rows of a meeting. */
export const itemRowsQuery = (key: string): string => rowsWhere(ITEMS_LIST, 'MeetingKey', key, 500);
/** Items query for the closed content rows of a meeting. */
export const closedRowsQuery = (key: string): string => rowsWhere(CLOSED_ITEMS_LIST, 'MeetingKey', key, 500);
/** Items query for the row with this ClientKey: how a create whose outcome was lost is found again. */
export const clientKeyQuery = (list: ListDef, clientKey: string): string => rowsWhere(list, 'ClientKey', clientKey, 1);
/** `$expand` for reading one item with its fields. */
export const itemExpand = (list: ListDef): string => queryString({ $expand: selectOf(list) });
