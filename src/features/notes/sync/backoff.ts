/**
 * Retry delays for writes that failed for a passing reason (no network, 429, 503): exponential with
 * jitter so a room full of panels coming back online does not hit Graph in lockstep, and never
 * shorter than what the server asked for with Retry-After.
 */

/** Options for {@link retryDelay}; defaults suit a live meeting (first retry after ~2 s, at most a minute). */
export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** Jitter source in [0, 1); injected for reproducible tests. */
  random?: () => number;
}

/**
 * The delay before retry number `attempt` (0 for the first retry): between half and all of
 * base·2^attempt, capped at maxMs, and at least `retryAfterMs` when the server sent one.
 */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 2000;
  const max = options.maxMs ?? 60_000;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 20));
  const jittered = Math.round(ceiling / 2 + (ceiling / 2) * random());
  return Math.max(jittered, retryAfterMs ?? 0);
}
