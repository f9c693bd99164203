/**
 * The referat's Word documents in the forum site's document library, through Graph: one folder per
 * year, the forum and the meeting's date in the file name, the internal version in a folder whose
 * permissions only those who may read closed punkter have (set up by the tenant's administrator,
 * as for PunktClosedItems). Saving again replaces the same file; SharePoint keeps the earlier one
 * in the file's version history.
 * - Up to 4 MB: `PUT /sites/{site-id}/drive/root:/{path}:/content`
 *   (https://learn.microsoft.com/graph/api/driveitem-put-content).
 * - Larger: `POST …:/createUploadSession`, then ranged PUTs to the uploadUrl without the token, in
 *   fragments of a multiple of 320 KiB (https://learn.microsoft.com/graph/api/driveitem-createuploadsession).
 * - Conflicts: `@microsoft.graph.conflictBehavior=replace`
 *   (https://learn.microsoft.com/graph/api/resources/driveitem#instance-attributes).
 */
import type { ReferatFile, ReferatLibrary, ReferatMeeting, ReferatVersion } from '../domain/referat/library-port';
import type { GraphClient } from './client';
import { GraphError } from './errors';

/** The folders at the library's root: the public referater, and the restricted internal ones. */
export const PUBLIC_FOLDER = 'Referater';
export const INTERNAL_FOLDER = 'Referater (lukket)';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Graph's limit for a simple upload in Punkt's contract; larger files go through an upload session. */
const SIMPLE_LIMIT = 4 * 1024 * 1024;
/** 10 × 320 KiB: Graph wants multiples of 320 KiB, and it stays under a 4 MB request body. */
const FRAGMENT = 10 * 320 * 1024;

/** `Referat Chefforum 2026-11-30 (offentlig).docx`. */
export function referatFileName(meeting: ReferatMeeting, version: ReferatVersion): string {
  return `Referat ${meeting.forum} ${meeting.date} (${version === 'public' ? 'offentlig' : 'intern'}).docx`;
}

/** The file's path in the library: `Referater/2026/Referat Chefforum 2026-11-30 (offentlig).docx`. */
export function referatPath(meeting: ReferatMeeting, version: ReferatVersion): string {
  const folder = version === 'public' ? PUBLIC_FOLDER : INTERNAL_FOLDER;
  return `${folder}/${meeting.date.slice(0, 4)}/${referatFileName(meeting, version)}`;
}

interface DriveItem {
  name: string;
  webUrl: string;
  lastModifiedDateTime: string;
  size: number;
}

interface UploadState {
  nextExpectedRanges?: string[];
}

const fileOf = (version: ReferatVersion, item: DriveItem): ReferatFile => ({
  version,
  name: item.name,
  webUrl: item.webUrl,
  modified: item.lastModifiedDateTime,
  size: item.size,
});

/** Creates the library over a Graph client, on the site's default document library. */
export function createReferatLibrary(client: GraphClient, options: { siteId: string }): ReferatLibrary {
  const address = (path: string) =>
    `/sites/${encodeURIComponent(options.siteId)}/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}:`;

  async function uploadInSession(path: string, bytes: Uint8Array): Promise<DriveItem> {
    const session = await client.send<{ uploadUrl: string }>({
      method: 'POST',
      path: `${address(path)}/createUploadSession`,
      body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
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

  return {
    async save(meeting, version, docx) {
      const path = referatPath(meeting, version);
      if (docx.length > SIMPLE_LIMIT) return fileOf(version, await uploadInSession(path, docx));
      const response = await client.send<DriveItem>({
        method: 'PUT',
        path: `${address(path)}/content?@microsoft.graph.conflictBehavior=replace`,
        body: docx,
        headers: { 'Content-Type': DOCX },
      });
      return fileOf(version, response.body);
    },

    async list(meeting) {
      const files: ReferatFile[] = [];
      for (const version of ['public', 'internal'] as const) {
        try {
          files.push(fileOf(version, await client.get<DriveItem>(address(referatPath(meeting, version)))));
        } catch (error) {
          // Not saved yet, or (the internal one) hidden from this user: SharePoint answers 404 for both.
          if (!(error instanceof GraphError) || (error.status !== 404 && error.status !== 403)) throw error;
        }
      }
      return files;
    },
  };
}
