/**
 * The world of a sync engine test: a decision list (FakeDecisionStore) whose answers take 50 ms of
 * fake time and can be made to fail, the device's outbox in memory, and the engines a test starts,
 * disposed after it. Fake timers run from 1 000 000 ms; `advance` moves them and lets the promises
 * they release settle.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { DecisionWrite } from '../../../src/domain/ports';
import { createMemoryOutbox, type OutboxStore } from '../../../src/features/notes/sync/outbox';
import { createSyncEngine, type KnownVersion, type SyncEngine, type SyncEngineOptions } from '../../../src/features/notes/sync/sync-engine';
import { FakeDecisionStore, type StoreFault } from '../../fakes/fake-decision-store';

/** The one meeting these tests write to. */
export const MEETING = 'uid-1|2024-03-13T08:00:00Z';

/** A decision as the note-taker types it (no postponement). */
export const decisionText = (decision: string, status: DecisionWrite['status'] = 'none'): DecisionWrite => ({
  decision,
  status,
  postponedTo: null,
});

/** Moves the fake clock and settles what it releases. */
export const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

export interface SyncEngineHarness {
  /** The list as the server holds it; a test may replace it before starting an engine. */
  store: FakeDecisionStore;
  /** The device's outbox; a test may replace it (one that refuses, as IndexedDB at its quota). */
  outbox: OutboxStore;
  /** Faults the harness's store answers its next writes with, first to last. */
  faults: StoreFault[];
  /**
   * Creates an engine on the current store and outbox (`options` override them), starts it with
   * `known` and disposes of it after the test.
   */
  start(known: KnownVersion[], options?: Partial<SyncEngineOptions>): Promise<SyncEngine>;
  /** The server's current versions of these punkter, as a fresh open reads them. */
  fresh(...itemIds: string[]): KnownVersion[];
}

/** Registers the setup and teardown hooks of the calling test file and returns its harness. */
export function useSyncEngineHarness(): SyncEngineHarness {
  const engines: SyncEngine[] = [];
  const harness: SyncEngineHarness = {
    store: new FakeDecisionStore(),
    outbox: createMemoryOutbox(),
    faults: [],
    async start(known, options = {}) {
      const engine = createSyncEngine({
        store: harness.store,
        outbox: harness.outbox,
        meetingKey: MEETING,
        random: () => 0.5,
        ...options,
      });
      engines.push(engine);
      await engine.start(known);
      return engine;
    },
    fresh: (...itemIds) => itemIds.map((itemId) => ({ itemId, version: harness.store.current(itemId) })),
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    harness.faults = [];
    harness.store = new FakeDecisionStore({
      now: () => Date.now(),
      fault: () => harness.faults.shift() ?? null,
      delay: () => new Promise((resolve) => setTimeout(resolve, 50)),
    });
    harness.outbox = createMemoryOutbox();
  });

  afterEach(async () => {
    for (const engine of engines.splice(0)) await engine.dispose();
    vi.useRealTimers();
  });

  return harness;
}
