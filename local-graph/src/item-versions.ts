/**
 * Version history of list items, as SharePoint Online keeps it by default: every create and every
 * update of the fields is a version, and anyone who may read the item may read its versions
 * (`GET …/items/{id}/versions`, with `$expand=fields` for each version's values). Punkt relies on
 * this being a back door for a closed punkt's content, so the local service must show it.
 * Docs: https://learn.microsoft.com/graph/api/listitem-list-versions,
 * https://learn.microsoft.com/graph/api/resources/listitemversion,
 * https://learn.microsoft.com/graph/api/listitemversion-get
 */
import { notFound } from './errors';
import { allFields, itemKind } from './item-model';
import type { ItemDoc } from './item-model';
import { requireList } from './list-model';
import type { ListDoc } from './list-model';
import type { DocumentStore, Transaction } from './store';
import type { Route, ServiceContext, ServiceRequest, ServiceResponse } from './router';

/** One recorded version: the item as it was after a write. */
interface VersionDoc {
  itemId: number;
  item: ItemDoc;
}

const versionKind = (list: ListDoc): string => `version:${list.id}`;

/** Records `item` (as just written) as a version of itself, in the write's own transaction. */
export function recordVersion(tx: Transaction, list: ListDoc, item: ItemDoc): void {
  tx.put(versionKind(list), `${item.id}.${item.version}`, { itemId: item.id, item } satisfies VersionDoc);
}

/** Drops an item's versions with the item (SharePoint moves both to the recycle bin together). */
export function dropVersions(tx: Transaction, store: DocumentStore, list: ListDoc, itemId: number): void {
  for (const doc of store.all<VersionDoc>(versionKind(list))) {
    if (doc.itemId === itemId) tx.delete(versionKind(list), `${doc.itemId}.${doc.item.version}`);
  }
}

/** The item's versions, newest first; an item written before versions were recorded has its current one. */
function versionsOf(context: ServiceContext, list: ListDoc, itemId: string): ItemDoc[] {
  const item = /^\d+$/.test(itemId) ? context.store.get<ItemDoc>(itemKind(list), itemId) : undefined;
  if (!item) throw notFound(`The item '${itemId}'`);
  const recorded = context.store
    .all<VersionDoc>(versionKind(list))
    .filter((v) => String(v.itemId) === itemId)
    .map((v) => v.item);
  const all = recorded.some((v) => v.version === item.version) ? recorded : [...recorded, item];
  return all.sort((a, b) => b.version - a.version);
}

function versionJson(list: ListDoc, version: ItemDoc, withFields: boolean): Record<string, unknown> {
  const u = version.modifiedBy;
  return {
    id: `${version.version}.0`,
    lastModifiedDateTime: version.modified.replace(/\.\d{3}Z$/, 'Z'),
    lastModifiedBy: { user: { email: u.email, id: u.id, displayName: u.displayName } },
    published: { level: 'published', versionId: `${version.version}.0` },
    ...(withFields ? { fields: allFields(list, version) } : {}),
  };
}

const expandsFields = (request: ServiceRequest): boolean => /^fields\b/i.test(request.query.get('$expand') ?? '');

function listVersions(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  const list = requireList(request, context, params.site as string, params.list as string);
  const versions = versionsOf(context, list, params.item as string);
  return { status: 200, body: { value: versions.map((v) => versionJson(list, v, expandsFields(request))) } };
}

function findVersion(
  request: ServiceRequest,
  params: Record<string, string>,
  context: ServiceContext,
): { list: ListDoc; version: ItemDoc } {
  const list = requireList(request, context, params.site as string, params.list as string);
  const version = versionsOf(context, list, params.item as string).find((v) => `${v.version}.0` === params.version);
  if (!version) throw notFound(`The version '${params.version}'`);
  return { list, version };
}

const BASE = '/sites/:site/lists/:list/items/:item/versions';

/** The version routes (read-only; restoring a version is not modelled). */
export const itemVersionRoutes: Route[] = [
  { method: 'GET', pattern: BASE, handler: listVersions },
  {
    method: 'GET',
    pattern: `${BASE}/:version`,
    handler: (request, params, context) => {
      const { list, version } = findVersion(request, params, context);
      return { status: 200, body: versionJson(list, version, expandsFields(request)) };
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/:version/fields`,
    handler: (request, params, context) => {
      const { list, version } = findVersion(request, params, context);
      return { status: 200, body: allFields(list, version) };
    },
  },
];
