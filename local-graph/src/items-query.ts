/**
 * Query options for list items: a top-level `$select`, `$expand=fields($select=…)`, `$filter` on `fields/…`,
 * `$orderby=fields/… asc|desc`, with SharePoint's rules: unknown columns → 400, and on a list
 * above the 5,000-item threshold a non-indexed column in $filter/$orderby → 400 unless the
 * caller sends `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`.
 */
import { ServiceError, badRequest } from './errors';
import { parseSelectOf, selectProps } from './select-param';
import { BASE_ITEM_NAMES } from './entity-properties';
import { parseFilterParam } from './filter-param';
import { filterPaths } from './odata-filter';
import type { FilterExpr } from './odata-filter';
import { compareValues, evaluateFilter } from './odata-evaluate';
import { allFields, itemKind } from './item-model';
import type { ItemDoc } from './item-model';
import { LIST_VIEW_THRESHOLD } from './list-model';
import type { ListDoc } from './list-model';
import type { ServiceContext, ServiceRequest } from './router';

/** Whether fields are expanded, and which. */
export interface Expand {
  fields: boolean;
  select: string[] | null;
}

/** Reads `$expand`; only `fields` (optionally with `$select`) is supported, as Punkt needs. */
export function parseExpand(raw: string | null, list: ListDoc): Expand {
  if (raw === null || raw.trim() === '') return { fields: false, select: null };
  const match = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(raw);
  if (!match) throw badRequest(`Parsing OData Select and Expand failed: unsupported $expand '${raw}'.`);
  if (match[1] === undefined) return { fields: true, select: null };
  return { fields: true, select: parseFieldSelect(match[1], list) };
}

/**
 * The columns a `$select` on a listItem's fields names (inside `$expand=fields(...)` or on
 * `…/items/{id}/fields`), each checked against the list: an unknown one is 400 "Field 'x' is
 * not recognized". Graph's docs do not say what `…/fields?$select=` answers for an unknown name
 * (https://learn.microsoft.com/graph/api/listitem-get only shows known columns), so both take the
 * items route's answer. null when nothing is selected.
 */
export function parseFieldSelect(raw: string | null, list: ListDoc): string[] | null {
  if (raw === null || raw.trim() === '') return null;
  const select = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of select) requireColumn(list, name);
  return select;
}

/**
 * listItem's properties and relationships, the names a top-level `$select` may take
 * (https://learn.microsoft.com/graph/api/resources/listitem, with those inherited from
 * https://learn.microsoft.com/graph/api/resources/baseitem).
 */
const LIST_ITEM_NAMES = [
  ...BASE_ITEM_NAMES,
  'contentType',
  'sharepointIds',
  'fields',
  'driveItem',
  'versions',
  'analytics',
  'documentSetVersions',
];

/** Reads a top-level `$select` on listItems (select-param.ts): null for every property, else listItem's names. */
export const parseSelect = (raw: string | null): string[] | null => parseSelectOf(raw, 'microsoft.graph.listItem', LIST_ITEM_NAMES);

/**
 * A listItem's JSON limited to `select`, with the `@odata.etag` annotation Graph puts on every
 * entity that has an ETag. An expanded `fields` stays: $expand adds it whatever $select names.
 */
export const selectItem = (json: Record<string, unknown>, select: string[] | null): Record<string, unknown> =>
  selectProps(json, select, ['fields']);

/**
 * The select list of an OData context URL for listItems ("Collection of Projected Entities",
 * OData JSON Format 4.01 §10.9): `(a,b,fields)`, or `(fields)` for the expand alone, or ''.
 */
export function projection(select: string[] | null, expanded: boolean): string {
  const names = [...(select ?? []).filter((n) => n !== 'fields'), ...(expanded ? ['fields'] : [])];
  return names.length > 0 ? `(${names.join(',')})` : '';
}

function requireColumn(list: ListDoc, name: string): void {
  if (name === 'id' || name === 'ContentType' || name === '_UIVersionString' || name === 'Attachments') return;
  if (!list.columns.some((c) => c.name === name)) throw badRequest(`Field '${name}' is not recognized`);
}

function columnOfPath(list: ListDoc, path: string): string {
  if (!path.startsWith('fields/'))
    throw badRequest(`Only fields/… properties can be used in $filter or $orderby on list items ('${path}').`);
  const name = path.slice('fields/'.length);
  requireColumn(list, name);
  return name;
}

function fieldValue(list: ListDoc, item: ItemDoc, name: string): unknown {
  if (name === 'id' || name === 'ID') return item.id;
  if (name === 'Created' || name === 'Modified') return allFields(list, item)[name];
  return item.fields[name];
}

function checkIndexed(request: ServiceRequest, list: ListDoc, count: number, names: string[]): void {
  if (count <= LIST_VIEW_THRESHOLD) return;
  if (/HonorNonIndexedQueriesWarningMayFailRandomly/i.test(request.headers.prefer ?? '')) return;
  const plain = names.find((name) => name !== 'id' && !list.columns.find((c) => c.name === name)?.indexed);
  if (plain !== undefined) {
    throw new ServiceError(
      400,
      'invalidRequest',
      `Field '${plain}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
}

/** The list's items after $filter and $orderby (paging is applied by the caller). */
export function queryItems(request: ServiceRequest, list: ListDoc, context: ServiceContext): ItemDoc[] {
  const items = context.store.all<ItemDoc>(itemKind(list));
  const rawFilter = request.query.get('$filter');
  let filter: FilterExpr | null = null;
  const referenced: string[] = [];
  if (rawFilter !== null) {
    filter = parseFilterParam(rawFilter);
    referenced.push(...filterPaths(filter).map((p) => columnOfPath(list, p)));
  }
  const order = (request.query.get('$orderby') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [path = '', direction = 'asc', ...rest] = part.split(/\s+/);
      if (rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) throw badRequest(`Invalid $orderby '${part}'.`);
      return { name: columnOfPath(list, path), sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
    });
  checkIndexed(request, list, items.length, [...referenced, ...order.map((o) => o.name)]);
  const expr = filter;
  const selected = expr
    ? items.filter((item) => evaluateFilter(expr, (p) => fieldValue(list, item, p.slice('fields/'.length))))
    : [...items];
  selected.sort((a, b) => {
    for (const { name, sign } of order) {
      const c = compareValues(fieldValue(list, a, name), fieldValue(list, b, name));
      if (c !== 0) return c * sign;
    }
    return a.id - b.id;
  });
  return selected;
}
