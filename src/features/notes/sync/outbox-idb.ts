/**
 * The outbox in IndexedDB (database 'punkt-outbox'), through the `idb` promise wrapper.
 * One object store keyed by [meetingKey, itemId], indexed by meeting so a panel loads its
 * meeting's intents in one query.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry, OutboxStore } from './outbox';

interface OutboxSchema extends DBSchema {
  intents: { key: [string, string]; value: OutboxEntry; indexes: { byMeeting: string } };
}

/** The database name; one per origin, shared by every meeting. */
export const OUTBOX_DB_NAME = 'punkt-outbox';

/**
 * Opens (creating on first use) the IndexedDB outbox in the global `indexedDB` (tests install
 * fake-indexeddb's globals, since idb also checks `instanceof IDBRequest`). `name` lets tests isolate.
 */
export async function openIdbOutbox(options: { name?: string } = {}): Promise<OutboxStore & { close(): void }> {
  const name = options.name ?? OUTBOX_DB_NAME;
  const upgrade = (db: IDBPDatabase<OutboxSchema>) => {
    const store = db.createObjectStore('intents', { keyPath: ['meetingKey', 'itemId'] });
    store.createIndex('byMeeting', 'meetingKey');
  };
  const db = await openDB<OutboxSchema>(name, 1, { upgrade });
  return {
    async get(meetingKey, itemId) {
      return db.get('intents', [meetingKey, itemId]);
    },
    async put(entry) {
      // Read and write in one transaction so the revision check cannot race another panel's put.
      const tx = db.transaction('intents', 'readwrite');
      const stored = await tx.store.get([entry.meetingKey, entry.itemId]);
      if (!stored || stored.revision <= entry.revision) await tx.store.put(entry);
      await tx.done;
    },
    async list(meetingKey) {
      return db.getAllFromIndex('intents', 'byMeeting', meetingKey);
    },
    async delete(meetingKey, itemId) {
      await db.delete('intents', [meetingKey, itemId]);
    },
    close() {
      db.close();
    },
  };
}
