/**
 * List items: list (with $select/$expand/$filter/$orderby/$top and paging), get (with $select/$expand), create,
 * `PATCH …/items/{id}/fields`, delete; ETags on every item and If-Match → 412 when stale.
 * Docs: "List items", "Get listItem", "Create a new entry in a SharePoint list",
 * "Update listItem", "Delete an item from a list".
 */
import { requireWriter } from './auth';
import { ServiceError, notFound } from './errors';
import { checkUnique, coerceFields, etagMatches, etagOf, fieldsJson, itemJson, itemKind, stamp } from './item-model';
import type { ItemDoc } from './item-model';
import { parseExpand, parseFieldSelect, parseSelect, projection, queryItems, selectItem } from './items-query';
import { dropVersions, itemVersionRoutes, recordVersion } from './item-versions';
import { requireList } from './list-model';
import type { ListDoc } from './list-model';
import { page, topOf } from './router';
import type { Route, ServiceContext, ServiceRequest, ServiceResponse } from './router';

const BASE = '/sites/:site/lists/:list/items';

function context$(request: ServiceRequest, list: ListDoc, suffix: string): string {
  return `${request.baseUrl}/$metadata#sites('${list.siteId}')/lists('${list.id}')/items${suffix}`;
}

function requireItem(context: ServiceContext, list: ListDoc, id: string): ItemDoc {
  const item = /^\d+$/.test(id) ? context.store.get<ItemDoc>(itemKind(list), id) : undefined;
  if (!item) throw notFound(`The item '${id}'`);
  return item;
}

function checkIfMatch(request: ServiceRequest, item: ItemDoc): void {
  const ifMatch = request.headers['if-match'];
  if (ifMatch !== undefined && !etagMatches(ifMatch, item)) {
    throw new ServiceError(412, 'preconditionFailed', 'ETag mismatch: the item has been changed since it was read.');
  }
}

function listItems(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  const list = requireList(request, context, params.site as string, params.list as string);
  const select = parseSelect(request.query.get('$select'));
  const expand = parseExpand(request.query.get('$expand'), list);
  const items = queryItems(request, list, context);
  const { value, nextLink } = page(request, items, topOf(request.query, 200, 5000));
  const body: Record<string, unknown> = {
    '@odata.context': context$(request, list, projection(select, expand.fields)),
    value: value.map((item) => selectItem(itemJson(list, item, expand.fields ? fieldsJson(list, item, expand.select) : null), select)),
  };
  if (nextLink) body['@odata.nextLink'] = nextLink;
  return { status: 200, body };
}

function getItem(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  const list = requireList(request, context, params.site as string, params.list as string);
  const select = parseSelect(request.query.get('$select'));
  const expand = parseExpand(request.query.get('$expand'), list);
  const item = requireItem(context, list, params.item as string);
  return {
    status: 200,
    headers: { etag: etagOf(item) },
    body: {
      '@odata.context': context$(request, list, `${select ? projection(select, expand.fields) : ''}/$entity`),
      ...selectItem(itemJson(list, item, expand.fields ? fieldsJson(list, item, expand.select) : null), select),
    },
  };
}

function getFields(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  const list = requireList(request, context, params.site as string, params.list as string);
  const item = requireItem(context, list, params.item as string);
  const select = parseFieldSelect(request.query.get('$select'), list);
  return {
    status: 200,
    headers: { etag: etagOf(item) },
    body: {
      '@odata.context': context$(request, list, `('${item.id}')/fields/$entity`),
      ...fieldsJson(list, item, select),
    },
  };
}

function createItem(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  requireWriter(request.caller);
  const list = requireList(request, context, params.site as string, params.list as string);
  const body = request.body as { fields?: unknown } | null;
  const fields = coerceFields(list, body?.fields ?? {});
  checkUnique(context.store, list, null, fields);
  const now = context.now().toISOString();
  const item: ItemDoc = {
    id: list.nextItemId,
    guid: context.newId(),
    version: 1,
    created: now,
    modified: now,
    createdBy: stamp(request.caller),
    modifiedBy: stamp(request.caller),
    fields,
  };
  context.store.write((tx) => {
    tx.put('list', list.id, { ...list, nextItemId: list.nextItemId + 1 });
    tx.put(itemKind(list), String(item.id), item);
    recordVersion(tx, list, item);
  });
  return {
    status: 201,
    headers: { etag: etagOf(item), location: `${request.baseUrl}/sites/${list.siteId}/lists/${list.id}/items/${item.id}` },
    body: { '@odata.context': context$(request, list, '/$entity'), ...itemJson(list, item, fieldsJson(list, item, null)) },
  };
}

function updateFields(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  // Permission before the ETag, as SharePoint does: Punkt's write probe (src/graph/write-probe.ts)
  // relies on a reader getting 403, not 412, for an If-Match that never matches.
  requireWriter(request.caller);
  const list = requireList(request, context, params.site as string, params.list as string);
  const item = requireItem(context, list, params.item as string);
  checkIfMatch(request, item);
  const changes = coerceFields(list, request.body);
  const fields = { ...item.fields, ...changes };
  checkUnique(context.store, list, item.id, changes);
  const updated: ItemDoc = {
    ...item,
    fields,
    version: item.version + 1,
    modified: context.now().toISOString(),
    modifiedBy: stamp(request.caller),
  };
  context.store.write((tx) => {
    tx.put(itemKind(list), String(item.id), updated);
    recordVersion(tx, list, updated);
  });
  return {
    status: 200,
    headers: { etag: etagOf(updated) },
    body: { '@odata.context': context$(request, list, `('${item.id}')/fields/$entity`), ...fieldsJson(list, updated, null) },
  };
}

function deleteItem(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  requireWriter(request.caller);
  const list = requireList(request, context, params.site as string, params.list as string);
  const item = requireItem(context, list, params.item as string);
  checkIfMatch(request, item);
  context.store.write((tx) => {
    tx.delete(itemKind(list), String(item.id));
    dropVersions(tx, context.store, list, item.id);
  });
  return { status: 204 };
}

/** The list item routes. */
export const itemRoutes: Route[] = [
  { method: 'GET', pattern: BASE, handler: listItems },
  { method: 'POST', pattern: BASE, handler: createItem },
  { method: 'GET', pattern: `${BASE}/:item`, handler: getItem },
  { method: 'DELETE', pattern: `${BASE}/:item`, handler: deleteItem },
  { method: 'GET', pattern: `${BASE}/:item/fields`, handler: getFields },
  { method: 'PATCH', pattern: `${BASE}/:item/fields`, handler: updateFields },
  ...itemVersionRoutes,
];
