/**
 * The one backoff rule for a request that failed for a passing reason (no network, 429, 503):
 * exponential with jitter, so clients that failed together do not come back in lockstep, and never
 * shorter than the server asked for with Retry-After (https://learn.microsoft.com/graph/throttling).
 * The Graph client and the note-taker's sync engine differ only in their policy.
 */

/** How one caller backs off. */
export interface BackoffPolicy {
  /** The ceiling after the first failed attempt; it doubles with each further one. */
  baseMs: number;
  /** The ceiling never grows past this. */
  capMs: number;
  /**
   * `full`: uniform in [0, ceiling) (spreads the most: AWS architecture blog, "Exponential Backoff
   * And Jitter"); `equal`: in [ceiling/2, ceiling], never much sooner than the ceiling.
   */
  jitter: 'full' | 'equal';
}

/**
 * The wait after failed attempt number `attempt` (1 for the first attempt), at least `retryAfterMs`
 * when the server sent one. `random` gives [0, 1) (injected for reproducible tests).
 */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, random: () => number, policy: BackoffPolicy): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(0, attempt - 1), 30));
  const wait = policy.jitter === 'full' ? Math.floor(random() * ceiling) : Math.round(ceiling / 2 + (ceiling / 2) * random());
  return Math.max(wait, retryAfterMs ?? 0);
}
