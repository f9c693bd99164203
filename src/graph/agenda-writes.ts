/**
 * Plans the writes that turn a meeting's stored rows into the secretary's agenda, for one sequential
 * $batch: the fewest changes (a reorder is only SortOrder/Number updates, an unchanged punkt is not
 * touched), If-Match on every row updated or deleted, and the decision of a stored punkt taken from the
 * rows just read, never from the draft, so the note-taker's latest decision goes wherever the punkt goes.
 *
 * Closing a punkt REPLACES its main row: the restricted list gets all its content (the current decision
 * included), the old main row is deleted and a fresh one created with only what anyone may see, under the
 * same ClientKey. SharePoint keeps every version of a row readable to everyone who can read the row
 * (https://learn.microsoft.com/sharepoint/governance/versioning-content-approval-and-check-out-planning),
 * and Graph cannot turn versioning off for a list, so clearing the columns would leave the content in the
 * history; a new row has no history. Reopening moves the content back onto the main row and deletes the
 * content row. The order (content first, then delete, then create) is held by the sequential batch:
 * a failure stops the rest, so no content is ever left without a copy.
 */
import type { AgendaItem } from '../domain/meeting';
import type { RowProblem } from '../domain/ports';
import type { GraphClient, GraphRequest, GraphResponse } from './client';
import type { Row } from './row-mapping';
import { CLOSED_ITEMS_LIST, CLOSED_TITLE, ITEMS_LIST } from './list-definitions';
import { clientKeyQuery } from './list-queries';
import {
  contentByClientKey,
  decisionFromRow,
  decisionToFields,
  etagOfRow,
  itemFromRows,
  itemToFields,
  withoutDecision,
  withoutMeetingDate,
} from './row-mapping';
import { firstRow } from './meeting-repository';

/** The stored rows of one meeting, as loaded in one batch. */
export interface StoredRows {
  paths: { meetings: string; items: string; closed: string };
  itemRows: Row[];
  closedRows: Row[];
  closedReadable: boolean;
  /** The rows were read with the meeting date column (MEETING_DATE_COLUMN): only then is it written. */
  dated?: boolean;
}

/** A stored punkt: its main row, its content row when closed and readable, and the item they make. */
export interface JoinedItem {
  /** The punkt's stable id: its ClientKey (kept when the main row is replaced), else the row id. */
  id: string;
  row: Row;
  item: AgendaItem;
  sortOrder: number;
  clientKey: string | null;
  closed: boolean;
  content: Row | undefined;
  /** Columns of its rows that could not be read (they were given their defaults). */
  problems: RowProblem[];
  /**
   * Replacement main rows left beside the punkt's row by a save that stopped before deleting the old
   * one (see planItemWrites): not the punkt; the next save deletes them.
   */
  strays: Row[];
}

/** Joins main rows to closed items' content rows (by ClientKey), ordered by SortOrder then number. */
export function joinRows(rows: Pick<StoredRows, 'itemRows' | 'closedRows'>): JoinedItem[] {
  const byClientKey = contentByClientKey(rows.closedRows);
  const { punktRows, strays } = mainRowsOf(rows.itemRows);
  return punktRows
    .map((row) => {
      const probe = itemFromRows(row);
      const key = probe.info.clientKey === null ? null : punktKeyOf(probe.info.clientKey);
      const content = probe.info.closed && key !== null ? byClientKey.get(key) : undefined;
      const { item, info, problems } = content ? itemFromRows(row, content) : probe;
      return {
        id: key ?? row.id,
        row,
        item,
        sortOrder: info.sortOrder,
        clientKey: key,
        closed: info.closed,
        content,
        problems,
        strays: (key !== null && strays.get(key)) || [],
      };
    })
    .sort((a, b) => a.sortOrder - b.sortOrder || a.item.number - b.item.number);
}

const RETIRING = '#retiring';
/**
 * The ClientKey a main row is given just before it is replaced: ClientKey is unique in the list, and the
 * replacement is created under the punkt's own key while the old row still exists.
 */
export const retiringKey = (key: string): string => `${key}${RETIRING}`;
/** The punkt's own key, also for a retiring row. */
export const punktKeyOf = (key: string): string => (key.endsWith(RETIRING) ? key.slice(0, -RETIRING.length) : key);
const isRetiring = (row: Row) => String(row.fields?.ClientKey ?? '').endsWith(RETIRING);

/**
 * One main row per punkt: the row under the punkt's own key, else its retiring row (a replacement that
 * stopped before creating the new row); a retiring row beside the new one is a stray.
 */
function mainRowsOf(itemRows: readonly Row[]): { punktRows: Row[]; strays: Map<string, Row[]> } {
  const loose: Row[] = [];
  const chosen = new Map<string, Row>();
  const strays = new Map<string, Row[]>();
  for (const row of itemRows) {
    const raw = row.fields?.ClientKey;
    if (typeof raw !== 'string' || raw === '') {
      loose.push(row);
      continue;
    }
    const key = punktKeyOf(raw);
    const known = chosen.get(key);
    if (!known) {
      chosen.set(key, row);
      continue;
    }
    const [keep, drop] = isRetiring(known) && !isRetiring(row) ? [row, known] : [known, row];
    chosen.set(key, keep);
    strays.set(key, [...(strays.get(key) ?? []), drop]);
  }
  return { punktRows: [...loose, ...chosen.values()], strays };
}

/** Which list a write changes, and how; `rowId` for updates and deletes. */
export interface PlannedWrite {
  request: GraphRequest;
  list: 'meetings' | 'items' | 'closed';
  op: 'create' | 'update' | 'delete';
  rowId: string | null;
}

/** One punkt of the draft with the stored punkt it updates (none: a new punkt) and its ClientKey. */
export interface ItemPlan {
  item: AgendaItem;
  stored: JoinedItem | undefined;
  clientKey: string;
}

/** The requests that make the stored punkter equal `plans` and delete `deleted`, in order. */
export function planItemWrites(
  client: GraphClient,
  key: string,
  rows: StoredRows,
  plans: readonly ItemPlan[],
  deleted: readonly JoinedItem[],
  /**
   * Content rows this save already moved back onto their main row but could not delete (412): the
   * note-taker wrote the decision there after the save read it, so that decision is the newer one.
   */
  written: ReadonlySet<string> = new Set(),
): PlannedWrite[] {
  const writes: PlannedWrite[] = [];
  const orphans = contentByClientKey(rows.closedRows);
  // A list provisioned before the meeting date refuses it; on one read with it, an unchanged date is no change.
  const fit = (fields: Record<string, unknown>) => (rows.dated ? fields : withoutMeetingDate(fields));
  const create = (list: 'items' | 'closed', all: Record<string, unknown>, clientKey: string) => {
    const fields = fit(all);
    const path = list === 'items' ? rows.paths.items : rows.paths.closed;
    const def = list === 'items' ? ITEMS_LIST : CLOSED_ITEMS_LIST;
    writes.push({
      request: {
        method: 'POST',
        path: `${path}/items`,
        body: { fields },
        recover: () => firstRow(client, `${path}${clientKeyQuery(def, clientKey)}`),
      },
      list,
      op: 'create',
      rowId: null,
    });
  };
  const update = (list: 'items' | 'closed', row: Row, fields: Record<string, unknown>) => {
    const changed = diff(fit(fields), row.fields ?? {});
    if (Object.keys(changed).length === 0) return;
    const path = list === 'items' ? rows.paths.items : rows.paths.closed;
    writes.push({
      request: { method: 'PATCH', path: `${path}/items/${row.id}/fields`, body: changed, ifMatch: etagOfRow(row) },
      list,
      op: 'update',
      rowId: row.id,
    });
  };
  const remove = (list: 'items' | 'closed', row: Row) => {
    const path = list === 'items' ? rows.paths.items : rows.paths.closed;
    writes.push({
      request: { method: 'DELETE', path: `${path}/items/${row.id}`, ifMatch: etagOfRow(row) },
      list,
      op: 'delete',
      rowId: row.id,
    });
  };
  const contentOf = (stored: JoinedItem): Row => {
    if (stored.content) return stored.content;
    // The view refuses to save what it cannot read; a caller that tries anyway would erase the content.
    throw new Error(
      `Punkt ${stored.item.number} is closed and its content in ${CLOSED_ITEMS_LIST.displayName} cannot be read; the agenda cannot be saved`,
    );
  };

  /**
   * A main row is replaced (to drop its version history) by retiring it (its ClientKey, which is
   * unique, moves aside), creating the new row, and only then deleting the old one: a sequential batch
   * that stops anywhere leaves the punkt a main row (joinRows reads a retiring row as the punkt when no
   * new one exists), never none; a retiring row left beside the new one is deleted by the next save.
   */
  const replace = (old: Row, fields: Record<string, unknown>, clientKey: string) => {
    update('items', old, { ClientKey: retiringKey(clientKey) });
    create('items', fields, clientKey);
    // Unconditional: the retiring PATCH just before it in this sequential batch checked the ETag, and
    // changed it, so the one read is stale by now.
    writes.push({ request: { method: 'DELETE', path: `${rows.paths.items}/items/${old.id}` }, list: 'items', op: 'delete', rowId: old.id });
  };

  plans.forEach(({ item, stored, clientKey }, index) => {
    for (const stray of stored?.strays ?? []) remove('items', stray);
    const { main, content } = stored
      ? keepUnreadable(itemToFields(key, item, index, clientKey), itemToFields(key, stored.item, index, clientKey), stored.problems)
      : itemToFields(key, item, index, clientKey);
    // A content row beside an open punkt is left over from an interrupted close or reopen.
    const orphan = stored && !stored.closed ? orphans.get(clientKey) : undefined;
    if (!stored) {
      if (content) create('closed', content, clientKey);
      create('items', main, clientKey);
    } else if (!item.closed && !stored.closed) {
      const newer = orphan && written.has(orphan.id) ? decisionToFields(decisionFromRow(CLOSED_ITEMS_LIST, orphan)) : {};
      update('items', stored.row, { ...withoutDecision(main), ...newer });
      if (orphan) remove('closed', orphan);
    } else if (item.closed && stored.closed) {
      const held = contentOf(stored);
      if (holdsContent(stored.row)) {
        // A main row closed before rows were replaced may still hold content: replace it now.
        replace(stored.row, main, clientKey);
      } else {
        update('items', stored.row, main);
      }
      update('closed', held, withoutDecision(content ?? {}));
    } else if (item.closed) {
      // Close: all content, the decision as just read, to the restricted list; then a fresh main row.
      const full = { ...content, ...decisionToFields(decisionFromRow(ITEMS_LIST, stored.row)) };
      if (orphan) update('closed', orphan, full);
      else create('closed', full, clientKey);
      replace(stored.row, main, clientKey);
    } else {
      // Reopen: everything back on the main row, the decision as just read from the restricted list.
      const held = contentOf(stored);
      update('items', stored.row, { ...main, ...decisionToFields(decisionFromRow(CLOSED_ITEMS_LIST, held)) });
      remove('closed', held);
    }
  });
  for (const old of deleted) {
    for (const stray of old.strays) remove('items', stray);
    remove('items', old.row);
    const content = old.content ?? orphans.get(old.clientKey ?? '');
    if (content) remove('closed', content);
  }
  return writes;
}

/** Columns the save assigns anyway: a punkt's place in the agenda is the draft's, whatever was stored. */
const PLACEMENT = new Set(['Number', 'SortOrder', 'MeetingKey', 'ClientKey', 'Closed']);

/**
 * The draft's fields without the unreadable columns the secretary left as shown: the form showed their
 * defaults, and writing those would destroy a value (say SectionsJson edited by hand in SharePoint) that
 * an administrator can still recover. A column she did change is written, which repairs it.
 */
function keepUnreadable<T extends { main: Record<string, unknown>; content: Record<string, unknown> | null }>(
  draft: T,
  shown: T,
  problems: readonly RowProblem[],
): T {
  if (problems.length === 0) return draft;
  const strip = (fields: Record<string, unknown> | null, as: Record<string, unknown> | null, list: string) => {
    if (fields === null) return null;
    const kept = { ...fields };
    for (const p of problems) {
      if (p.list !== list || PLACEMENT.has(p.column) || !(p.column in kept)) continue;
      if (JSON.stringify(kept[p.column] ?? null) === JSON.stringify(as?.[p.column] ?? null)) delete kept[p.column];
    }
    return kept;
  };
  // An open punkt's content columns are on its main row; a closed one's in the restricted list.
  return {
    ...draft,
    main: strip(draft.main, shown.main, ITEMS_LIST.displayName)!,
    content: strip(draft.content, shown.content, CLOSED_ITEMS_LIST.displayName),
  };
}

/** Whether a closed punkt's main row holds anything but "Lukket" (a row closed by an older Punkt). */
function holdsContent(row: Row): boolean {
  const f = row.fields ?? {};
  const empty = (v: unknown) => v === undefined || v === null || v === '';
  return (
    (f.Title !== undefined && f.Title !== CLOSED_TITLE) ||
    ['Prefix', 'SectionsJson', 'Decision', 'Status', 'PostponedTo'].some((c) => !empty(f[c]))
  );
}

/** The rows after the writes: the read rows with every successful write's response applied. */
export function applyWrites(
  rows: { meetingRow: Row | null; itemRows: Row[]; closedRows: Row[] },
  writes: readonly PlannedWrite[],
  responses: readonly GraphResponse[],
) {
  const lists = {
    meetings: new Map(rows.meetingRow ? [[rows.meetingRow.id, rows.meetingRow]] : []),
    items: new Map(rows.itemRows.map((r) => [r.id, r])),
    closed: new Map(rows.closedRows.map((r) => [r.id, r])),
  };
  writes.forEach((write, i) => {
    const response = responses[i];
    if (!response || response.status >= 400) return;
    const list = lists[write.list];
    if (write.op === 'delete') list.delete(write.rowId ?? '');
    else if (write.op === 'create') {
      const row = response.body as Row;
      list.set(row.id, row);
    } else {
      const old = list.get(write.rowId ?? '');
      if (old) list.set(old.id, updatedRow(old, response));
    }
  });
  return {
    meetingRow: [...lists.meetings.values()][0] ?? null,
    itemRows: [...lists.items.values()],
    closedRows: [...lists.closed.values()],
  };
}

/**
 * A row after a PATCH of its fields: Graph answers with the fieldValueSet and its new @odata.etag
 * (https://learn.microsoft.com/graph/api/listitem-update); a write settled by `recover` gives the whole row.
 */
function updatedRow(old: Row, response: GraphResponse): Row {
  const body = (response.body ?? {}) as Record<string, unknown>;
  if (typeof body.fields === 'object' && body.fields !== null) return body as unknown as Row;
  const etag = typeof body['@odata.etag'] === 'string' ? body['@odata.etag'] : (response.etag ?? etagOfRow(old));
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) if (!name.startsWith('@odata.')) fields[name] = value;
  return { ...old, '@odata.etag': etag, eTag: etag, fields: { ...old.fields, ...fields } };
}

/** The fields of `desired` that differ from `current` (SharePoint leaves empty columns out, so absent = null). */
export function diff(desired: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(desired)) {
    if (JSON.stringify(value ?? null) !== JSON.stringify(current[column] ?? null)) changed[column] = value;
  }
  return changed;
}
