/**
 * Moving and renaming a driveItem, creating a folder, and finding an item by its link, as Graph does:
 * - `PATCH …/items/{id}` (or `root:/path:`) with `parentReference` (`id` or `path`) and/or `name`; the
 *   conflict behavior comes in the query (`@microsoft.graph.conflictBehavior`, fail by default: 409
 *   nameAlreadyExists), a missing item or destination is 404 itemNotFound, the item keeps its id and
 *   its versions, and items cannot move between drives
 *   (https://learn.microsoft.com/graph/api/driveitem-move, https://learn.microsoft.com/graph/api/driveitem-update).
 * - `POST …/children` with `{ name, folder: {} }` (https://learn.microsoft.com/graph/api/driveitem-post-children).
 * - `GET /shares/u!{base64url of a link}/driveItem` (https://learn.microsoft.com/graph/api/shares-get).
 * A file's webUrl is its path (file-links.ts), so a move gives the file a new link and the old one
 * stops working. The old token-free links keep a per-file secret, renewed on a move for the same reason.
 */
import { randomUUID } from 'node:crypto';
import { requireWriter } from './auth';
import { ServiceError, notFound } from './errors';
import {
  DRIVE_ID,
  ITEM_KIND,
  VERSION_KIND,
  checkName,
  childNamed,
  conflictBehaviorOf,
  ensureFolders,
  itemAtPath,
  pathOf,
  requireVisible,
} from './drive-model';
import type { DriveItemDoc, FileVersionDoc } from './drive-model';
import type { ServiceContext, ServiceRequest, ServiceResponse } from './router';
import { itemJson } from './drive-json';
import { namesOfWebPath } from './file-links';
import { decodeSegment } from './router';

const MOVE_FIELDS = new Set(['name', 'parentReference', '@microsoft.graph.conflictBehavior']);

function bodyObject(request: ServiceRequest): Record<string, unknown> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body) || Buffer.isBuffer(body)) {
    throw new ServiceError(400, 'invalidRequest', 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** The folder a parentReference names, by id or by `/drive/root:/a/b` path. */
function destinationOf(request: ServiceRequest, context: ServiceContext, ref: unknown): DriveItemDoc {
  if (typeof ref !== 'object' || ref === null) throw new ServiceError(400, 'invalidRequest', 'parentReference must be an object.');
  const { id, path, driveId } = ref as Record<string, unknown>;
  if (driveId !== undefined && driveId !== DRIVE_ID) {
    throw new ServiceError(400, 'invalidRequest', 'Items cannot be moved between drives with this request.');
  }
  let folder: DriveItemDoc | undefined;
  if (typeof id === 'string') {
    folder = context.store.get<DriveItemDoc>(ITEM_KIND, id);
    if (folder) requireVisible(request, pathOf(context, folder));
  } else if (typeof path === 'string') {
    const inner = /^\/drive\/root:(.*)$/.exec(path)?.[1];
    if (inner === undefined) throw new ServiceError(400, 'invalidRequest', `The path '${path}' is not a drive path.`);
    folder = itemAtPath(request, context, inner.split('/').filter(Boolean));
  } else {
    throw new ServiceError(400, 'invalidRequest', 'parentReference needs an id or a path.');
  }
  if (!folder) throw notFound('The destination folder');
  if (!folder.folder) throw new ServiceError(400, 'invalidRequest', 'The destination is not a folder.');
  return folder;
}

/** `PATCH` of a driveItem: moves it under a new parent and/or renames it. */
export function patchItem(request: ServiceRequest, context: ServiceContext, item: DriveItemDoc): ServiceResponse {
  requireWriter(request.caller);
  const body = bodyObject(request);
  for (const key of Object.keys(body)) {
    if (!MOVE_FIELDS.has(key)) throw new ServiceError(400, 'invalidRequest', `The property '${key}' cannot be updated here.`);
  }
  if (item.parentId === null) throw new ServiceError(400, 'invalidRequest', 'The root cannot be moved or renamed.');
  const parent = body.parentReference === undefined ? undefined : destinationOf(request, context, body.parentReference);
  for (let at = parent; at; at = at.parentId === null ? undefined : context.store.get<DriveItemDoc>(ITEM_KIND, at.parentId)) {
    if (at.id === item.id) throw new ServiceError(400, 'invalidRequest', 'A folder cannot be moved into itself.');
  }
  const wanted = body.name === undefined ? item.name : body.name;
  if (typeof wanted !== 'string') throw new ServiceError(400, 'invalidRequest', 'name must be a string.');
  checkName(wanted);
  const parentId = parent?.id ?? item.parentId;
  const behavior = conflictBehaviorOf(request.query.get('@microsoft.graph.conflictBehavior') ?? 'fail');
  const moved = context.store.write((tx) => {
    let name = wanted;
    const existing = childNamed(context, parentId, name);
    if (existing && existing.id !== item.id) {
      if (behavior === 'fail' || (behavior === 'replace' && (existing.folder || item.folder))) {
        throw new ServiceError(409, 'nameAlreadyExists', `The name '${name}' already exists in the destination.`);
      }
      if (behavior === 'rename') {
        const dot = wanted.lastIndexOf('.');
        const [stem, ext] = dot > 0 && !item.folder ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
        for (let n = 1; childNamed(context, parentId, name); n += 1) name = `${stem} ${n}${ext}`;
      } else {
        tx.delete(ITEM_KIND, existing.id);
        for (const v of context.store.all<FileVersionDoc>(VERSION_KIND).filter((v) => v.itemId === existing.id)) {
          tx.delete(VERSION_KIND, `${v.itemId}.${v.version}`);
        }
      }
    }
    const relocated = parentId !== item.parentId || name !== item.name;
    // The link is the path in SharePoint: a moved file answers at a new one only (an old-form link too).
    const next: DriveItemDoc = { ...item, parentId, name, ...(relocated && !item.folder ? { secret: randomUUID() } : {}) };
    tx.put(ITEM_KIND, item.id, next);
    return next;
  });
  return { status: 200, body: itemJson(request, context, moved) };
}

/** `POST …/children` creating a folder (conflict behavior fail by default, in the body as Graph's sample). */
export function createFolder(request: ServiceRequest, context: ServiceContext, parent: DriveItemDoc): ServiceResponse {
  requireWriter(request.caller);
  if (!parent.folder) throw new ServiceError(400, 'invalidRequest', 'The item is not a folder.');
  const body = bodyObject(request);
  if (typeof body.name !== 'string' || typeof body.folder !== 'object' || body.folder === null) {
    throw new ServiceError(400, 'invalidRequest', 'Only a folder ({ name, folder: {} }) can be created here.');
  }
  checkName(body.name);
  const behavior = conflictBehaviorOf(body['@microsoft.graph.conflictBehavior'] ?? 'fail');
  const existing = childNamed(context, parent.id, body.name);
  if (existing && (behavior === 'fail' || !existing.folder)) {
    throw new ServiceError(409, 'nameAlreadyExists', `The name '${body.name}' already exists.`);
  }
  const names = [...pathOf(context, parent), body.name];
  const folder = existing ?? context.store.write((tx) => ensureFolders(tx, context, request.caller, names));
  return { status: existing ? 200 : 201, body: itemJson(request, context, folder) };
}

/**
 * The item a link names: `u!` and the link in unpadded base64url, as Graph encodes a sharing URL.
 * A file's webUrl is resolved by its path, as SharePoint resolves a plain link to an item (so a
 * moved file's old link is 404); a link of the old `/_punkt/files/{id}/{secret}` form still names
 * its file. Either way the caller's read rights come first.
 */
export function sharedItem(request: ServiceRequest, context: ServiceContext, token: string): ServiceResponse {
  if (!token.startsWith('u!')) throw notFound('The sharing token');
  const link = Buffer.from(token.slice(2), 'base64url')
    .toString('utf8')
    .replace(/[?#].*$/, '');
  const web = /\/_punkt\/(sites\/[^?#]+)$/.exec(link);
  const names = web ? namesOfWebPath((web[1] as string).split('/')) : null;
  let item: DriveItemDoc | undefined;
  if (names !== null && names.length > 0) {
    item = itemAtPath(request, context, names);
  } else {
    const legacy = /\/_punkt\/files\/([^/]+)\/([^/]+)$/.exec(link);
    item = legacy ? context.store.get<DriveItemDoc>(ITEM_KIND, decodeSegment(legacy[1] as string)) : undefined;
    if (item?.secret !== (legacy ? decodeSegment(legacy[2] as string) : undefined)) item = undefined;
    if (item) requireVisible(request, pathOf(context, item));
  }
  if (!item || item.folder) throw notFound('The shared item');
  return { status: 200, body: itemJson(request, context, item) };
}
