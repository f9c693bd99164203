/**
 * The referat's Word documents in the forum site's document library, through Graph: one folder per
 * year, the forum and the meeting's date in the file name, the internal version in a folder whose
 * permissions only those who may read closed punkter have (set up by the tenant's administrator,
 * as for PunktClosedItems). Saving again replaces the same file; SharePoint keeps the earlier one
 * in the file's version history.
 * Writing goes through drive-upload.ts (simple PUT up to 4 MB, an upload session above), replacing
 * (`@microsoft.graph.conflictBehavior=replace`).
 */
import type { ReferatFile, ReferatLibrary, ReferatMeeting, ReferatVersion } from '../domain/referat/library-port';
import type { GraphClient } from './client';
import { drivePath, uploadFile, type DriveItem } from './drive-upload';
import { GraphError } from './errors';

/** The folders at the library's root: the public referater, and the restricted internal ones. */
export const PUBLIC_FOLDER = 'Referater';
export const INTERNAL_FOLDER = 'Referater (lukket)';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `Referat Chefforum 2026-11-30 (offentlig).docx`. */
export function referatFileName(meeting: ReferatMeeting, version: ReferatVersion): string {
  return `Referat ${meeting.forum} ${meeting.date} (${version === 'public' ? 'offentlig' : 'intern'}).docx`;
}

/** The file's path in the library: `Referater/2026/Referat Chefforum 2026-11-30 (offentlig).docx`. */
export function referatPath(meeting: ReferatMeeting, version: ReferatVersion): string {
  const folder = version === 'public' ? PUBLIC_FOLDER : INTERNAL_FOLDER;
  return `${folder}/${meeting.date.slice(0, 4)}/${referatFileName(meeting, version)}`;
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
  const address = (path: string) => drivePath(options.siteId, path);

  return {
    async save(meeting, version, docx) {
      const item = await uploadFile(client, options.siteId, referatPath(meeting, version), docx, {
        contentType: DOCX,
        conflict: 'replace',
      });
      return fileOf(version, item);
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
