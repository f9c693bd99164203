/**
 * Sites, lists and columns: `GET /sites/{id}`, `GET|POST /sites/{id}/lists`,
 * `GET /sites/{id}/lists/{list}`, `GET|POST /sites/{id}/lists/{list}/columns`.
 * Docs: "Get a site resource", "Get lists in a site", "Create a new list", "Create a columnDefinition".
 */
import { requireWriter } from './auth';
import { ServiceError, badRequest } from './errors';
import { filterPaths, parseFilter, FilterSyntaxError } from './odata-filter';
import { evaluateFilter } from './odata-evaluate';
import type { ColumnDoc, ColumnType, ListDoc } from './list-model';
import { FACETS, SITE_ID, builtInColumns, columnJson, findList, listJson, requireList, requireSite } from './list-model';
import type { Route, ServiceContext, ServiceRequest } from './router';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
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

function getSite(_request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  requireSite(params.site as string);
  const created = context.store.all<ListDoc>('list')[0]?.created ?? '2024-01-01T00:00:00Z';
  return {
    status: 200,
    body: {
      '@odata.context': `${_request.baseUrl}/$metadata#sites/$entity`,
      createdDateTime: created,
      description: 'Punkt demo site (local Graph-compatible service)',
      id: SITE_ID,
      lastModifiedDateTime: context.now().toISOString(),
      name: 'punkt-demo',
      webUrl: 'https://punkt-demo.local',
      displayName: 'Punkt demo',
      root: {},
      siteCollection: { hostname: 'punkt-demo.local' },
    },
  };
}

function getLists(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  const siteId = params.site as string;
  requireSite(siteId);
  let lists = context.store.all<ListDoc>('list').filter((l) => l.siteId === siteId).map(listJson);
  const filter = request.query.get('$filter');
  if (filter !== null) {
    let expr;
    try {
      expr = parseFilter(filter);
    } catch (error) {
      if (error instanceof FilterSyntaxError) throw badRequest(`Invalid filter clause: ${error.message}`);
      throw error;
    }
    const known = new Set(['displayName', 'name', 'id', 'description', 'createdDateTime', 'lastModifiedDateTime']);
    const unknown = filterPaths(expr).find((p) => !known.has(p));
    if (unknown) throw badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.list'.`);
    lists = lists.filter((l) => evaluateFilter(expr, (p) => l[p]));
  }
  return { status: 200, body: { '@odata.context': `${request.baseUrl}/$metadata#sites('${siteId}')/lists`, value: lists } };
}

function createList(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  requireWriter(request.caller);
  const siteId = params.site as string;
  requireSite(siteId);
  const body = request.body;
  if (!isRecord(body) || typeof body.displayName !== 'string' || body.displayName.trim() === '') {
    throw badRequest("A list needs a 'displayName'.");
  }
  const displayName = body.displayName;
  if (findList(context, siteId, displayName)) {
    throw new ServiceError(409, 'nameAlreadyExists', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
  }
  const columns = builtInColumns(context.newId);
  for (const column of Array.isArray(body.columns) ? body.columns : []) columns.push(columnFromBody(column, columns, context.newId));
  const template = isRecord(body.list) && typeof body.list.template === 'string' ? body.list.template : 'genericList';
  const now = context.now().toISOString();
  const list: ListDoc = {
    id: context.newId(),
    siteId,
    name: displayName.replace(/[^A-Za-z0-9_]/g, ''),
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    template,
    created: now,
    modified: now,
    nextItemId: 1,
    columns,
  };
  context.store.write((tx) => tx.put('list', list.id, list));
  return {
    status: 201,
    body: { '@odata.context': `${request.baseUrl}/$metadata#sites('${siteId}')/lists/$entity`, ...listJson(list) },
  };
}

function getList(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  const list = requireList(request, context, params.site as string, params.list as string);
  const body: Record<string, unknown> = { '@odata.context': `${request.baseUrl}/$metadata#sites('${list.siteId}')/lists/$entity`, ...listJson(list) };
  if (/\bcolumns\b/.test(request.query.get('$expand') ?? '')) body.columns = list.columns.map(columnJson);
  return { status: 200, body };
}

function getColumns(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  const list = requireList(request, context, params.site as string, params.list as string);
  return {
    status: 200,
    body: { '@odata.context': `${request.baseUrl}/$metadata#sites('${list.siteId}')/lists('${list.id}')/columns`, value: list.columns.map(columnJson) },
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
    body: { '@odata.context': `${request.baseUrl}/$metadata#sites('${list.siteId}')/lists('${list.id}')/columns/$entity`, ...columnJson(column) },
  };
}

/** The site, list and column routes. */
export const listRoutes: Route[] = [
  { method: 'GET', pattern: '/sites/:site', handler: getSite },
  { method: 'GET', pattern: '/sites/:site/lists', handler: getLists },
  { method: 'POST', pattern: '/sites/:site/lists', handler: createList },
  { method: 'GET', pattern: '/sites/:site/lists/:list', handler: getList },
  { method: 'GET', pattern: '/sites/:site/lists/:list/columns', handler: getColumns },
  { method: 'POST', pattern: '/sites/:site/lists/:list/columns', handler: createColumn },
];
