/**
 * Sites and lists: `GET /sites/{id}`, `GET|POST /sites/{id}/lists`, `GET /sites/{id}/lists/{list}`.
 * Each GET honours a top-level `$select` (select-param.ts).
 * Docs: "Get a site resource", "Get lists in a site", "Create a new list", "Get metadata for a list".
 */
import { requireWriter } from './auth';
import { ServiceError, badRequest } from './errors';
import { parseFilterParam } from './filter-param';
import { filterPaths } from './odata-filter';
import { evaluateFilter } from './odata-evaluate';
import { columnFromBody, isRecord } from './columns-routes';
import type { ListDoc } from './list-model';
import { SITE_ID, builtInColumns, columnJson, findList, listJson, requireList, requireSite } from './list-model';
import type { Route, ServiceContext, ServiceRequest } from './router';
import { parseSelectOf, selectProps } from './select-param';
import { LIST_NAMES, SITE_NAMES } from './entity-properties';

/** `$select` on a site or list (select-param.ts); the context URL names the selection, as for items. */
const selectOf = (request: ServiceRequest, type: 'site' | 'list') =>
  parseSelectOf(request.query.get('$select'), `microsoft.graph.${type}`, type === 'site' ? SITE_NAMES : LIST_NAMES);
const projection = (select: string[] | null) => (select ? `(${select.join(',')})` : '');

function getSite(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  requireSite(params.site as string);
  const select = selectOf(request, 'site');
  const created = context.store.all<ListDoc>('list')[0]?.created ?? '2024-01-01T00:00:00Z';
  return {
    status: 200,
    body: selectProps(
      {
        '@odata.context': `${request.baseUrl}/$metadata#sites${projection(select)}/$entity`,
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
      select,
    ),
  };
}

function getLists(request: ServiceRequest, params: Record<string, string>, context: ServiceContext) {
  const siteId = params.site as string;
  requireSite(siteId);
  const select = selectOf(request, 'list');
  let lists = context.store
    .all<ListDoc>('list')
    .filter((l) => l.siteId === siteId)
    .map(listJson);
  const filter = request.query.get('$filter');
  if (filter !== null) {
    const expr = parseFilterParam(filter);
    const known = new Set(['displayName', 'name', 'id', 'description', 'createdDateTime', 'lastModifiedDateTime']);
    const unknown = filterPaths(expr).find((p) => !known.has(p));
    if (unknown) throw badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.list'.`);
    lists = lists.filter((l) => evaluateFilter(expr, (p) => l[p]));
  }
  return {
    status: 200,
    body: {
      '@odata.context': `${request.baseUrl}/$metadata#sites('${siteId}')/lists${projection(select)}`,
      value: lists.map((l) => selectProps(l, select)),
    },
  };
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
    throw new ServiceError(
      409,
      'nameAlreadyExists',
      `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`,
    );
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
  const select = selectOf(request, 'list');
  const body: Record<string, unknown> = {
    '@odata.context': `${request.baseUrl}/$metadata#sites('${list.siteId}')/lists${projection(select)}/$entity`,
    ...listJson(list),
  };
  if (/\bcolumns\b/.test(request.query.get('$expand') ?? '')) body.columns = list.columns.map(columnJson);
  // An expanded columns comes whatever $select names.
  return { status: 200, body: selectProps(body, select, ['columns']) };
}

/** The site and list routes. */
export const listRoutes: Route[] = [
  { method: 'GET', pattern: '/sites/:site', handler: getSite },
  { method: 'GET', pattern: '/sites/:site/lists', handler: getLists },
  { method: 'POST', pattern: '/sites/:site/lists', handler: createList },
  { method: 'GET', pattern: '/sites/:site/lists/:list', handler: getList },
];
