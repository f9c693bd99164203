/**
 * What the sync engine needs to know about one write's outcome: the status and Retry-After of a
 * failure (from its AppError, so any store's errors work), the write-ahead record of values that
 * may have landed, and a bounded wait for the outbox.
 */
import { appErrorOf } from '../../../domain/app-error';
import { sameDecision } from '../../../domain/decision-merge';
import type { DecisionWrite } from '../../../domain/ports';
import type { SyncClock } from './clock';
import type { OutboxEntry } from './outbox';

/** How many uncertain values an entry remembers. */
export const MAX_UNCERTAIN = 10;

/** The HTTP status of a failure, when it has one. */
export function statusOf(error: unknown): number | null {
  return appErrorOf(error).status;
}

/** The wait the server asked for (Retry-After), in milliseconds, when it said. */
export function retryAfterOf(error: unknown): number | undefined {
  return appErrorOf(error).retryAfterMs ?? undefined;
}

/** How long a write waits for its write-ahead record in the outbox before it goes anyway. */
export const OUTBOX_WAIT_MS = 1000;

/** Resolves when `work` settles (either way) or after `ms`, whichever comes first. */
export function settleWithin(clock: SyncClock, work: Promise<unknown>, ms: number): Promise<void> {
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
export function rememberUncertain(entry: OutboxEntry, sent: DecisionWrite): void {
  if (!entry.uncertain.some((u) => sameDecision(u, sent))) entry.uncertain = [...entry.uncertain, sent].slice(-MAX_UNCERTAIN);
}
