/**
 * Asks the DecisionStore, once per opened meeting, whether the user may write decisions, so a
 * read-only user sees the decisions as text from the start instead of learning it from a refused
 * write. Never holds the view up for long: offline, slow or unable to tell all mean "not known".
 */
import type { DecisionStore, StoredAgenda } from '../../../domain/ports';
import { systemClock, type SyncClock } from '../sync/clock';

/** true/false: the store's answer; null: it could not tell (editors as usual); undefined: still asking. */
export type WriteAccess = boolean | null | undefined;

/**
 * How long the view waits for an answer before it shows editors anyway (a 403 on the first write
 * still turns it read-only). The Graph client retries a failing probe for several seconds.
 */
export const WRITE_ACCESS_WAIT_MS = 4000;

/**
 * The store's answer for the meeting's first open punkt: closed punkter live in a restricted list
 * whose permissions say nothing about the others. Null without canWrite, without an open punkt,
 * offline, on failure, or after WRITE_ACCESS_WAIT_MS.
 */
export function probeWriteAccess(
  store: DecisionStore,
  agenda: StoredAgenda,
  options: { online: boolean; clock?: SyncClock | undefined },
): Promise<boolean | null> {
  const open = agenda.items.find((stored) => stored.readable && !stored.item.closed);
  if (!store.canWrite || !open || !options.online) return Promise.resolve(null);
  const clock = options.clock ?? systemClock;
  let timer: unknown;
  const waited = new Promise<null>((resolve) => {
    timer = clock.setTimeout(() => resolve(null), WRITE_ACCESS_WAIT_MS);
  });
  const answer = store.canWrite(open.id).catch(() => null);
  return Promise.race([answer, waited]).finally(() => clock.clearTimeout(timer));
}
