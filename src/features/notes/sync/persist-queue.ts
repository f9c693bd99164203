/**
 * Writes entries to the outbox in order, coalescing per punkt: at most one put in flight per punkt,
 * then only the latest copy. A burst of keystrokes thus costs a few small transactions, and every
 * caller's promise resolves once its value (or a newer one) is durable.
 */
import type { OutboxEntry, OutboxStore } from './outbox';

export interface PersistQueue {
  /** Queues a copy of `entry`; resolves when it or a newer copy of the punkt is stored. */
  persist(entry: OutboxEntry): Promise<void>;
  /** Resolves when nothing is waiting to be stored. */
  settled(): Promise<void>;
}

export function createPersistQueue(outbox: OutboxStore): PersistQueue {
  const jobs = new Map<string, { next: OutboxEntry | null; done: Promise<void> }>();
  return {
    persist(entry) {
      const copy = structuredClone(entry);
      const queued = jobs.get(entry.itemId);
      if (queued) {
        queued.next = copy;
        return queued.done;
      }
      const job = { next: copy as OutboxEntry | null, done: Promise.resolve() };
      job.done = (async () => {
        try {
          while (job.next) {
            const next = job.next;
            job.next = null;
            await outbox.put(next);
          }
        } finally {
          jobs.delete(entry.itemId);
        }
      })();
      jobs.set(entry.itemId, job);
      return job.done;
    },
    async settled() {
      await Promise.all([...jobs.values()].map((job) => job.done));
    },
  };
}
