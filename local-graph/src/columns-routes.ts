/**
 * Columns of a list: `GET|POST …/lists/{list}/columns`, `GET|PATCH …/columns/{column}` (text,
 * number, boolean, dateTime…, `indexed`, `enforceUniqueValues`, which needs `indexed`).
 * Docs: "List columnDefinitions in a list", "Create a columnDefinition in a list",
 * "Update columnDefinition". Both GETs honour a top-level `$select` (select-param.ts).
 */
import { requireWriter } from './auth';
import { ServiceError, badRequest } from './errors';
import type { ColumnDoc, ColumnType, ListDoc } from './list-model';
import { FACETS, columnJson, requireList } from './list-model';
import type { Route, ServiceContext, ServiceRequest } from './router';
import { COLUMN_NAMES } from './entity-properties';
import { parseSelectOf, selectProps } from './select-param';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a columnDefinition from a request body into a stored column. */
export function columnFromBody(body: unknown, existing: ColumnDoc[], newId: () => string): ColumnDoc {
  if (!isRecord(body)) throw badRequest('The request body must be a columnDefinition object.');
  const name = body.name;
  if (typeof name !== 'string' || !NAME.test(name)) throw badRequest("A column needs a 'name' made of letters, digits and underscores.");
  if (existing.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw new ServiceError(409, 'nameAlreadyExists', `A duplicate field name "${name}" was found.`);
  }
  const types = FACETS.filter((facet) => isRecord(body[facet]));
  if (types.length > 1) throw badRequest(`The column '${name}' has more than one type facet.`);
  const type: ColumnType = types[0] ?? 'text';
  const indexed = body.indexed === true;
  const enforceUniqueValues = body.enforceUniqueValues === true;
  if (enforceUniqueValues && !indexed) {
    throw badRequest(`The column '${name}' must be indexed to enforce unique values.`);
  }
  return {
    id: newId(),
    name,
    displayName: typeof body.displayName === 'string' ? body.displayName : name,
    description: typeof body.description === 'string' ? body.description : '',
    type,
    facet: (body[type] as Record<string, unknown> | undefined) ?? {},
    indexed,
    enforceUniqueValues,
    required: body.required === true,
    hidden: body.hidden === true,
    readOnly: false,
  };
}

/** A GET's top-level `$select` on columnDefinitions (select-param.ts). */
const columnSelect = (request: ServiceRequest) =>
  parseSelectOf(request.query.get('$select'), 'microsoft.graph.columnDefinition', COLUMN_NAMES);

function getColumns(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  const list = requireList(request, context, params.site as string, params.list as string);
  const select = columnSelect(request);
  return {
    status: 200,
    body: {
      '@odata.context': `${request.baseUrl}/$metadata#sites('${list.siteId}')/lists('${list.id}')/columns${select ? `(${select.join(',')})` : ''}`,
      value: list.columns.map((c) => selectProps(columnJson(c), select)),
    },
  };
}

function createColumn(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  requireWriter(request.caller);
  const list = requireList(request, context, params.site as string, params.list as string);
  const column = columnFromBody(request.body, list.columns, context.newId);
  const updated: ListDoc = { ...list, columns: [...list.columns, column], modified: context.now().toISOString() };
  context.store.write((tx) => tx.put('list', list.id, updated));
  return {
    status: 201,
    body: {
      '@odata.context': `${request.baseUrl}/$metadata#sites('${list.siteId}')/lists('${list.id}')/columns/$entity`,
      ...columnJson(column),
    },
  };
}

function findColumn(list: ListDoc, key: string): ColumnDoc {
  const column = list.columns.find((c) => c.id === key || c.name.toLowerCase() === key.toLowerCase());
  if (!column) throw new ServiceError(404, 'itemNotFound', `Column '${key}' does not exist.`);
  return column;
}

function getColumn(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  const list = requireList(request, context, params.site as string, params.list as string);
  const select = columnSelect(request);
  return { status: 200, body: selectProps(columnJson(findColumn(list, params.column as string)), select) };
}

/** "Update columnDefinition": the settable flags and texts; a unique column must stay indexed. */
function updateColumn(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  requireWriter(request.caller);
  const list = requireList(request, context, params.site as string, params.list as string);
  const column = findColumn(list, params.column as string);
  if (column.readOnly) throw badRequest(`The column '${column.name}' cannot be changed.`);
  const body = isRecord(request.body) ? request.body : {};
  const flag = (name: 'indexed' | 'enforceUniqueValues' | 'required' | 'hidden'): boolean =>
    typeof body[name] === 'boolean' ? (body[name] as boolean) : column[name];
  const text = (name: 'displayName' | 'description'): string => (typeof body[name] === 'string' ? (body[name] as string) : column[name]);
  const updated: ColumnDoc = {
    ...column,
    indexed: flag('indexed'),
    enforceUniqueValues: flag('enforceUniqueValues'),
    required: flag('required'),
    hidden: flag('hidden'),
    displayName: text('displayName'),
    description: text('description'),
  };
  if (updated.enforceUniqueValues && !updated.indexed)
    throw badRequest(`The column '${column.name}' must be indexed to enforce unique values.`);
  const next: ListDoc = {
    ...list,
    columns: list.columns.map((c) => (c.id === column.id ? updated : c)),
    modified: context.now().toISOString(),
  };
  context.store.write((tx) => tx.put('list', list.id, next));
  return { status: 200, body: columnJson(updated) };
}

/** The column routes. */
export const columnRoutes: Route[] = [
  { method: 'GET', pattern: '/sites/:site/lists/:list/columns', handler: getColumns },
  { method: 'POST', pattern: '/sites/:site/lists/:list/columns', handler: createColumn },
  { method: 'GET', pattern: '/sites/:site/lists/:list/columns/:column', handler: getColumn },
  { method: 'PATCH', pattern: '/sites/:site/lists/:list/columns/:column', handler: updateColumn },
];
