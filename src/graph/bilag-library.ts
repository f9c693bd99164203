/**
 * A punkt's papers (Bilag) in the forum site's document library, through Graph:
 * `Bilag/YEAR/MEETING-DATE/name` for an open punkt, and `Bilag (lukket)/YEAR/MEETING-DATE/name` for a
 * closed one, a folder whose permissions only those who may read closed punkter have (set up by the
 * tenant's administrator, as 'Referater (lukket)' and PunktClosedItems are; SharePoint then answers
 * 404 to anyone else, https://learn.microsoft.com/sharepoint/dev/solution-guidance/security-permissions).
 * An upload never overwrites another paper of the same name: `conflictBehavior=rename` gives it a
 * number. Picking an existing file lists a folder's children
 * (https://learn.microsoft.com/graph/api/driveitem-list-children).
 */
import type { Bilag } from '../domain/bilag';
import type { BilagLibrary, LibraryEntry } from '../domain/ports';
import type { GraphClient } from './client';
import { drivePath, uploadFile, type DriveItem } from './drive-upload';
import { BILAG_FOLDER, CLOSED_BILAG_FOLDER } from './bilag-folders';
import { GraphError } from './errors';

export { BILAG_FOLDER, CLOSED_BILAG_FOLDER } from './bilag-folders';

/** SharePoint refuses these in a file name (https://learn.microsoft.com/office/troubleshoot/error-messages/invalid-file-names). */
export function safeFileName(name: string): string {
  const cleaned = Array.from(name, (c) => (c.charCodeAt(0) < 32 ? ' ' : c))
    .join('')
    .replace(/["*:<>?/\\|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  return cleaned === '' ? 'Bilag' : cleaned;
}

/** `Bilag/2026/2026-11-30/Notat.pdf`, or under `Bilag (lukket)` for a closed punkt. */
export function bilagPath(target: { date: string; closed: boolean }, fileName: string): string {
  const root = target.closed ? CLOSED_BILAG_FOLDER : BILAG_FOLDER;
  return `${root}/${target.date.slice(0, 4)}/${target.date}/${safeFileName(fileName)}`;
}

const entryOf = (item: DriveItem): LibraryEntry => ({
  name: item.name,
  folder: item.folder !== undefined,
  url: item.webUrl,
  size: item.folder ? 0 : item.size,
});

/** Creates the Bilag library over a Graph client, on the site's default document library. */
export function createBilagLibrary(client: GraphClient, options: { siteId: string }): BilagLibrary {
  return {
    async upload(target, file, onProgress): Promise<Bilag> {
      const item = await uploadFile(client, options.siteId, bilagPath(target, file.name), file.bytes, {
        contentType: file.type || 'application/octet-stream',
        conflict: 'rename',
        ...(onProgress ? { onProgress } : {}),
      });
      return { name: item.name, url: item.webUrl };
    },

    async browse(closed, path) {
      const folder = [closed ? CLOSED_BILAG_FOLDER : BILAG_FOLDER, ...path].join('/');
      try {
        const response = await client.get<{ value: DriveItem[] }>(`${drivePath(options.siteId, folder)}/children`);
        const entries = response.value.map(entryOf);
        // Folders first (years, then meeting dates, newest first), then files by name.
        return entries.sort((a, b) =>
          a.folder !== b.folder ? (a.folder ? -1 : 1) : a.folder ? b.name.localeCompare(a.name) : a.name.localeCompare(b.name, 'da'),
        );
      } catch (error) {
        // Nothing uploaded there yet, or (the closed folder) hidden from this user: 404 for both.
        if (error instanceof GraphError && error.status === 404) return [];
        throw error;
      }
    },
  };
}
