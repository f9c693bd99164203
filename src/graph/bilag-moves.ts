/**
 * A punkt's papers follow the punkt: when the agenda is saved, every Bilag file of a closed punkt that
 * lies in the public `Bilag` folder is MOVED into `Bilag (lukket)` (same YEAR/DATE below it), and a
 * reopened punkt's files move back; the punkt's Bilag lines are rewritten to the moved files' new
 * addresses before any row is written. Project rule: a closed punkt's papers never stay where a
 * reader can open them (by link, by listing, in the picker).
 * - A link is resolved to its driveItem through the shares API, `GET /shares/u!{base64url}/driveItem`
 *   (https://learn.microsoft.com/graph/api/shares-get#encoding-sharing-urls).
 * - The move is `PATCH …/drive/items/{id}` with `parentReference.id`, renaming on a clash
 *   (`@microsoft.graph.conflictBehavior=rename` in the query); items cannot move between drives
 *   (https://learn.microsoft.com/graph/api/driveitem-move).
 * - Missing destination folders are created with `POST …/children`
 *   (https://learn.microsoft.com/graph/api/driveitem-post-children).
 * Links that are not files in this site's `Bilag` folders (another site, a web page, a file elsewhere in
 * the library) cannot be moved by Punkt: they are returned as `unmoved`, and the save goes on, since the
 * closed punkt's link itself is only in the restricted list.
 * The two directions run at different times (agenda-save.ts): papers go INTO the restricted folder
 * before the rows are written, and back OUT only after the rows say the punkt is open, so a save that
 * fails in between never leaves a closed punkt's papers where a reader can list them.
 */
import { formatBilag, parseBilag } from '../domain/bilag';
import type { Meeting } from '../domain/meeting';
import type { UnmovedBilag } from '../domain/ports';
import { BILAG_FOLDER, CLOSED_BILAG_FOLDER } from './bilag-folders';
import type { GraphClient, GraphResponse } from './client';
import { drivePath, type DriveItem } from './drive-upload';
import { GraphError, errorFromResponse } from './errors';

interface LinkedItem extends DriveItem {
  id: string;
  parentReference?: { driveId?: string; path?: string };
}

/** What a save does with the Bilag: the meeting with rewritten links, and the links it could not move. */
export interface RelocatedBilag {
  meeting: Meeting;
  /**
   * Toward 'closed': a closed punkt's links outside the library. Toward 'open': a reopened punkt's
   * files that stay in the restricted folder because their move failed (no leak; readers cannot open them).
   */
  unmoved: UnmovedBilag[];
}

/** Which moves one call makes: a closing's (before the rows are written) or a reopening's (after). */
export type BilagDirection = 'closed' | 'open';

/** Graph's sharing token for a link: `u!` and the link in unpadded base64url. */
export function shareToken(url: string): string {
  const bytes = new TextEncoder().encode(url);
  const base64 = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  return `u!${base64.replace(/=+$/, '').replace(/\//g, '_').replace(/\+/g, '-')}`;
}

/** The folder names below the drive's root in a parentReference path (`/drive/root:/a/b` or `/drives/x/root:/a/b`). */
function folderNames(path: string | undefined): string[] | null {
  const inner = /\/root:(.*)$/.exec(path ?? '')?.[1];
  if (inner === undefined) return null;
  return inner
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/**
 * Moves the Bilag files of `meeting`'s punkter toward `direction`: into the restricted folder for closed
 * punkter, or back out for open ones. Only the links that may need it are looked up: toward 'closed'
 * every link of a closed punkt, toward 'open' an open punkt's link that `heldClosed` says a closed
 * punkt's stored content holds (a reopened punkt's papers); a save with neither costs no request.
 * A failed move toward 'closed' throws (the save must not go on); toward 'open' nothing throws:
 * a file that could not be looked up or moved is reported in `unmoved` and the rest still move.
 */
export async function relocateBilag(
  client: GraphClient,
  siteId: string,
  meeting: Meeting,
  heldClosed: (url: string) => boolean,
  /**
   * Links moved by earlier saves of this repository, old → new: the secretary's form keeps the lines it
   * saved, and an old link resolves to nothing after a move, so it is brought up to date first.
   */
  earlier: Map<string, Moved> = new Map(),
  direction: BilagDirection = 'closed',
): Promise<RelocatedBilag> {
  if (earlier.size > 0) meeting = rewriteLinks(meeting, earlier);
  const links = new Map<string, { closed: boolean; numbers: number[]; name: string }>();
  for (const item of meeting.items) {
    for (const line of item.attachments) {
      const bilag = parseBilag(line);
      if (bilag.url === null || (!item.closed && !heldClosed(bilag.url))) continue;
      const known = links.get(bilag.url) ?? { closed: false, numbers: [], name: bilag.name };
      // A file linked from a closed punkt stays closed, whatever an open punkt links it too.
      links.set(bilag.url, { ...known, closed: known.closed || item.closed, numbers: [...known.numbers, item.number] });
    }
  }
  for (const [url, link] of links) if (link.closed !== (direction === 'closed')) links.delete(url);
  if (links.size === 0) return { meeting, unmoved: [] };
  const site = `/sites/${encodeURIComponent(siteId)}`;
  const urls = [...links.keys()];
  let lookups: GraphResponse[];
  try {
    lookups = await client.batch([
      { method: 'GET', path: `${site}/drive?$select=id` },
      ...urls.map((url) => ({ method: 'GET' as const, path: `/shares/${shareToken(url)}/driveItem` })),
    ]);
    ok(lookups[0]!);
  } catch (error) {
    if (direction === 'closed') throw error;
    // Toward 'open' nothing throws: the rows are already written, so every file not moved is reported.
    return { meeting, unmoved: urls.map((url) => ({ numbers: links.get(url)!.numbers, name: links.get(url)!.name, url })) };
  }
  const [driveResponse, ...found] = lookups;
  const driveId = (driveResponse!.body as { id: string }).id;
  const unmoved: UnmovedBilag[] = [];
  const renamed = new Map<string, { name: string; url: string }>();
  const folders = new Map<string, string>();

  for (const [i, url] of urls.entries()) {
    const link = links.get(url)!;
    const response = found[i]!;
    const item = response.status < 400 ? (response.body as LinkedItem) : null;
    if (response.status >= 400 && response.status !== 404 && response.status !== 403) {
      if (direction === 'closed') ok(response);
      unmoved.push({ numbers: link.numbers, name: link.name, url });
      continue;
    }
    const names = folderNames(item?.parentReference?.path);
    const root = names?.[0];
    const inDrive = item !== null && (item.parentReference?.driveId ?? driveId) === driveId && !item.folder;
    if (!inDrive || (root !== BILAG_FOLDER && root !== CLOSED_BILAG_FOLDER)) {
      if (link.closed) unmoved.push({ numbers: link.numbers, name: link.name, url });
      continue;
    }
    const target = link.closed ? CLOSED_BILAG_FOLDER : BILAG_FOLDER;
    if (root === target) continue;
    const destination = [target, ...names!.slice(1)];
    try {
      const parentId = await ensureFolder(client, siteId, destination, folders);
      const moved = await client.send<DriveItem>({
        method: 'PATCH',
        path: `${site}/drive/items/${encodeURIComponent(item!.id)}?@microsoft.graph.conflictBehavior=rename`,
        body: { parentReference: { id: parentId } },
      });
      renamed.set(url, { name: moved.body.name, url: moved.body.webUrl });
    } catch (error) {
      if (direction === 'open') {
        unmoved.push({ numbers: link.numbers, name: link.name, url });
        continue;
      }
      const where = link.closed ? `into '${CLOSED_BILAG_FOLDER}'` : `back into '${BILAG_FOLDER}'`;
      const message = `Bilag '${item!.name}' of punkt ${link.numbers.join(', ')} could not be moved ${where}; the agenda was not saved`;
      if (error instanceof GraphError) throw new GraphError(`${message}: ${error.message}`, error);
      throw error;
    }
    // The name shown keeps what the secretary wrote, unless it was the file's name and the move renamed it.
    const moved = renamed.get(url)!;
    if (link.name !== item!.name) renamed.set(url, { ...moved, name: link.name });
    // Recorded at once: if a later move or the rows' write fails, the next save still finds this file.
    remember(earlier, url, renamed.get(url)!);
  }
  if (renamed.size === 0) return { meeting, unmoved };
  return { meeting: rewriteLinks(meeting, renamed), unmoved };
}

/** A moved file's Bilag line: the name shown and the new link. */
type Moved = { name: string; url: string };

/** Records a move, bringing earlier moves of the same file up to date. */
function remember(earlier: Map<string, Moved>, old: string, moved: Moved): void {
  for (const [first, last] of earlier) if (last.url === old) earlier.set(first, moved);
  earlier.set(old, moved);
}

/** The meeting with every Bilag line whose link `moved` names rewritten. */
function rewriteLinks(meeting: Meeting, moved: ReadonlyMap<string, Moved>): Meeting {
  const rewrite = (line: string) => {
    const bilag = parseBilag(line);
    const to = bilag.url === null ? undefined : moved.get(bilag.url);
    return to ? formatBilag(to) : line;
  };
  // The Bilag lines live in the punkt's Bilag section; `attachments` is derived from it (parse.ts).
  const items = meeting.items.map((i) => ({
    ...i,
    sections: i.sections.map((s) => (s.heading === 'Bilag' ? { ...s, text: s.text.split('\n').map(rewrite).join('\n') } : s)),
    attachments: i.attachments.map(rewrite),
  }));
  return { ...meeting, items };
}

function ok(response: GraphResponse): GraphResponse {
  if (response.status >= 400) throw errorFromResponse(response.status, response.body, response.headers, { requestId: null });
  return response;
}

/** The id of the folder at `names`, creating it and its missing parents (409 from a concurrent create is fine). */
async function ensureFolder(client: GraphClient, siteId: string, names: string[], known: Map<string, string>): Promise<string> {
  const key = names.join('/');
  const cached = known.get(key);
  if (cached) return cached;
  const get = async () => (await client.get<{ id: string }>(drivePath(siteId, key))).id;
  let id: string;
  try {
    id = await get();
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 404) throw error;
    const parent =
      names.length > 1
        ? `/sites/${encodeURIComponent(siteId)}/drive/items/${encodeURIComponent(await ensureFolder(client, siteId, names.slice(0, -1), known))}`
        : `/sites/${encodeURIComponent(siteId)}/drive/root`;
    try {
      const created = await client.send<{ id: string }>({
        method: 'POST',
        path: `${parent}/children`,
        body: { name: names[names.length - 1], folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
      });
      id = created.body.id;
    } catch (failure) {
      if (!(failure instanceof GraphError) || failure.status !== 409) throw failure;
      id = await get();
    }
  }
  known.set(key, id);
  return id;
}
