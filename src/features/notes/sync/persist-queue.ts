/**
 * Writes entries to the outbox in order, coalescing per punkt: at most one put in flight per punkt,
 * then only the latest copy. A burst of keystrokes thus costs a few small transactions. Each put
 * names the stamp of the copy this panel last stored (compare-and-set), so another panel's newer
 * text is reported (`stale`) instead of being replaced unseen; a failed put (quota, an aborted
 * transaction) is reported too, and a newer copy waiting behind it is still tried.
 */
import type { OutboxEntry, OutboxStore } from './outbox';

/** What became of one put. */
export type PersistOutcome =
  | { kind: 'stored'; entry: OutboxEntry }
  /** Another panel stored `stored` since: merge with it, `know` its stamp, persist again. */
  | { kind: 'stale'; stored: OutboxEntry }
  | { kind: 'failed'; error: unknown };

export interface PersistQueue {
  /** Queues a copy of `entry`; resolves with the outcome of its put, or of the newer copy that replaced it. */
  persist(entry: OutboxEntry): Promise<PersistOutcome>;
  /**
   * The stamp of the stored copy the next put of `itemId` derives from (null: none, or one without
   * a stamp). Punkter never `know`n are put without a check but the revision rule.
   */
  know(itemId: string, stamp: string | null): void;
  /** Resolves when nothing is waiting to be stored (including puts queued while waiting). */
  settled(): Promise<void>;
}

/** `onOutcome` hears every put's outcome as it happens, before the callers' promises resolve. */
export function createPersistQueue(outbox: OutboxStore, onOutcome?: (itemId: string, outcome: PersistOutcome) => void): PersistQueue {
  const jobs = new Map<string, { next: OutboxEntry | null; done: Promise<PersistOutcome> }>();
  const known = new Map<string, string | null>();

  async function run(itemId: string, job: { next: OutboxEntry | null }): Promise<PersistOutcome> {
    let outcome: PersistOutcome = { kind: 'failed', error: new Error('nothing stored') };
    try {
      while (job.next) {
        const next = job.next;
        job.next = null;
        try {
          const result = await outbox.put(next, known.has(itemId) ? known.get(itemId) : undefined);
          if (result.ok) {
            if (known.has(itemId)) known.set(itemId, next.stamp ?? null);
            outcome = { kind: 'stored', entry: next };
          } else {
            // Copies queued meanwhile derive from the same unseen state: dropped; the listener merges
            // the panel's current entry with the stored one and persists that instead.
            job.next = null;
            outcome = { kind: 'stale', stored: result.stored };
          }
        } catch (error) {
          outcome = { kind: 'failed', error };
        }
        onOutcome?.(itemId, outcome);
      }
    } finally {
      jobs.delete(itemId);
    }
    return outcome;
  }

  return {
    persist(entry) {
      const copy = structuredClone(entry);
      const queued = jobs.get(entry.itemId);
      if (queued) {
        queued.next = copy;
        return queued.done;
      }
      const job = { next: copy as OutboxEntry | null, done: Promise.resolve<PersistOutcome>({ kind: 'stored', entry: copy }) };
      jobs.set(entry.itemId, job);
      job.done = run(entry.itemId, job);
      return job.done;
    },
    know(itemId, stamp) {
      known.set(itemId, stamp);
    },
    async settled() {
      while (jobs.size > 0) await Promise.all([...jobs.values()].map((job) => job.done));
    },
  };
}
