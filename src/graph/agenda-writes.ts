/**
 * Plans the writes that turn a meeting's stored item rows into a new list of items: the fewest
 * changes, so a reorder is only SortOrder/Number updates and an unchanged punkt is not touched.
 * Decisions of existing punkter are left alone (see withoutDecision): only new rows get them.
 */
import type { AgendaItem } from '../domain/meeting';
import type { GraphClient, GraphRequest } from './client';
import type { ListDef, Row } from './list-mapping';
import { CLOSED_ITEMS_LIST, ITEMS_LIST, clientKeyQuery, contentByClientKey, itemFromRows, itemToFields, withoutDecision } from './list-mapping';
import { firstRow } from './meeting-repository';

/** The stored rows of one meeting, as loaded in one batch. */
export interface StoredRows {
  paths: { meetings: string; items: string; closed: string };
  itemRows: Row[];
  closedRows: Row[];
  closedReadable: boolean;
}

/** A stored punkt: its main row, its content row when closed and readable, and the item they make. */
export interface JoinedItem {
  row: Row;
  item: AgendaItem;
  sortOrder: number;
  clientKey: string | null;
  closed: boolean;
  content: Row | undefined;
}

/** Joins main rows to closed items' content rows (by ClientKey), ordered by SortOrder then number. */
export function joinRows(rows: Pick<StoredRows, 'itemRows' | 'closedRows'>): JoinedItem[] {
  const byClientKey = contentByClientKey(rows.closedRows);
  return rows.itemRows
    .map((row) => {
      const probe = itemFromRows(row);
      const content = probe.info.closed && probe.info.clientKey !== null ? byClientKey.get(probe.info.clientKey) : undefined;
      const { item, info } = content ? itemFromRows(row, content) : probe;
      return { row, item, sortOrder: info.sortOrder, clientKey: info.clientKey, closed: info.closed, content };
    })
    .sort((a, b) => a.sortOrder - b.sortOrder || a.item.number - b.item.number);
}

/** The requests (for one $batch) that make the stored items equal `items`, in this order. */
export function planItemWrites(client: GraphClient, key: string, rows: StoredRows, items: readonly AgendaItem[], newKey: () => string): GraphRequest[] {
  const existing = joinRows(rows);
  const matched = match(existing, items);
  const writes: GraphRequest[] = [];
  const create = (listPath: string, list: ListDef, fields: Record<string, unknown>, clientKey: string): GraphRequest => ({
    method: 'POST', path: `${listPath}/items`, body: { fields },
    recover: () => firstRow(client, `${listPath}${clientKeyQuery(list, clientKey)}`),
  });
  const patch = (listPath: string, row: Row, fields: Record<string, unknown>) => {
    const changed = diff(withoutDecision(fields), row.fields ?? {});
    if (Object.keys(changed).length > 0) writes.push({ method: 'PATCH', path: `${listPath}/items/${row.id}/fields`, body: changed });
  };

  items.forEach((item, index) => {
    const old = matched.get(index);
    const clientKey = old?.clientKey ?? newKey();
    const { main, content } = itemToFields(key, item, index, clientKey);
    if (!old) {
      writes.push(create(rows.paths.items, ITEMS_LIST, main, clientKey));
      if (content) writes.push(create(rows.paths.closed, CLOSED_ITEMS_LIST, content, clientKey));
      return;
    }
    patch(rows.paths.items, old.row, main);
    if (content && old.content) patch(rows.paths.closed, old.content, content);
    else if (content) writes.push(create(rows.paths.closed, CLOSED_ITEMS_LIST, content, clientKey));
    else if (old.content) writes.push({ method: 'DELETE', path: `${rows.paths.closed}/items/${old.content.id}` });
  });
  const kept = new Set(matched.values());
  for (const old of existing.filter((e) => !kept.has(e))) {
    writes.push({ method: 'DELETE', path: `${rows.paths.items}/items/${old.row.id}` });
    if (old.content) writes.push({ method: 'DELETE', path: `${rows.paths.closed}/items/${old.content.id}` });
  }
  return writes;
}

/**
 * Pairs new items with stored rows: first the same case number and title (a moved punkt), then the
 * same number (an edited punkt). Unpaired new items are created, unpaired rows deleted.
 */
function match(existing: JoinedItem[], items: readonly AgendaItem[]): Map<number, JoinedItem> {
  const result = new Map<number, JoinedItem>();
  const free = new Set(existing);
  const pass = (same: (a: AgendaItem, b: AgendaItem) => boolean) => {
    items.forEach((item, index) => {
      if (result.has(index)) return;
      const found = [...free].find((e) => same(e.item, item));
      if (found) {
        result.set(index, found);
        free.delete(found);
      }
    });
  };
  pass((a, b) => a.caseNumber === b.caseNumber && a.title === b.title);
  pass((a, b) => a.number === b.number);
  return result;
}

/** The fields of `desired` that differ from `current` (SharePoint leaves empty columns out, so absent = null). */
export function diff(desired: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(desired)) {
    if (JSON.stringify(value ?? null) !== JSON.stringify(current[column] ?? null)) changed[column] = value;
  }
  return changed;
}
