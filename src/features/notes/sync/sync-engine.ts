/**
 * The sync engine: keeps the note-taker's decisions in the outbox at every keystroke and sends them
 * to the DecisionStore (Graph) conditionally, at most one write per punkt per 2 s. A 412 is merged
 * per field (reconcile.ts); what cannot be merged waits for the note-taker. Nothing is overwritten
 * silently. Network failures, 429 and 5xx are retried with backoff; 403 makes the view read-only.
 *
 * Pure of the browser: the store, the outbox, the clock and online/offline come in from outside.
 */
import { sameDecision } from '../../../domain/decision-merge';
import type { DecisionStore, DecisionVersion, DecisionWrite } from '../../../domain/ports';
import { retryDelay } from './backoff';
import { systemClock, type SyncClock } from './clock';
import { isPending, type OutboxEntry, type OutboxStore } from './outbox';
import { createPersistQueue } from './persist-queue';
import { reconcileConflict } from './reconcile';

/** What the note-taker sees per punkt: Gemt, Gemmer…, Offline – gemt lokalt, Konflikt, or read-only. */
export type SyncState = 'saved' | 'saving' | 'offline' | 'conflict' | 'readonly';

/** One punkt as the UI shows it. Snapshots are replaced, never mutated, so React can compare them. */
export interface PunktSync {
  itemId: string;
  value: DecisionWrite;
  /** The server's value as last known (what a read-only user is shown). */
  serverValue: DecisionWrite;
  state: SyncState;
  revision: number;
  /** When state is 'conflict': the server's value and the fields that clash with the local one. */
  conflict: { server: DecisionWrite; fields: string[] } | null;
}

/** How the note-taker settles a conflict: keep theirs, take the server's, or a value they composed. */
export type ConflictChoice = 'local' | 'server' | DecisionWrite;

export interface SyncEngineOptions {
  store: DecisionStore;
  outbox: OutboxStore;
  meetingKey: string;
  clock?: SyncClock;
  /** Spacing between writes of one punkt (default 2000 ms). */
  minIntervalMs?: number;
  /** Quiet time after a keystroke before a write, so a burst of typing becomes one write (default 300 ms). */
  quietMs?: number;
  /** Asked after a 401 before retrying (the token provider's forceRefresh). */
  refreshToken?: () => Promise<void>;
  random?: () => number;
  /** Whether the device is online at start (navigator.onLine in the app). */
  online?: boolean;
}

export interface SyncEngine {
  /**
   * Loads the meeting's outbox and registers the server's versions of its punkter. Pending intents
   * found in the outbox (left by a reload or a closed panel) are sent once.
   */
  start(known: Array<{ itemId: string; version: DecisionVersion }>): Promise<void>;
  get(itemId: string): PunktSync | undefined;
  /** Records a local change; resolves when it is safe in the outbox. */
  edit(itemId: string, value: DecisionWrite): Promise<void>;
  resolveConflict(itemId: string, choice: ConflictChoice): Promise<void>;
  setOnline(online: boolean): void;
  /** True after the store answered 403: the user may only read. */
  isReadOnly(): boolean;
  subscribe(listener: () => void): () => void;
  /** Stops timers and waits until every change is in the outbox (the panel closing). */
  dispose(): Promise<void>;
}

interface Slot {
  entry: OutboxEntry;
  snapshot: PunktSync;
  timer: unknown;
  dueAt: number;
  inflight: boolean;
  /** The last attempt failed for a passing reason; shown as offline until a write succeeds. */
  failing: boolean;
  attempt: number;
  /** Earliest time for the next retry after a failure (backoff, Retry-After); 0 when none. */
  retryAt: number;
}

const MAX_UNCERTAIN = 10;

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function retryAfterOf(error: unknown): number | undefined {
  const ms = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof ms === 'number' ? ms : undefined;
}

/** How long a write waits for its write-ahead record in the outbox before it goes anyway. */
const OUTBOX_WAIT_MS = 1000;

/** Resolves when `work` settles (either way) or after `ms`, whichever comes first. */
function settleWithin(clock: SyncClock, work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = clock.setTimeout(resolve, ms);
    const done = () => {
      clock.clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}

/** Remembers `sent` as a write of unknown outcome (the newest last, at most MAX_UNCERTAIN). */
function rememberUncertain(entry: OutboxEntry, sent: DecisionWrite): void {
  if (!entry.uncertain.some((u) => sameDecision(u, sent))) entry.uncertain = [...entry.uncertain, sent].slice(-MAX_UNCERTAIN);
}

/** Creates the engine for one meeting. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { store, outbox, meetingKey } = options;
  const clock = options.clock ?? systemClock;
  const minInterval = options.minIntervalMs ?? 2000;
  const quiet = options.quietMs ?? 300;
  const slots = new Map<string, Slot>();
  const listeners = new Set<() => void>();
  const queue = createPersistQueue(outbox);
  let online = options.online ?? true;
  let readOnly = false;
  let disposed = false;

  function stateOf(slot: Slot): SyncState {
    if (readOnly) return 'readonly';
    if (slot.entry.conflict) return 'conflict';
    if (!isPending(slot.entry)) return 'saved';
    if (!online || slot.failing) return 'offline';
    return 'saving';
  }

  function refresh(slot: Slot): void {
    const { entry } = slot;
    slot.snapshot = {
      itemId: entry.itemId,
      value: entry.value,
      serverValue: entry.base.value,
      state: stateOf(slot),
      revision: entry.revision,
      conflict: entry.conflict ? { server: entry.conflict.server.value, fields: entry.conflict.fields } : null,
    };
  }

  function emit(): void {
    for (const listener of [...listeners]) listener();
  }

  function changed(slot: Slot): void {
    refresh(slot);
    emit();
  }

  const persist = (slot: Slot) => queue.persist(slot.entry);

  function schedule(slot: Slot, delayMs: number): void {
    if (disposed || readOnly || !online || slot.inflight || slot.entry.conflict || !isPending(slot.entry)) return;
    const now = clock.now();
    const due = Math.max(now + delayMs, (slot.entry.lastWriteAt ?? -Infinity) + minInterval, slot.retryAt);
    if (slot.timer !== null) {
      if (slot.dueAt <= due) return;
      clock.clearTimeout(slot.timer);
    }
    slot.dueAt = due;
    slot.timer = clock.setTimeout(() => {
      slot.timer = null;
      void flush(slot);
    }, due - now);
  }

  function cancel(slot: Slot): void {
    if (slot.timer !== null) clock.clearTimeout(slot.timer);
    slot.timer = null;
  }

  async function flush(slot: Slot): Promise<void> {
    if (disposed || readOnly || !online || slot.inflight || slot.entry.conflict || !isPending(slot.entry)) return;
    const sentRevision = slot.entry.revision;
    const sent = slot.entry.value;
    slot.inflight = true;
    slot.entry.lastWriteAt = clock.now();
    // Write-ahead: until the answer comes, this value may land. Recorded in the outbox before it is
    // sent, so a panel that dies mid-request still recognises the landed write after a reload
    // (else the 412 would show the note-taker a conflict with their own text).
    rememberUncertain(slot.entry, sent);
    try {
      // A failing or stuck outbox (IndexedDB blocked by another tab) must not also stop the write
      // to Graph: that is where the text is safest.
      await settleWithin(clock, persist(slot), OUTBOX_WAIT_MS);
      if (disposed) return;
      // Stamped again as it leaves (the outbox write took time), so the 2 s spacing holds between real writes.
      slot.entry.lastWriteAt = clock.now();
      void persist(slot);
      const result = await store.writeDecision(slot.entry.itemId, sent, slot.entry.base.etag);
      if (disposed) return;
      const entry = slot.entry;
      slot.failing = false;
      slot.attempt = 0;
      slot.retryAt = 0;
      if (result.ok) {
        entry.base = { etag: result.etag, value: sent };
        entry.syncedRevision = Math.max(entry.syncedRevision, sentRevision);
        entry.uncertain = [];
      } else {
        reconcileConflict(entry, sent, result.current, clock.now());
      }
    } catch (error) {
      if (disposed) return;
      await onError(slot, sent, error);
    } finally {
      slot.inflight = false;
    }
    if (disposed) return;
    void persist(slot);
    changed(slot);
    schedule(slot, 0);
  }

  async function onError(slot: Slot, sent: DecisionWrite, error: unknown): Promise<void> {
    const status = statusOf(error);
    if (status === 403) {
      readOnly = true;
      for (const other of slots.values()) cancel(other);
      for (const other of slots.values()) refresh(other);
      return;
    }
    if (status === 401 && options.refreshToken) {
      try {
        await options.refreshToken();
        return;
      } catch {
        // Could not refresh (offline, or sign-in needed): fall through to a normal retry.
      }
    }
    // The value stays remembered as uncertain (recorded before sending): even after a 429 an earlier
    // attempt of the same value may have landed, and remembering one that did not is harmless.
    slot.failing = true;
    slot.retryAt = clock.now() + retryDelay(slot.attempt, retryAfterOf(error), { random: options.random });
    slot.attempt += 1;
  }

  function slotFor(itemId: string): Slot {
    const slot = slots.get(itemId);
    if (!slot) throw new Error(`Unknown punkt ${itemId}: start() the engine with it first`);
    return slot;
  }

  function addSlot(entry: OutboxEntry): void {
    const slot: Slot = {
      entry,
      snapshot: undefined as unknown as PunktSync,
      timer: null,
      dueAt: 0,
      inflight: false,
      failing: false,
      attempt: 0,
      retryAt: 0,
    };
    refresh(slot);
    slots.set(entry.itemId, slot);
  }

  return {
    async start(known) {
      const stored = new Map((await outbox.list(meetingKey)).map((e) => [e.itemId, e]));
      for (const { itemId, version } of known) {
        const entry = stored.get(itemId);
        stored.delete(itemId);
        if (entry && (isPending(entry) || entry.conflict || entry.base.etag === version.etag)) {
          addSlot(entry);
        } else {
          // Nothing local to send: the server's version is the truth.
          addSlot({
            meetingKey,
            itemId,
            value: version.value,
            base: version,
            revision: entry?.revision ?? 0,
            syncedRevision: entry?.revision ?? 0,
            uncertain: [],
            conflict: null,
            lastWriteAt: entry?.lastWriteAt ?? null,
            updatedAt: clock.now(),
          });
        }
      }
      // Intents for punkter the caller did not list are kept and still sent: never drop local work.
      for (const entry of stored.values()) addSlot(entry);
      emit();
      for (const slot of slots.values()) schedule(slot, 0);
    },
    get(itemId) {
      return slots.get(itemId)?.snapshot;
    },
    edit(itemId, value) {
      const slot = slotFor(itemId);
      if (readOnly) return Promise.reject(new Error('Read-only: the decision cannot be changed'));
      if (sameDecision(value, slot.entry.value)) return Promise.resolve();
      slot.entry.value = value;
      slot.entry.revision += 1;
      slot.entry.updatedAt = clock.now();
      changed(slot);
      const saved = persist(slot);
      schedule(slot, quiet);
      return saved;
    },
    resolveConflict(itemId, choice) {
      const slot = slotFor(itemId);
      const conflict = slot.entry.conflict;
      if (!conflict) return Promise.resolve();
      const entry = slot.entry;
      entry.value = choice === 'local' ? entry.value : choice === 'server' ? conflict.server.value : choice;
      entry.base = conflict.server;
      entry.conflict = null;
      entry.revision += 1;
      entry.updatedAt = clock.now();
      if (sameDecision(entry.value, conflict.server.value)) entry.syncedRevision = entry.revision;
      changed(slot);
      const saved = persist(slot);
      schedule(slot, 0);
      return saved;
    },
    setOnline(next) {
      if (online === next) return;
      online = next;
      for (const slot of slots.values()) {
        if (!online) cancel(slot);
        // Back online: try at once (still ≥ 2 s after the last write) instead of waiting out the backoff.
        slot.failing = false;
        slot.attempt = 0;
        slot.retryAt = 0;
        refresh(slot);
      }
      emit();
      if (online) for (const slot of slots.values()) schedule(slot, 0);
    },
    isReadOnly: () => readOnly,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async dispose() {
      disposed = true;
      for (const slot of slots.values()) cancel(slot);
      listeners.clear();
      await queue.settled();
    },
  };
}
