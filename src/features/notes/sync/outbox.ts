/**
 * The outbox: per punkt the note-taker's latest intent (the decision they want on the server), the
 * server version it was edited from, and how far it has been synced. It holds intents, never raw
 * HTTP requests or tokens, so a reload or an expired sign-in cannot replay something stale.
 */
import type { DecisionVersion, DecisionWrite } from '../../../domain/ports';

/** One punkt's intent as persisted. */
export interface OutboxEntry {
  meetingKey: string;
  itemId: string;
  /** The latest local value. */
  value: DecisionWrite;
  /** The server version the local value was edited from; writes go out with its ETag as If-Match. */
  base: DecisionVersion;
  /** Increases with every local change (monotonic per punkt). */
  revision: number;
  /** The highest revision the server is known to hold; the entry is synced when equal to `revision`. */
  syncedRevision: number;
  /**
   * Values sent whose outcome stayed unknown (connection dropped after sending). If the server later
   * answers 412 holding one of them, that was our own write and not someone else's.
   */
  uncertain: DecisionWrite[];
  /** A conflict waiting for the note-taker: the server's version and the fields that clash. */
  conflict: { server: DecisionVersion; fields: string[] } | null;
  /** When the last write for this punkt was sent (epoch ms), so a reload keeps the 2 s spacing. */
  lastWriteAt: number | null;
  /** When the local value last changed (epoch ms). */
  updatedAt: number;
}

/** Where intents are kept: IndexedDB in the browser, memory in tests and benchmarks. */
export interface OutboxStore {
  get(meetingKey: string, itemId: string): Promise<OutboxEntry | undefined>;
  /**
   * Stores the entry in one small transaction, replacing the previous one for the punkt, unless
   * the stored entry has a higher revision: a second panel on the same meeting (side panel and
   * meeting stage) must not put back an older intent over a newer one.
   */
  put(entry: OutboxEntry): Promise<void>;
  /** All entries of one meeting. */
  list(meetingKey: string): Promise<OutboxEntry[]>;
  delete(meetingKey: string, itemId: string): Promise<void>;
}

/** True when the entry holds a local change the server does not have yet. */
export function isPending(entry: OutboxEntry): boolean {
  return entry.revision > entry.syncedRevision;
}

/** Entries are copied in and out so callers never share mutable state with the store (as IndexedDB's structured clone). */
const clone = (entry: OutboxEntry): OutboxEntry => structuredClone(entry);

/** An outbox in memory: the same contract as the IndexedDB one, for tests and benchmarks. */
export function createMemoryOutbox(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  const keyOf = (meetingKey: string, itemId: string) => JSON.stringify([meetingKey, itemId]);
  return {
    async get(meetingKey, itemId) {
      const entry = entries.get(keyOf(meetingKey, itemId));
      return entry && clone(entry);
    },
    async put(entry) {
      const key = keyOf(entry.meetingKey, entry.itemId);
      if ((entries.get(key)?.revision ?? -1) > entry.revision) return;
      entries.set(key, clone(entry));
    },
    async list(meetingKey) {
      return [...entries.values()].filter((e) => e.meetingKey === meetingKey).map(clone);
    },
    async delete(meetingKey, itemId) {
      entries.delete(keyOf(meetingKey, itemId));
    },
  };
}
