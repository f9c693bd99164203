/**
 * The site's document library (its default drive) as the local service keeps it: folders and
 * files as driveItems, each file's earlier versions, and the restricted folder for internal
 * documents and closed punkter's papers. SharePoint keeps a version per upload by default
 * (https://learn.microsoft.com/graph/api/driveitem-list-versions); the restricted folder stands for
 * a folder with broken inheritance that only those who may read PunktClosedItems can see: a reader
 * gets 404 itemNotFound for it, as SharePoint hides what a user has no access to.
 * Docs: https://learn.microsoft.com/graph/api/resources/driveitem
 */
import type { Caller } from './auth';
import { ServiceError, notFound } from './errors';
import type { ServiceContext, ServiceRequest } from './router';
import type { Transaction } from './store';

/** The folder at the drive's root that readers cannot see (the app's internal referater live there). */
export const RESTRICTED_FOLDER = 'Referater (lukket)';
/** The closed punkter's papers: hidden from readers exactly as the internal referater are. */
export const RESTRICTED_BILAG_FOLDER = 'Bilag (lukket)';
const RESTRICTED_FOLDERS = [RESTRICTED_FOLDER, RESTRICTED_BILAG_FOLDER].map((name) => name.toLowerCase());
export const DRIVE_ID = 'b!punkt-demo-documents';
export const ROOT_ID = 'root';

/** One folder or file. `content` is the current version's bytes in base64. */
export interface DriveItemDoc {
  id: string;
  parentId: string | null;
  name: string;
  folder: boolean;
  created: string;
  modified: string;
  createdBy: Pick<Caller, 'id' | 'email' | 'displayName'>;
  modifiedBy: Pick<Caller, 'id' | 'email' | 'displayName'>;
  /** 1 for a new file; every upload over it adds one. */
  version: number;
  size: number;
  mimeType?: string;
  content?: string;
  /** The unguessable part of the file's link in the old `/_punkt/files/{id}/{secret}` form, still honoured as a redirect (web-links.ts). */
  secret: string;
}

/** An earlier version of a file. */
export interface FileVersionDoc {
  itemId: string;
  version: number;
  modified: string;
  modifiedBy: DriveItemDoc['modifiedBy'];
  size: number;
  content: string;
}

export const ITEM_KIND = 'driveItem';
export const VERSION_KIND = 'driveVersion';

/** SharePoint's characters that no file or folder name may hold, and no leading/trailing blank. */
export function checkName(name: string): void {
  if (name.trim() === '' || name !== name.trim() || /["*:<>?/\\|]/.test(name) || name === '.' || name === '..') {
    throw new ServiceError(400, 'invalidRequest', `The name '${name}' is not a valid file or folder name.`);
  }
}

const who = (caller: Caller) => ({ id: caller.id, email: caller.email, displayName: caller.displayName });

/** The root folder, created on first use. */
export function rootOf(context: ServiceContext): DriveItemDoc {
  return (
    context.store.get<DriveItemDoc>(ITEM_KIND, ROOT_ID) ?? {
      id: ROOT_ID,
      parentId: null,
      name: 'root',
      folder: true,
      created: '2024-01-01T00:00:00Z',
      modified: '2024-01-01T00:00:00Z',
      createdBy: { id: 'system', email: '', displayName: 'System' },
      modifiedBy: { id: 'system', email: '', displayName: 'System' },
      version: 1,
      size: 0,
      secret: '',
    }
  );
}

/** The children of a folder, by name (SharePoint names are case-insensitive). */
export function childrenOf(context: ServiceContext, parentId: string): DriveItemDoc[] {
  return context.store.all<DriveItemDoc>(ITEM_KIND).filter((i) => i.parentId === parentId);
}

export function childNamed(context: ServiceContext, parentId: string, name: string): DriveItemDoc | undefined {
  const lower = name.toLowerCase();
  return childrenOf(context, parentId).find((i) => i.name.toLowerCase() === lower);
}

/** The names from the root down to the item ([] for the root). */
export function pathOf(context: ServiceContext, item: DriveItemDoc): string[] {
  const names: string[] = [];
  for (let at: DriveItemDoc | undefined = item; at && at.parentId !== null; at = context.store.get<DriveItemDoc>(ITEM_KIND, at.parentId)) {
    names.unshift(at.name);
  }
  return names;
}

/** True when the path lies in a restricted folder. */
export const isRestricted = (names: string[]): boolean => RESTRICTED_FOLDERS.includes(names[0]?.toLowerCase() ?? '');

/** Hides the restricted folder from a caller who may not read closed punkter: 404, as SharePoint answers. */
export function requireVisible(request: ServiceRequest, names: string[]): void {
  if (request.caller.readOnly && isRestricted(names)) throw notFound('The resource');
}

/** The item at a path, or undefined; the caller's visibility is checked first. */
export function itemAtPath(request: ServiceRequest, context: ServiceContext, names: string[]): DriveItemDoc | undefined {
  requireVisible(request, names);
  let at: DriveItemDoc | undefined = rootOf(context);
  for (const name of names) {
    if (!at?.folder) return undefined;
    at = childNamed(context, at.id, name);
  }
  return at;
}

/** Creates the missing folders of a path (an upload by path creates them, as OneDrive does). */
export function ensureFolders(tx: Transaction, context: ServiceContext, caller: Caller, names: string[]): DriveItemDoc {
  let at = rootOf(context);
  if (!context.store.get(ITEM_KIND, ROOT_ID)) tx.put(ITEM_KIND, ROOT_ID, at);
  for (const name of names) {
    checkName(name);
    const found = childNamed(context, at.id, name);
    if (found && !found.folder)
      throw new ServiceError(409, 'nameAlreadyExists', `A file named '${name}' is in the way of the folder path.`);
    if (found) {
      at = found;
      continue;
    }
    const stamp = context.now().toISOString();
    const folder: DriveItemDoc = {
      id: context.newId(),
      parentId: at.id,
      name,
      folder: true,
      created: stamp,
      modified: stamp,
      createdBy: who(caller),
      modifiedBy: who(caller),
      version: 1,
      size: 0,
      secret: '',
    };
    // A new folder has no children yet, so lookups below it need not see the uncommitted write.
    tx.put(ITEM_KIND, folder.id, folder);
    at = folder;
  }
  return at;
}

/** The media type Graph reports for a file, by its extension. */
export function mimeTypeOf(name: string): string {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const types: Record<string, string> = {
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    html: 'text/html',
    pdf: 'application/pdf',
    txt: 'text/plain',
    json: 'application/json',
  };
  return (ext && types[ext]) ?? 'application/octet-stream';
}

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

/** `@microsoft.graph.conflictBehavior`: fail, replace or rename; a PUT by path replaces by default. */
export function conflictBehaviorOf(value: unknown): ConflictBehavior {
  if (value === undefined || value === null) return 'replace';
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw new ServiceError(400, 'invalidRequest', `Invalid value '${String(value)}' for @microsoft.graph.conflictBehavior.`);
}

/**
 * Writes a file's bytes at `names` (creating folders), as one new version. Returns the item and
 * whether it was created (201) or replaced (200).
 */
export function writeFile(
  context: ServiceContext,
  caller: Caller,
  names: string[],
  bytes: Buffer,
  behavior: ConflictBehavior,
): { item: DriveItemDoc; created: boolean } {
  const fileName = names[names.length - 1];
  if (fileName === undefined) throw new ServiceError(400, 'invalidRequest', 'The root cannot be written as a file.');
  checkName(fileName);
  return context.store.write((tx) => {
    const parent = ensureFolders(tx, context, caller, names.slice(0, -1));
    let name = fileName;
    let existing = childNamed(context, parent.id, name);
    if (existing && behavior === 'fail') throw new ServiceError(409, 'nameAlreadyExists', `The name '${name}' already exists.`);
    if (existing?.folder && behavior === 'replace') throw new ServiceError(409, 'nameAlreadyExists', `A folder named '${name}' exists.`);
    if (existing && behavior === 'rename') {
      const dot = fileName.lastIndexOf('.');
      const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
      for (let n = 1; childNamed(context, parent.id, name); n += 1) name = `${stem} ${n}${ext}`;
      existing = undefined;
    }
    const stamp = context.now().toISOString();
    const content = bytes.toString('base64');
    if (existing) {
      tx.put(VERSION_KIND, `${existing.id}.${existing.version}`, {
        itemId: existing.id,
        version: existing.version,
        modified: existing.modified,
        modifiedBy: existing.modifiedBy,
        size: existing.size,
        content: existing.content ?? '',
      } satisfies FileVersionDoc);
      const item: DriveItemDoc = {
        ...existing,
        modified: stamp,
        modifiedBy: who(caller),
        version: existing.version + 1,
        size: bytes.length,
        content,
      };
      tx.put(ITEM_KIND, item.id, item);
      return { item, created: false };
    }
    const item: DriveItemDoc = {
      id: context.newId(),
      parentId: parent.id,
      name,
      folder: false,
      created: stamp,
      modified: stamp,
      createdBy: who(caller),
      modifiedBy: who(caller),
      version: 1,
      size: bytes.length,
      mimeType: mimeTypeOf(name),
      content,
      secret: context.newId(),
    };
    tx.put(ITEM_KIND, item.id, item);
    return { item, created: true };
  });
}
