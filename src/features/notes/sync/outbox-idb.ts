/**
 * The outbox in IndexedDB (database 'punkt-outbox'), through the `idb` promise wrapper.
 * One object store keyed by [meetingKey, itemId], indexed by meeting so a panel loads its
 * meeting's intents in one query.
 */
import { isKeyOfICalUId, meetingKeyPrefix } from '../../../domain/meeting-identity';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isPending, mayReplace, type OutboxEntry, type OutboxStore, type PutResult } from './outbox';

interface OutboxSchema extends DBSchema {
  intents: { key: [string, string]; value: OutboxEntry; indexes: { byMeeting: string } };
}

/** The database name; one per origin, shared by every meeting. */
export const OUTBOX_DB_NAME = 'punkt-outbox';

/**
 * How long a settled entry stays on the device. Synced intents are only needed to tell our own
 * earlier writes from others' while a meeting's minutes are being written; after that they are
 * just decision text (closed punkter's too) left on a shared municipal PC.
 */
export const SETTLED_RETENTION_MS = 14 * 24 * 60 * 60 * 1000;

/** Deletes entries that are synced, not in conflict, and unchanged since before `cutoff`. Pending work is never touched. */
async function pruneSettled(db: IDBPDatabase<OutboxSchema>, cutoff: number): Promise<void> {
  const tx = db.transaction('intents', 'readwrite');
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const entry = cursor.value;
    if (!isPending(entry) && !entry.conflict && entry.updatedAt < cutoff) await cursor.delete();
  }
  await tx.done;
}

/**
 * Opens (creating on first use) the IndexedDB outbox in the global `indexedDB` (tests install
 * fake-indexeddb's globals, since idb also checks `instanceof IDBRequest`). `name` lets tests isolate.
 * Settled entries older than SETTLED_RETENTION_MS (before `now`) are removed on open.
 */
export async function openIdbOutbox(options: { name?: string; now?: number } = {}): Promise<OutboxStore & { close(): void }> {
  const name = options.name ?? OUTBOX_DB_NAME;
  const upgrade = (db: IDBPDatabase<OutboxSchema>) => {
    const store = db.createObjectStore('intents', { keyPath: ['meetingKey', 'itemId'] });
    store.createIndex('byMeeting', 'meetingKey');
  };
  const db = await openDB<OutboxSchema>(name, 1, { upgrade });
  // Best effort: a failed clean-up must not keep the panel from saving.
  await pruneSettled(db, (options.now ?? Date.now()) - SETTLED_RETENTION_MS).catch(() => undefined);
  return {
    async get(meetingKey, itemId) {
      return db.get('intents', [meetingKey, itemId]);
    },
    async put(entry, expected) {
      // Read and write in one transaction so the check cannot race another panel's put. The result
      // counts only once the transaction commits: a put can still fail there (QuotaExceededError
      // aborts it), and a put that never committed must not be reported as stored.
      const tx = db.transaction('intents', 'readwrite');
      const work = (async (): Promise<PutResult> => {
        const stored = await tx.store.get([entry.meetingKey, entry.itemId]);
        if (!mayReplace(stored, entry, expected)) return { ok: false, stored: stored! };
        await tx.store.put(entry);
        return { ok: true };
      })();
      const [result] = await Promise.all([work, tx.done]);
      return result;
    },
    async list(meetingKey) {
      return db.getAllFromIndex('intents', 'byMeeting', meetingKey);
    },
    async listOfICalUId(iCalUId) {
      // Every key of the iCalUId sorts between its prefix and the prefix followed by the highest code unit;
      // the filter drops an iCalUId that merely starts with this one and holds a '|' itself.
      const prefix = meetingKeyPrefix({ iCalUId });
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      return (await db.getAllFromIndex('intents', 'byMeeting', range)).filter((e) => isKeyOfICalUId(e.meetingKey, iCalUId));
    },
    async delete(meetingKey, itemId) {
      await db.delete('intents', [meetingKey, itemId]);
    },
    close() {
      db.close();
    },
  };
}
