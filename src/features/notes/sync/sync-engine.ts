/**
 * The sync engine: keeps the note-taker's decisions in the outbox at every keystroke and sends them
 * to the DecisionStore (Graph) conditionally, at most one write per punkt per 2 s. A 412 is merged
 * per field (reconcile.ts); what cannot be merged waits for the note-taker. Nothing is overwritten
 * silently. Network failures, 429 and 5xx are retried with backoff; 403 makes the view read-only.
 *
 * Panels of one browser on one meeting share the outbox: each copy is stamped and stored by
 * compare-and-set, another panel's newer copy is merged in (panel-merge.ts), and a channel tells the
 * other panels to show it. A failed local save is shown ('unsaved'), never passed off as saved.
 *
 * Pure of the browser: the store, the outbox, the clock, online/offline, the channel and the locks
 * come in from outside.
 */
import { sameDecision } from '../../../domain/decision-merge';
import { retryDelay, type BackoffPolicy } from '../../../domain/backoff';
import type { DecisionWrite } from '../../../domain/ports';
import { systemClock } from './clock';
import { isPending, type OutboxEntry } from './outbox';
import { newPanelId, type PanelLocks, type PanelMessage } from './panel-channel';
import { mergePanelEntry } from './panel-merge';
import { createPersistQueue, type PersistOutcome } from './persist-queue';
import { reconcileConflict } from './reconcile';
import type { KnownVersion, PunktSync, SyncEngine, SyncEngineOptions, SyncState } from './sync-types';
import { OUTBOX_WAIT_MS, rememberUncertain, retryAfterOf, settleWithin, statusOf } from './write-outcome';

export type { ConflictChoice, KnownVersion, PunktSync, SyncEngine, SyncEngineOptions, SyncState } from './sync-types';

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
  /** The last copy known to be in the outbox (ours or another panel's): what local changes derive from. */
  stored: OutboxEntry | null;
  /** The device refused the last copy: the text may be only in this window. */
  localFailed: boolean;
}

/**
 * Who retries a decision write: the Graph client retries one request within the write (429, 503 and
 * 504 with Retry-After, a lost answer checked with `recover`), since only it sees the response and
 * knows whether the request may be sent again. The engine never repeats a request: when the store
 * gave up (throwing), it schedules the punkt's next write, with the newest text, after this backoff
 * and no sooner than the error's Retry-After. So the client's quick retries of one request stay as
 * they were (every notes test and the notes e2e with faults pass on them), and the engine is the one
 * place that waits out an outage of minutes, sending the newest text rather than an old request.
 * First retry after 1–2 s, at most a minute apart: a live meeting.
 */
const SYNC_BACKOFF: BackoffPolicy = { baseMs: 2000, capMs: 60_000, jitter: 'equal' };

/** Without Web Locks, a panel just goes ahead: If-Match still guards every write. */
const noLocks: PanelLocks = { request: (_name, work) => work() };

/** Whether the outbox entry beats the server's `version` at start (see SyncEngine.start). */
function keepsLocal(entry: OutboxEntry, { version, asOf }: KnownVersion): boolean {
  if (isPending(entry) || entry.conflict || entry.base.etag === version.etag) return true;
  // An offline copy of the agenda read before the outbox last heard from the server is older than it.
  return asOf !== undefined && (entry.baseAt ?? entry.updatedAt) >= asOf;
}

/** Creates the engine for one meeting. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { store, outbox, meetingKey, panels } = options;
  const clock = options.clock ?? systemClock;
  const minInterval = options.minIntervalMs ?? 2000;
  const quiet = options.quietMs ?? 300;
  const locks = options.locks ?? noLocks;
  // Only with other panels can the outbox change under us; a lone panel need not re-read it per write.
  const shared = panels !== undefined || options.locks !== undefined;
  const panelId = options.panelId ?? newPanelId();
  let stamps = 0;
  const slots = new Map<string, Slot>();
  const listeners = new Set<() => void>();
  const queue = createPersistQueue(outbox, onPersisted);
  let online = options.online ?? true;
  let readOnly = false;
  let disposed = false;
  let unsubscribePanels = () => {};

  function stateOf(slot: Slot): SyncState {
    if (readOnly) return 'readonly';
    if (slot.entry.conflict) return 'conflict';
    // Only the server's confirmation is "Gemt"; without a local copy nothing may claim "gemt lokalt".
    if (!isPending(slot.entry)) return 'saved';
    if (slot.localFailed) return 'unsaved';
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
      conflict: entry.conflict
        ? {
            server: entry.conflict.server.value,
            fields: entry.conflict.fields,
            ...(entry.conflict.fromPanel ? { fromPanel: true as const } : {}),
          }
        : null,
    };
  }

  function emit(): void {
    for (const listener of [...listeners]) listener();
  }

  function changed(slot: Slot): void {
    refresh(slot);
    emit();
  }

  /** Stores a stamped copy of the slot's entry; the outcome arrives in onPersisted. */
  function persist(slot: Slot): Promise<PersistOutcome> {
    stamps += 1;
    slot.entry.stamp = `${panelId}:${stamps}`;
    return queue.persist(slot.entry);
  }

  function onPersisted(itemId: string, outcome: PersistOutcome): void {
    const slot = slots.get(itemId);
    if (!slot) return;
    if (outcome.kind === 'failed') {
      slot.localFailed = true;
      changed(slot);
    } else if (outcome.kind === 'stored') {
      slot.stored = outcome.entry;
      const wasFailing = slot.localFailed;
      slot.localFailed = false;
      if (wasFailing) changed(slot);
      if (outcome.entry.stamp) panels?.post({ meetingKey, itemId, stamp: outcome.entry.stamp });
    } else if (!disposed || isPending(slot.entry)) {
      mergeIn(slot, outcome.stored);
    }
    // Else this panel is closing and the server already holds its text: another panel's newer copy
    // stays as it is, rather than merged into a conflict this closed panel would never show.
  }

  /** Takes in another panel's stored copy: adopted when this panel has nothing unsaved, else merged and stored again. */
  function mergeIn(slot: Slot, theirs: OutboxEntry): void {
    const clean = slot.entry.stamp === slot.stored?.stamp;
    slot.entry = clean ? structuredClone(theirs) : mergePanelEntry(slot.stored, slot.entry, theirs, clock.now());
    slot.stored = theirs;
    queue.know(theirs.itemId, theirs.stamp ?? null);
    if (!clean) void persist(slot);
    changed(slot);
    schedule(slot, clean ? quiet : 0);
  }

  /** Another panel stored a copy: show it (a panel with unsaved changes merges when its own put is refused). */
  async function onPanelMessage(message: PanelMessage): Promise<void> {
    const slot = message.meetingKey === meetingKey ? slots.get(message.itemId) : undefined;
    if (!slot || disposed || slot.stored?.stamp === message.stamp) return;
    const asked = slot.stored?.stamp;
    const theirs = await outbox.get(meetingKey, message.itemId);
    if (!theirs || disposed || !newsSince(slot, asked, theirs)) return;
    if (slot.inflight || slot.entry.stamp !== slot.stored?.stamp) return;
    mergeIn(slot, theirs);
  }

  /** Before a write, with the lock held: whatever another panel stored since comes in first. */
  async function catchUp(slot: Slot): Promise<void> {
    const asked = slot.stored?.stamp;
    const theirs = await outbox.get(meetingKey, slot.entry.itemId);
    if (!theirs || disposed || theirs.stamp === undefined || !newsSince(slot, asked, theirs)) return;
    mergeIn(slot, theirs);
  }

  /**
   * Whether a copy read from the outbox is another panel's news. A read can answer late (a busy
   * device; the write goes on after OUTBOX_WAIT_MS): if this panel has stored a copy since it asked,
   * the answer is older than what it knows, and a put of its own copy is never news to it. Taking
   * either in would put an old text back over what the note-taker typed since. Another panel's real
   * news still arrives: this panel's next put is refused for it (compare-and-set) and merged then.
   */
  function newsSince(slot: Slot, asked: string | undefined, theirs: OutboxEntry): boolean {
    if (slot.stored?.stamp !== asked) return false;
    if (theirs.stamp === slot.stored?.stamp || theirs.stamp === slot.entry.stamp) return false;
    return !theirs.stamp?.startsWith(`${panelId}:`);
  }

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

  const sendable = (slot: Slot) => !disposed && !readOnly && online && !slot.entry.conflict && isPending(slot.entry);

  async function flush(slot: Slot): Promise<void> {
    if (!sendable(slot) || slot.inflight) return;
    slot.inflight = true;
    try {
      await locks.request(`punkt-write|${meetingKey}|${slot.entry.itemId}`, () => send(slot));
    } finally {
      slot.inflight = false;
    }
    if (disposed) return;
    changed(slot);
    schedule(slot, 0);
  }

  /** One write of the punkt's latest value, with the panels' lock held. */
  async function send(slot: Slot): Promise<void> {
    if (shared)
      await settleWithin(
        clock,
        catchUp(slot).catch(() => undefined),
        OUTBOX_WAIT_MS,
      );
    // Another panel may have sent it meanwhile, or written a moment ago (the 2 s spacing is shared).
    if (!sendable(slot) || (slot.entry.lastWriteAt ?? -Infinity) + minInterval > clock.now()) return;
    const sentRevision = slot.entry.revision;
    const sent = slot.entry.value;
    slot.entry.lastWriteAt = clock.now();
    // Write-ahead: until the answer comes, this value may land. Recorded in the outbox before it is
    // sent, so a panel that dies mid-request still recognises the landed write after a reload
    // (else the 412 would show the note-taker a conflict with their own text).
    rememberUncertain(slot.entry, sent);
    try {
      // A failing or stuck outbox (IndexedDB full, or blocked by another tab) must not also stop the
      // write to Graph: that is where the text is safest.
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
        entry.baseAt = clock.now();
        entry.syncedRevision = Math.max(entry.syncedRevision, sentRevision);
        entry.uncertain = [];
      } else if (!entry.conflict?.fromPanel) {
        reconcileConflict(entry, sent, result.current, clock.now());
      }
      // Else two panels clashed while the write was out: the other panel's text may be held only in
      // that conflict, and a server conflict would replace it. It stays for the note-taker; the
      // next write (with the old ETag) gets the 412 again and is reconciled then.
    } catch (error) {
      if (disposed) return;
      await onError(slot, sent, error);
    }
    if (disposed) return;
    changed(slot);
    // Stored before the lock is released, so the next panel to write starts from this answer.
    await settleWithin(clock, persist(slot), OUTBOX_WAIT_MS);
  }

  async function onError(slot: Slot, sent: DecisionWrite, error: unknown): Promise<void> {
    const status = statusOf(error);
    if (status === 403) {
      readOnly = true;
      for (const other of slots.values()) cancel(other);
      for (const other of slots.values()) refresh(other);
      return;
    }
    // A 401 is not the engine's to mend: the Graph client already asked the token provider for a
    // fresh token once (forceRefresh) and tried again, so this one means sign-in is needed; the
    // write waits like any other failure and the view shows the error.
    // The value stays remembered as uncertain (recorded before sending): even after a 429 an earlier
    // attempt of the same value may have landed, and remembering one that did not is harmless.
    slot.failing = true;
    slot.retryAt = clock.now() + retryDelay(slot.attempt + 1, retryAfterOf(error), options.random ?? Math.random, SYNC_BACKOFF);
    slot.attempt += 1;
  }

  function slotFor(itemId: string): Slot {
    const slot = slots.get(itemId);
    if (!slot) throw new Error(`Unknown punkt ${itemId}: start() the engine with it first`);
    return slot;
  }

  /** `stored` is the outbox's copy of the punkt, if any (what the next put derives from). */
  function addSlot(entry: OutboxEntry, stored: OutboxEntry | null): void {
    const slot: Slot = {
      entry,
      snapshot: undefined as unknown as PunktSync,
      timer: null,
      dueAt: 0,
      inflight: false,
      failing: false,
      attempt: 0,
      retryAt: 0,
      stored,
      localFailed: false,
    };
    refresh(slot);
    slots.set(entry.itemId, slot);
    queue.know(entry.itemId, stored?.stamp ?? null);
  }

  return {
    async start(known) {
      const stored = new Map((await outbox.list(meetingKey)).map((e) => [e.itemId, e]));
      const outdated: Slot[] = [];
      for (const punkt of known) {
        const { itemId, version, asOf } = punkt;
        const entry = stored.get(itemId);
        stored.delete(itemId);
        if (entry && keepsLocal(entry, punkt)) {
          addSlot(structuredClone(entry), entry);
        } else {
          // Nothing local to send: the server's version is the truth.
          addSlot(
            {
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
              baseAt: asOf ?? clock.now(),
              ...(entry?.stamp ? { stamp: entry.stamp } : {}),
            },
            entry ?? null,
          );
          if (entry) outdated.push(slotFor(itemId));
        }
      }
      // Intents for punkter the caller did not list are kept and still sent: never drop local work.
      for (const entry of stored.values()) addSlot(structuredClone(entry), entry);
      if (panels) unsubscribePanels = panels.subscribe((message) => void onPanelMessage(message).catch(() => undefined));
      emit();
      // The outbox learns the newer version too: this panel shows it, so a later reload from an
      // offline copy older than it must not go back (the copy is only refreshed when its own write
      // works). Punkter without an entry stay out: no decision text is put on the device unasked.
      for (const slot of outdated) void persist(slot);
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
      return saved.then(() => undefined);
    },
    resolveConflict(itemId, choice) {
      const slot = slotFor(itemId);
      const conflict = slot.entry.conflict;
      if (!conflict) return Promise.resolve();
      const entry = slot.entry;
      entry.value = choice === 'local' ? entry.value : choice === 'server' ? conflict.server.value : choice;
      // Between two panels the base stays: the other text was never the server's.
      if (!conflict.fromPanel) entry.base = conflict.server;
      entry.conflict = null;
      entry.revision += 1;
      entry.updatedAt = clock.now();
      if (sameDecision(entry.value, entry.base.value)) entry.syncedRevision = entry.revision;
      changed(slot);
      const saved = persist(slot);
      schedule(slot, 0);
      return saved.then(() => undefined);
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
    localSaveFailed: () => [...slots.values()].some((slot) => slot.localFailed),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async dispose() {
      disposed = true;
      unsubscribePanels();
      for (const slot of slots.values()) cancel(slot);
      listeners.clear();
      // A copy the device refused is tried once more (space freed, another tab closed): the text typed
      // here must not leave with the panel when the device would now keep it.
      for (const slot of slots.values()) if (slot.localFailed) void persist(slot);
      await queue.settled();
      panels?.close?.();
    },
  };
}
