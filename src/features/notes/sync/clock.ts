/**
 * Time for the sync engine, injected so tests and the fuzz drive it with fake timers and the
 * benchmark with a simulated clock. The engine never reads Date.now() or setTimeout directly.
 */

/** The clock and timers the engine uses. */
export interface SyncClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock: Date.now and the global timers (so vitest's fake timers also drive it). */
export const systemClock: SyncClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
