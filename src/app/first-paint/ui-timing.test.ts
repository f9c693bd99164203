import { afterEach, describe, expect, it, vi } from 'vitest';
import { atMost, FIRST_PAINT_WAIT_MS, SHORT_ROUND_TRIP_MS, shortRoundTrip, startOnce } from './ui-timing';

afterEach(() => vi.useRealTimers());

describe("when React's code runs beside the static first paint (issue #13)", () => {
  it('counts the page’s round trip as short below SHORT_ROUND_TRIP_MS, by Navigation Timing', () => {
    expect(shortRoundTrip({ requestStart: 10, responseStart: 12 })).toBe(true);
    expect(shortRoundTrip({ requestStart: 10, responseStart: 10 + SHORT_ROUND_TRIP_MS - 1 })).toBe(true);
    // +100 ms per request: React's evaluation hides in the $batch's wait, so it starts at once.
    expect(shortRoundTrip({ requestStart: 10, responseStart: 112 })).toBe(false);
  });

  it('counts a missing or empty timing as long, so React starts at once as before', () => {
    expect(shortRoundTrip(undefined)).toBe(false);
    expect(shortRoundTrip({ requestStart: 0, responseStart: 0 })).toBe(false);
  });

  it('loads once, on the first start', async () => {
    const load = vi.fn(async () => 'ui');
    const ui = startOnce(load);
    expect(load).not.toHaveBeenCalled();
    const first = ui.start();
    expect(ui.start()).toBe(first);
    await expect(first).resolves.toBe('ui');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('waits for the first paint at most FIRST_PAINT_WAIT_MS', async () => {
    vi.useFakeTimers();
    let done = false;
    void atMost(new Promise(() => undefined)).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('goes on as soon as the first paint settles, painted or failed', async () => {
    vi.useFakeTimers();
    let done = 0;
    void atMost(Promise.resolve()).then(() => done++);
    void atMost(Promise.reject(new Error('no agenda'))).then(() => done++);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(2);
  });
});
