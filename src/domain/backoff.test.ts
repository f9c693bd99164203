import { describe, expect, it } from 'vitest';
import { retryDelay, type BackoffPolicy } from './backoff';

const full: BackoffPolicy = { baseMs: 250, capMs: 30_000, jitter: 'full' };
const equal: BackoffPolicy = { baseMs: 2000, capMs: 60_000, jitter: 'equal' };

describe('retryDelay (attempt, Retry-After, random, policy)', () => {
  it('with full jitter waits in [0, base·2^(attempt−1)), capped', () => {
    for (const attempt of [1, 2, 3, 6]) {
      const ceiling = Math.min(30_000, 250 * 2 ** (attempt - 1));
      expect(retryDelay(attempt, undefined, () => 0, full)).toBe(0);
      expect(retryDelay(attempt, undefined, () => 0.999999, full)).toBeLessThan(ceiling);
      expect(retryDelay(attempt, undefined, () => 0.999999, full)).toBeGreaterThanOrEqual(ceiling - 1);
    }
    expect(retryDelay(21, undefined, () => 0.5, full)).toBe(15_000);
  });

  it('with equal jitter waits in [half, all] of the ceiling, capped', () => {
    expect(retryDelay(1, undefined, () => 0, equal)).toBe(1000);
    expect(retryDelay(1, undefined, () => 0.999999, equal)).toBe(2000);
    expect(retryDelay(4, undefined, () => 0, equal)).toBe(8000);
    expect(retryDelay(31, undefined, () => 0.999999, equal)).toBe(60_000);
  });

  it('waits at least as long as Retry-After asks, and longer only when the backoff is longer', () => {
    expect(retryDelay(1, 4000, () => 0.5, full)).toBe(4000);
    expect(retryDelay(1, 30_000, () => 0, equal)).toBe(30_000);
    expect(retryDelay(6, 100, () => 0.5, equal)).toBe(45_000);
  });

  it('treats an attempt number below 1 as the first', () => {
    expect(retryDelay(0, undefined, () => 0, equal)).toBe(1000);
  });
});
