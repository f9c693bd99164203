/**
 * The site's document library: `GET /sites/{site}/drive`, items by path (`root:/a/b.docx:`) and by
 * id, `PUT …:/content` (simple upload), `POST …:/createUploadSession`, `GET …/children`,
 * `GET …/versions`, `GET …/content` (the drive, items, children and shares with a top-level `$select`), and (drive-move.ts) `PATCH` to move or rename, `POST …/children`
 * for a folder and `GET /shares/{token}/driveItem`. Paths with `:` do not fit the router's fixed patterns, so
 * `routeDrive` reads them itself and answers null for any other path.
 * Docs: https://learn.microsoft.com/graph/api/driveitem-put-content,
 * https://learn.microsoft.com/graph/api/driveitem-createuploadsession,
 * https://learn.microsoft.com/graph/api/driveitem-list-children,
 * https://learn.microsoft.com/graph/api/driveitem-list-versions,
 * https://learn.microsoft.com/graph/api/driveitem-get-content,
 * https://learn.microsoft.com/graph/onedrive-addressing-driveitems
 */
import { requireWriter } from './auth';
import { ServiceError, notFound } from './errors';
import {
  ITEM_KIND,
  VERSION_KIND,
  childrenOf,
  conflictBehaviorOf,
  isRestricted,
  itemAtPath,
  pathOf,
  requireVisible,
  rootOf,
  writeFile,
} from './drive-model';
import type { DriveItemDoc, FileVersionDoc } from './drive-model';
import { requireSite } from './list-model';
import { decodeSegment } from './router';
import type { ServiceContext, ServiceRequest, ServiceResponse } from './router';
import { driveJson, iso, itemJson } from './drive-json';
import { downloadUrlOf } from './file-links';
import { createUploadSession } from './upload-sessions';
import { createFolder, patchItem, sharedItem } from './drive-move';
import { DRIVE_ITEM_NAMES, DRIVE_NAMES } from './entity-properties';
import { parseSelectOf, selectProps } from './select-param';

/** A GET's top-level `$select` on driveItems (select-param.ts). */
const itemSelect = (request: ServiceRequest) => parseSelectOf(request.query.get('$select'), 'microsoft.graph.driveItem', DRIVE_ITEM_NAMES);

/** A 200 whose driveItem body is limited to `$select`. */
function selectedItem(request: ServiceRequest, response: ServiceResponse): ServiceResponse {
  return { ...response, body: selectProps(response.body as Record<string, unknown>, itemSelect(request)) };
}

/** Where a drive request points: an item (by path or id) and what is asked of it. */
interface Target {
  item: DriveItemDoc | undefined;
  names: string[] | null;
  action: string;
}

const PATH_ACTIONS = ['content', 'createUploadSession', 'children'];

/** Reads `root`, `root/children`, `root:/a/b:`, `root:/a/b:/content`, `items/{id}/…`. */
function targetOf(request: ServiceRequest, context: ServiceContext, rest: string): Target {
  if (rest === '' || rest === '/root' || rest === '/root/children') {
    return { item: rootOf(context), names: [], action: rest === '/root/children' ? 'children' : rest === '' ? 'drive' : '' };
  }
  const byPath = /^\/root:(.*)$/.exec(rest);
  if (byPath) {
    let inner = byPath[1] as string;
    let action = '';
    const withAction = /^(.*):\/([^/:]+)$/.exec(inner);
    if (withAction && PATH_ACTIONS.includes(withAction[2] as string)) [, inner, action] = withAction as unknown as [string, string, string];
    else if (inner.endsWith(':')) inner = inner.slice(0, -1);
    else if (withAction) throw new ServiceError(400, 'invalidRequest', `Unknown action '${withAction[2]}' on a driveItem.`);
    const names = inner.split('/').filter(Boolean).map(decodeSegment);
    return { item: itemAtPath(request, context, names), names, action };
  }
  const byId = /^\/items\/([^/]+)(?:\/([^/]+))?$/.exec(rest);
  if (byId) {
    const id = decodeSegment(byId[1] as string);
    const item = id === 'root' ? rootOf(context) : context.store.get<DriveItemDoc>(ITEM_KIND, id);
    if (!item) throw notFound(`The item '${id}'`);
    const names = pathOf(context, item);
    requireVisible(request, names);
    return { item, names, action: byId[2] ?? '' };
  }
  throw new ServiceError(400, 'BadRequest', `Resource not found for the segment '${rest.split('/').filter(Boolean)[0] ?? ''}'.`);
}

function methodNotAllowed(request: ServiceRequest): never {
  throw new ServiceError(405, 'Request_BadRequest', `The ${request.method} method is not supported for ${request.path}.`);
}

function requireItem(target: Target): DriveItemDoc {
  if (!target.item) throw notFound('The resource');
  return target.item;
}

function children(request: ServiceRequest, context: ServiceContext, folder: DriveItemDoc): ServiceResponse {
  const select = itemSelect(request);
  if (!folder.folder) throw new ServiceError(400, 'invalidRequest', 'The item is not a folder.');
  const value = childrenOf(context, folder.id)
    .filter((c) => !(request.caller.readOnly && isRestricted(pathOf(context, c))))
    .map((c) => selectProps(itemJson(request, context, c), select));
  return { status: 200, body: { value } };
}

function versions(request: ServiceRequest, context: ServiceContext, file: DriveItemDoc): ServiceResponse {
  if (file.folder) throw new ServiceError(400, 'invalidRequest', 'Folders have no versions.');
  const earlier = context.store.all<FileVersionDoc>(VERSION_KIND).filter((v) => v.itemId === file.id);
  const all = [
    { version: file.version, modified: file.modified, modifiedBy: file.modifiedBy, size: file.size },
    ...earlier.sort((a, b) => b.version - a.version),
  ];
  const value = all.map((v) => ({
    id: `${v.version}.0`,
    lastModifiedDateTime: iso(v.modified),
    lastModifiedBy: { user: v.modifiedBy },
    size: v.size,
  }));
  return { status: 200, body: { value } };
}

function putContent(request: ServiceRequest, context: ServiceContext, names: string[] | null): ServiceResponse {
  requireWriter(request.caller);
  if (names === null || names.length === 0) throw new ServiceError(400, 'invalidRequest', 'The root cannot be written as a file.');
  if (!Buffer.isBuffer(request.body) && request.body !== undefined) {
    throw new ServiceError(400, 'invalidRequest', "The content must be the file's bytes, not JSON.");
  }
  const bytes = request.body ?? Buffer.alloc(0);
  const behavior = conflictBehaviorOf(request.query.get('@microsoft.graph.conflictBehavior') ?? undefined);
  const { item, created } = writeFile(context, request.caller, names, bytes, behavior);
  return { status: created ? 201 : 200, body: itemJson(request, context, item) };
}

/**
 * Answers a drive request (`/sites/{site}/drive…`), or null when the path is not one. The path is
 * still percent-encoded here; each segment is decoded once.
 */
export function routeDrive(request: ServiceRequest, context: ServiceContext): ServiceResponse | null {
  const shared = /^\/shares\/([^/]+)\/driveItem$/i.exec(request.path);
  if (shared) {
    if (request.method !== 'GET') methodNotAllowed(request);
    return selectedItem(request, sharedItem(request, context, decodeSegment(shared[1] as string)));
  }
  const match = /^\/sites\/([^/]+)\/drive(\/.*)?$/i.exec(request.path);
  if (!match) return null;
  requireSite(decodeSegment(match[1] as string));
  const target = targetOf(request, context, match[2] ?? '');
  const { method } = request;
  switch (target.action) {
    case 'drive':
      if (method !== 'GET') methodNotAllowed(request);
      return {
        status: 200,
        body: selectProps(driveJson(request), parseSelectOf(request.query.get('$select'), 'microsoft.graph.drive', DRIVE_NAMES)),
      };
    case '':
      if (method === 'PATCH') return patchItem(request, context, requireItem(target));
      if (method !== 'GET') methodNotAllowed(request);
      return selectedItem(request, { status: 200, body: itemJson(request, context, requireItem(target)) });
    case 'children':
      if (method === 'POST') return createFolder(request, context, requireItem(target));
      if (method !== 'GET') methodNotAllowed(request);
      return children(request, context, requireItem(target));
    case 'versions':
      if (method !== 'GET') methodNotAllowed(request);
      return versions(request, context, requireItem(target));
    case 'content': {
      if (method === 'PUT') return putContent(request, context, target.names);
      if (method !== 'GET') methodNotAllowed(request);
      const file = requireItem(target);
      if (file.folder) throw new ServiceError(400, 'invalidRequest', 'A folder has no content.');
      // Graph answers 302 with the pre-authenticated download URL.
      return { status: 302, headers: { location: downloadUrlOf(request, context.now(), file.id) } };
    }
    case 'createUploadSession':
      if (method !== 'POST') methodNotAllowed(request);
      return createUploadSession(request, context, target.names ?? [], target.item);
    default:
      throw new ServiceError(400, 'BadRequest', `Resource not found for the segment '${target.action}'.`);
  }
}
