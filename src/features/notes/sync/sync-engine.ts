/**
 * The sync engine: keeps the note-taker's decisions in the outbox at every keystroke and sends them
 * to the DecisionStore (Graph) conditionally, at most one write per punkt per 2 s. A 412 is merged
 * per field (reconcile.ts); what cannot be merged waits for the note-taker. Nothing is overwritten
 * silently. Network failures, 429 and 5xx are retried with backoff; 403 makes the view read-only.
 *
 * Pure of the browser: the store, the outbox, the clock and online/offline come in from outside.
 */
import { sameDecision } from '../../../domain/decision-merge';
import type { DecisionWrite } from '../../../domain/ports';
import { retryDelay } from './backoff';
import { systemClock } from './clock';
import { isPending, type OutboxEntry } from './outbox';
import { createPersistQueue } from './persist-queue';
import { reconcileConflict } from './reconcile';
import type { PunktSync, SyncEngine, SyncEngineOptions, SyncState } from './sync-types';
import { OUTBOX_WAIT_MS, rememberUncertain, retryAfterOf, settleWithin, statusOf } from './write-outcome';

export type { ConflictChoice, PunktSync, SyncEngine, SyncEngineOptions, SyncState } from './sync-types';

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
