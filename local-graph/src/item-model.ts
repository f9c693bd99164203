/**
 * List items as stored and as Graph shows them (`listItem` with its `fields`), plus the field
 * rules SharePoint applies on write: known columns only, values of the column's type, unique
 * columns unique. Docs: "Get listItem", "Create a new entry in a SharePoint list".
 */
import type { Caller } from './auth';
import { ServiceError, badRequest } from './errors';
import type { ColumnDoc, ListDoc } from './list-model';
import type { DocumentStore } from './store';

/** A list item as stored. */
export interface ItemDoc {
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  createdBy: { id: string; displayName: string; email: string };
  modifiedBy: { id: string; displayName: string; email: string };
  fields: Record<string, unknown>;
}

/** The store kind that holds one list's items. */
export const itemKind = (list: ListDoc): string => `item:${list.id}`;

/** SharePoint's ETag form: `"{guid},{version}"`, quotes included. */
export const etagOf = (item: ItemDoc): string => `"${item.guid},${item.version}"`;

/**
 * True when an If-Match value names the item's current version; `*` always does. Quotes and a
 * weak prefix are ignored. (A list of ETags is not supported: SharePoint's own ETags contain commas.)
 */
export function etagMatches(ifMatch: string, item: ItemDoc): boolean {
  const bare = (value: string): string =>
    value
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1');
  return ifMatch.trim() === '*' || bare(ifMatch) === bare(etagOf(item));
}

const SECONDS = (iso: string): string => iso.replace(/\.\d{3}Z$/, 'Z');

/** Every field of an item as Graph returns it, system fields included. */
export function allFields(list: ListDoc, item: ItemDoc): Record<string, unknown> {
  const fields: Record<string, unknown> = { '@odata.etag': etagOf(item) };
  for (const column of list.columns) {
    if (['ID', 'Created', 'Modified'].includes(column.name)) continue;
    if (item.fields[column.name] !== undefined && item.fields[column.name] !== null) fields[column.name] = item.fields[column.name];
  }
  return {
    ...fields,
    id: String(item.id),
    ContentType: 'Item',
    Modified: SECONDS(item.modified),
    Created: SECONDS(item.created),
    AuthorLookupId: '6',
    EditorLookupId: '6',
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
  };
}

/** The fields object, limited to `$select` names when given (Graph keeps @odata.etag). */
export function fieldsJson(list: ListDoc, item: ItemDoc, select: string[] | null): Record<string, unknown> {
  const fields = allFields(list, item);
  if (!select) return fields;
  const picked: Record<string, unknown> = { '@odata.etag': fields['@odata.etag'] };
  for (const name of select) {
    const key = name === 'ID' ? 'id' : name;
    if (fields[key] !== undefined) picked[key] = fields[key];
  }
  return picked;
}

/** Graph's listItem resource; `fields` only when expanded (or after a create). */
export function itemJson(list: ListDoc, item: ItemDoc, fields: Record<string, unknown> | null): Record<string, unknown> {
  const user = (u: ItemDoc['createdBy']) => ({ user: { email: u.email, id: u.id, displayName: u.displayName } });
  const json: Record<string, unknown> = {
    '@odata.etag': etagOf(item),
    createdDateTime: SECONDS(item.created),
    eTag: etagOf(item),
    id: String(item.id),
    lastModifiedDateTime: SECONDS(item.modified),
    webUrl: `https://punkt-demo.local/Lists/${list.name}/${item.id}_.000`,
    createdBy: user(item.createdBy),
    lastModifiedBy: user(item.modifiedBy),
    parentReference: { id: list.id, siteId: list.siteId },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (fields) json.fields = fields;
  return json;
}

function coerce(column: ColumnDoc, value: unknown): unknown {
  if (value === null) return null;
  const wrong = (): ServiceError => badRequest(`The value for the field '${column.name}' is not a valid ${column.type}.`);
  switch (column.type) {
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw wrong();
      return n;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw wrong();
    case 'dateTime': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw wrong();
      return SECONDS(new Date(value).toISOString());
    }
    default: {
      if (typeof value === 'object') throw wrong();
      const text = String(value);
      const max = singleLineMax(column);
      if (max !== null && text.length > max) {
        // SharePoint's own words for it; the field and the limit are added so the caller can tell which.
        throw badRequest(
          `Invalid text value. A text field contains invalid data. Please check the value and try again. The field '${column.name}' takes at most ${max} characters; the value has ${text.length}.`,
        );
      }
      return text;
    }
  }
}

/**
 * The most characters a single line of text takes: its `maxLength`, which SharePoint caps at 255
 * (FieldText.MaxLength, https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee541910(v=office.14);
 * Graph's textColumn.maxLength, https://learn.microsoft.com/graph/api/resources/textcolumn).
 * Null for multiple lines of text and other types. Lengths are UTF-16 units, as in .NET.
 */
function singleLineMax(column: ColumnDoc): number | null {
  if (column.type !== 'text' || column.facet.allowMultipleLines === true) return null;
  const given = column.facet.maxLength;
  return typeof given === 'number' && Number.isInteger(given) && given >= 1 ? Math.min(given, 255) : 255;
}

/** Validates written fields against the list's columns; returns them with stored types. */
export function coerceFields(list: ListDoc, body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The fields must be a JSON object.');
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (name.startsWith('@odata.')) continue;
    const column = list.columns.find((c) => c.name === name);
    if (!column) throw badRequest(`Field '${name}' is not recognized`);
    if (column.readOnly) throw badRequest(`Field '${name}' is read-only`);
    out[name] = coerce(column, value);
  }
  return out;
}

/** Rejects a write that would give a unique column a value another item already has (409). */
export function checkUnique(store: DocumentStore, list: ListDoc, itemId: number | null, fields: Record<string, unknown>): void {
  const clashes = list.columns.filter(
    (c) =>
      c.enforceUniqueValues &&
      fields[c.name] !== undefined &&
      fields[c.name] !== null &&
      store.all<ItemDoc>(itemKind(list)).some((other) => other.id !== itemId && other.fields[c.name] === fields[c.name]),
  );
  if (clashes.length > 0) {
    throw new ServiceError(
      409,
      'nameAlreadyExists',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashes.map((c) => c.name).join(', ')}].`,
    );
  }
}

/** The author stamp for a write. */
export const stamp = (caller: Caller) => ({ id: caller.id, displayName: caller.displayName, email: caller.email });
