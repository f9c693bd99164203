/**
 * How the drive's resources look on the wire: the drive and its driveItems, as Graph writes them
 * (https://learn.microsoft.com/graph/api/resources/driveitem, .../resources/drive).
 */
import { DRIVE_ID, childrenOf, isRestricted, pathOf } from './drive-model';
import type { DriveItemDoc } from './drive-model';
import { downloadUrlOf, webUrlOf } from './file-links';
import type { ServiceContext, ServiceRequest } from './router';

export const iso = (stamp: string): string => stamp.replace(/\.\d{3}Z$/, 'Z');

/** A driveItem as Graph writes it. */
export function itemJson(request: ServiceRequest, context: ServiceContext, item: DriveItemDoc): Record<string, unknown> {
  const names = pathOf(context, item);
  const parentPath = `/drive/root:${names.length > 1 ? `/${names.slice(0, -1).join('/')}` : ''}`;
  const base: Record<string, unknown> = {
    id: item.id,
    name: item.name,
    eTag: `"{${item.id}},${item.version}"`,
    cTag: `"c:{${item.id}},${item.version}"`,
    createdDateTime: iso(item.created),
    lastModifiedDateTime: iso(item.modified),
    size: item.size,
    createdBy: { user: item.createdBy },
    lastModifiedBy: { user: item.modifiedBy },
    parentReference:
      item.parentId === null
        ? { driveId: DRIVE_ID, driveType: 'documentLibrary' }
        : { driveId: DRIVE_ID, driveType: 'documentLibrary', id: item.parentId, path: parentPath },
  };
  if (item.folder) {
    const visible = childrenOf(context, item.id).filter((c) => !(request.caller.readOnly && isRestricted(pathOf(context, c))));
    return {
      ...base,
      // Path-based under the service like a file's, and opened the same way (web-links.ts).
      webUrl: webUrlOf(request, names),
      folder: { childCount: visible.length },
      ...(item.parentId === null ? { root: {} } : {}),
    };
  }
  // Two addresses, as SharePoint's (file-links.ts): the path-based web address that needs a
  // signed-in user with rights, and a short-lived download URL that needs no token.
  return {
    ...base,
    webUrl: webUrlOf(request, names),
    '@microsoft.graph.downloadUrl': downloadUrlOf(request, context.now(), item.id),
    file: { mimeType: item.mimeType },
  };
}

/** The drive resource (https://learn.microsoft.com/graph/api/drive-get). */
export function driveJson(request: ServiceRequest) {
  return {
    id: DRIVE_ID,
    driveType: 'documentLibrary',
    name: 'Dokumenter',
    // The library's address: its root folder's.
    webUrl: webUrlOf(request, []),
    '@odata.context': `${request.baseUrl}/$metadata#drives/$entity`,
  };
}
