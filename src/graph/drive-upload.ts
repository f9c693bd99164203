/**
 * Writing a file into the forum site's document library by path, shared by the referat library
 * and the Bilag library.
 * - Up to 4 MB: `PUT /sites/{site-id}/drive/root:/{path}:/content`
 *   (https://learn.microsoft.com/graph/api/driveitem-put-content).
 * - Larger: `POST …:/createUploadSession`, then ranged PUTs to the uploadUrl without the token, in
 *   fragments of a multiple of 320 KiB (https://learn.microsoft.com/graph/api/driveitem-createuploadsession).
 * - Conflicts: `@microsoft.graph.conflictBehavior` replace or rename
 *   (https://learn.microsoft.com/graph/api/resources/driveitem#instance-attributes).
 */
import type { GraphClient } from './client';
import { GraphError } from './errors';

/** Graph's limit for a simple upload in Punkt's contract; larger files go through an upload session. */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** 10 × 320 KiB: Graph wants multiples of 320 KiB, and it stays under a 4 MB request body. */
const FRAGMENT = 10 * 320 * 1024;

/** A driveItem as the libraries read it. */
export interface DriveItem {
  name: string;
  webUrl: string;
  lastModifiedDateTime: string;
  size: number;
  /** Present on a folder. */
  folder?: { childCount: number };
}

interface UploadState {
  nextExpectedRanges?: string[];
}

/** What a file is written as. */
export interface UploadOptions {
  contentType: string;
  /** `replace` keeps one file (SharePoint keeps the earlier one as a version); `rename` adds ` 1`. */
  conflict: 'replace' | 'rename';
  /** Bytes sent so far and the total, after each request that carried bytes. */
  onProgress?: (sent: number, total: number) => void;
}

/** The Graph address of a path in a site's default library, each name encoded once. */
export function drivePath(siteId: string, path: string): string {
  return `/sites/${encodeURIComponent(siteId)}/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}:`;
}

/** Writes `bytes` at `path` (folders are created), by simple upload or in an upload session. */
export async function uploadFile(
  client: GraphClient,
  siteId: string,
  path: string,
  bytes: Uint8Array,
  options: UploadOptions,
): Promise<DriveItem> {
  const address = drivePath(siteId, path);
  if (bytes.length <= SIMPLE_UPLOAD_LIMIT) {
    const response = await client.send<DriveItem>({
      method: 'PUT',
      path: `${address}/content?@microsoft.graph.conflictBehavior=${options.conflict}`,
      body: bytes,
      headers: { 'Content-Type': options.contentType },
    });
    options.onProgress?.(bytes.length, bytes.length);
    return response.body;
  }
  const session = await client.send<{ uploadUrl: string }>({
    method: 'POST',
    path: `${address}/createUploadSession`,
    body: { item: { '@microsoft.graph.conflictBehavior': options.conflict } },
  });
  const url = session.body.uploadUrl;
  let start = 0;
  for (;;) {
    const end = Math.min(start + FRAGMENT, bytes.length) - 1;
    try {
      const response = await client.send<DriveItem & UploadState>({
        method: 'PUT',
        path: url,
        anonymous: true,
        body: bytes.slice(start, end + 1),
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${start}-${end}/${bytes.length}` },
      });
      options.onProgress?.(end + 1, bytes.length);
      if (response.status !== 202) return response.body;
      start = end + 1;
    } catch (error) {
      // A resent fragment the service had already taken: ask where it wants to go on.
      if (!(error instanceof GraphError) || error.status !== 416) throw error;
      const state = await client.send<UploadState>({ method: 'GET', path: url, anonymous: true });
      const next = Number(/^(\d+)-/.exec(state.body.nextExpectedRanges?.[0] ?? '')?.[1]);
      if (!Number.isInteger(next) || next <= start) throw error;
      start = next;
    }
  }
}
