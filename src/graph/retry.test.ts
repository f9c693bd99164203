import { describe, expect, it } from 'vitest';
import { retryDelay } from '../domain/backoff';
import { GRAPH_BACKOFF, isRetryableStatus, isSafeToResend, parseRetryAfter } from './retry';

const backoffDelay = (attempt: number, random: () => number) => retryDelay(attempt, undefined, random, GRAPH_BACKOFF);

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');

  it('reads delta seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:59:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
  });
});

describe('the client’s backoff (GRAPH_BACKOFF)', () => {
  it('stays within [0, 250·2^(attempt−1)) for any jitter', () => {
    for (let attempt = 1; attempt <= 6; attempt++) {
      const ceiling = 250 * 2 ** (attempt - 1);
      expect(backoffDelay(attempt, () => 0)).toBe(0);
      expect(backoffDelay(attempt, () => 0.999999)).toBeLessThan(ceiling);
      expect(backoffDelay(attempt, () => 0.999999)).toBeGreaterThanOrEqual(ceiling - 1);
    }
  });

  it('is capped at 30 seconds', () => {
    expect(backoffDelay(20, () => 0.999999)).toBeLessThan(30_000);
    expect(backoffDelay(20, () => 0.5)).toBe(15_000);
  });

  it('spreads waits across the range with a real random source', () => {
    const waits = Array.from({ length: 200 }, () => backoffDelay(3, Math.random));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...waits)).toBeLessThan(1000);
    expect(new Set(waits).size).toBeGreaterThan(50);
  });
});

describe('the client’s wait with Retry-After', () => {
  it('waits what the server asked for, which is longer than the backoff of early attempts', () => {
    expect(retryDelay(1, 4000, () => 0.5, GRAPH_BACKOFF)).toBe(4000);
    expect(retryDelay(2, undefined, () => 0.5, GRAPH_BACKOFF)).toBe(250);
  });
});

describe('which requests are retried', () => {
  it('retries 429, 503 and 504 only', () => {
    expect([429, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 412, 500, 502].some(isRetryableStatus)).toBe(false);
  });

  it('resends GET, PUT, DELETE and If-Match PATCH, but not POST or a blind PATCH', () => {
    expect(isSafeToResend({ method: 'GET' })).toBe(true);
    expect(isSafeToResend({ method: 'PUT' })).toBe(true);
    expect(isSafeToResend({ method: 'DELETE' })).toBe(true);
    expect(isSafeToResend({ method: 'PATCH', ifMatch: '"1"' })).toBe(true);
    expect(isSafeToResend({ method: 'PATCH' })).toBe(false);
    expect(isSafeToResend({ method: 'POST' })).toBe(false);
  });
});
