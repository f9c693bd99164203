// @vitest-environment jsdom
import { effectsSettled } from '../../tests/setup-dom';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './useNow';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A clock that returns a new Date at every read, as the app's does. */
function movingClock(start: string) {
  let ms = Date.parse(start);
  return {
    now: () => new Date(ms),
    move: (by: number) => (ms += by),
  };
}

describe('useNow', () => {
  it('renders once when it mounts: the first effect does not read the same clock again (issue #13)', async () => {
    const clock = movingClock('2024-03-13T09:00:00Z');
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useNow(clock.now, 15_000);
    });
    await effectsSettled();
    expect(renders).toBe(1);
    expect(result.current.toISOString()).toBe('2024-03-13T09:00:00.000Z');
  });

  it('reads the clock every interval, and another clock at once', async () => {
    const clock = movingClock('2024-03-13T09:00:00Z');
    const { result, rerender } = renderHook(({ now }) => useNow(now, 15_000), { initialProps: { now: clock.now } });
    clock.move(15_000);
    await act(async () => {
      vi.advanceTimersByTime(15_000);
    });
    expect(result.current.toISOString()).toBe('2024-03-13T09:00:15.000Z');

    const other = movingClock('2025-01-01T00:00:00Z');
    rerender({ now: other.now });
    await effectsSettled();
    expect(result.current.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});
