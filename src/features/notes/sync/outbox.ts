/**
 * The outbox: per punkt the note-taker's latest intent (the decision they want on the server), the
 * server version it was edited from, and how far it has been synced. It holds intents, never raw
 * HTTP requests or tokens, so a reload or an expired sign-in cannot replay something stale.
 */
import { isKeyOfICalUId } from '../../../domain/meeting-identity';
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
  /**
   * A conflict waiting for the note-taker: the server's version and the fields that clash. With
   * `fromPanel`, the other text is another panel's of this browser (`server.value`), and `server.etag`
   * is just the base's.
   */
  conflict: { server: DecisionVersion; fields: string[]; fromPanel?: true } | null;
  /** When the last write for this punkt was sent (epoch ms), so a reload keeps the 2 s spacing. */
  lastWriteAt: number | null;
  /** When the local value last changed (epoch ms). */
  updatedAt: number;
  /**
   * When `base` was last learned from the server (epoch ms): a reload compares it with the time of
   * an offline copy of the agenda to tell which is newer. Absent in entries from older versions.
   */
  baseAt?: number;
  /**
   * Who stored this copy: the panel's id and a counter, unique across the panels of a browser.
   * A put names the stamp it was derived from, so a panel never replaces another's newer text
   * unseen (compare-and-set). Absent in entries from older versions.
   */
  stamp?: string;
}

/** A put's outcome: stored, or refused because the stored entry is not the one the caller derived from. */
export type PutResult = { ok: true } | { ok: false; stored: OutboxEntry };

/**
 * Whether `entry` may replace `stored`. With `expected` (compare-and-set): only when the stored
 * copy carries that stamp (or none, or is gone). Without: unless the stored copy has a higher revision.
 */
export function mayReplace(stored: OutboxEntry | undefined, entry: OutboxEntry, expected: string | null | undefined): boolean {
  if (!stored) return true;
  if (expected === undefined) return stored.revision <= entry.revision;
  return (stored.stamp ?? null) === expected || stored.stamp === entry.stamp;
}

/** Where intents are kept: IndexedDB in the browser, memory in tests and benchmarks. */
export interface OutboxStore {
  get(meetingKey: string, itemId: string): Promise<OutboxEntry | undefined>;
  /**
   * Stores the entry in one small transaction, replacing the previous one for the punkt, when
   * `mayReplace` allows: a second panel on the same meeting (side panel and meeting stage) must
   * never replace text it has not seen. A refusal is answered with the stored entry, never silent.
   * Rejects when the device cannot store (quota, a transaction aborted).
   */
  put(entry: OutboxEntry, expected?: string | null): Promise<PutResult>;
  /** All entries of one meeting. */
  list(meetingKey: string): Promise<OutboxEntry[]>;
  /**
   * All entries stored under any start of this iCalUId: a meeting the organizer moved keeps its
   * iCalUId (src/domain/moved-meeting.ts), so intents typed before the move are found here (moved-intents.ts).
   */
  listOfICalUId(iCalUId: string): Promise<OutboxEntry[]>;
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
    async put(entry, expected) {
      const key = keyOf(entry.meetingKey, entry.itemId);
      const stored = entries.get(key);
      if (!mayReplace(stored, entry, expected)) return { ok: false, stored: clone(stored!) };
      entries.set(key, clone(entry));
      return { ok: true };
    },
    async list(meetingKey) {
      return [...entries.values()].filter((e) => e.meetingKey === meetingKey).map(clone);
    },
    async listOfICalUId(iCalUId) {
      return [...entries.values()].filter((e) => isKeyOfICalUId(e.meetingKey, iCalUId)).map(clone);
    },
    async delete(meetingKey, itemId) {
      entries.delete(keyOf(meetingKey, itemId));
    },
  };
}

/**
 * An outbox for a device that cannot store (IndexedDB missing or refused): nothing to load, and
 * every save fails with `reason`, so the engine shows the text as only in this window.
 */
export function unavailableOutbox(reason: unknown): OutboxStore {
  return {
    get: async () => undefined,
    put: async () => Promise.reject(reason),
    list: async () => [],
    listOfICalUId: async () => [],
    delete: async () => undefined,
  };
}
