import { describe, expect, it } from 'vitest';
import { retryDelay } from './backoff';

describe('retryDelay', () => {
  it('grows exponentially within [half, full] of the ceiling', () => {
    expect(retryDelay(0, undefined, { random: () => 0 })).toBe(1000);
    expect(retryDelay(0, undefined, { random: () => 0.999999 })).toBe(2000);
    expect(retryDelay(3, undefined, { random: () => 0 })).toBe(8000);
  });

  it('is capped at maxMs', () => {
    expect(retryDelay(30, undefined, { random: () => 0.999999, maxMs: 60_000 })).toBe(60_000);
  });

  it('waits at least as long as Retry-After asks', () => {
    expect(retryDelay(0, 30_000, { random: () => 0 })).toBe(30_000);
  });
});
