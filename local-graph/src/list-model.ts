/**
 * The shapes the service stores for SharePoint sites, lists and columns, and how they look on the
 * wire (Graph's `list` and `columnDefinition` resources). Items are in item-model.ts.
 */
import type { ServiceContext, ServiceRequest } from './router';
import { ServiceError, accessDenied, notFound } from './errors';

/** The one site the service hosts. */
export const SITE_ID = 'punkt-demo';
/** The list a read-only user may not read (the content of closed agenda items). */
export const RESTRICTED_LIST = 'PunktClosedItems';
/** SharePoint's list view threshold: above it, filters must use indexed columns. */
export const LIST_VIEW_THRESHOLD = 5000;

export type ColumnType = 'text' | 'number' | 'boolean' | 'dateTime' | 'choice' | 'note';

/** A column as stored. */
export interface ColumnDoc {
  id: string;
  name: string;
  displayName: string;
  description: string;
  type: ColumnType;
  /** The type facet as given (e.g. `{ allowMultipleLines: false }` for text). */
  facet: Record<string, unknown>;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
}

/** A list as stored. */
export interface ListDoc {
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  nextItemId: number;
  columns: ColumnDoc[];
}

export const FACETS: ColumnType[] = ['text', 'number', 'boolean', 'dateTime', 'choice', 'note'];

/** Built-in columns every generic list has; ID/Created/Modified are read-only. */
export function builtInColumns(newId: () => string): ColumnDoc[] {
  const column = (name: string, type: ColumnType, readOnly: boolean, indexed: boolean): ColumnDoc => ({
    id: newId(),
    name,
    displayName: name === 'ID' ? 'ID' : name,
    description: '',
    type,
    facet: {},
    indexed,
    enforceUniqueValues: false,
    required: false,
    hidden: false,
    readOnly,
  });
  return [
    column('Title', 'text', false, false),
    column('ID', 'number', true, true),
    column('Created', 'dateTime', true, false),
    column('Modified', 'dateTime', true, false),
  ];
}

/** Graph's columnDefinition for a stored column. */
export function columnJson(column: ColumnDoc): Record<string, unknown> {
  return {
    columnGroup: 'Custom Columns',
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    [column.type]: column.facet,
  };
}

/** Graph's list resource for a stored list. */
export function listJson(list: ListDoc): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.id},${list.columns.length}"`,
    createdDateTime: list.created,
    description: list.description,
    eTag: `"${list.id},${list.columns.length}"`,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: `https://punkt-demo.local/Lists/${list.name}`,
    displayName: list.displayName,
    parentReference: { siteId: list.siteId },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

/** Checks the site id; only `punkt-demo` exists. */
export function requireSite(siteId: string): void {
  if (siteId !== SITE_ID) throw notFound(`The site '${siteId}'`);
}

/** Finds a list by id, displayName or name (Graph accepts the title in place of the id). */
export function findList(context: ServiceContext, siteId: string, key: string): ListDoc | undefined {
  const lower = key.toLowerCase();
  return context.store
    .all<ListDoc>('list')
    .find((l) => l.siteId === siteId && (l.id === key || l.displayName.toLowerCase() === lower || l.name.toLowerCase() === lower));
}

/** The list a request addresses, enforcing the reader's restriction on PunktClosedItems. */
export function requireList(request: ServiceRequest, context: ServiceContext, siteId: string, key: string): ListDoc {
  requireSite(siteId);
  const list = findList(context, siteId, key);
  if (!list) throw new ServiceError(404, 'itemNotFound', `List '${key}' does not exist at site with URL 'https://punkt-demo.local'.`);
  if (request.caller.readOnly && list.displayName === RESTRICTED_LIST) throw accessDenied();
  return list;
}
