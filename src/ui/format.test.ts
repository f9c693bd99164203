import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatClock, formatDate, formatInstant, formatLongDate } from './format';

describe('display formats', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes clock times the Danish way and instants in Copenhagen time, summer and winter', () => {
    expect(formatClock('09:05')).toBe('09.05');
    expect(formatInstant('2024-03-13T08:00:00Z')).toBe('09.00');
    expect(formatInstant('2024-07-01T08:00:00Z')).toBe('10.00');
  });

  it('writes dates in the language asked for, and an unreadable date as it came', () => {
    expect(formatLongDate('2024-03-13', 'da')).toMatch(/^onsdag (den )?13\. marts 2024$/);
    expect(formatLongDate('2024-03-13', 'en')).toMatch(/^Wednesday,? 13 March 2024$/);
    expect(formatDate('2024-04-10', 'da')).toBe('10. april 2024');
    expect(formatDate('2024-04-10', 'en')).toBe('10 April 2024');
    expect(formatDate('snart', 'da')).toBe('snart');
  });

  it('writes Copenhagen midnight as 00.00', () => {
    expect(formatInstant('2024-03-12T23:00:00Z')).toBe('00.00');
  });

  it("shows an instant's clock time with the domain clock's formatter, building none of its own (issue #13)", async () => {
    vi.resetModules();
    const clock = await import('../domain/clock');
    const fresh = await import('./format');
    clock.localTimeAt(0);
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    expect(fresh.formatInstant('2024-07-01T08:00:00Z')).toBe('10.00');
    expect(built).not.toHaveBeenCalled();
  });

  it('builds each formatter once, not per call: building one costs far more than using it (issue #13)', () => {
    // Warm every formatter this test uses, then count the ones built by a second round.
    const round = () => {
      formatInstant('2024-03-13T08:00:00Z');
      formatLongDate('2024-03-13', 'da');
      formatLongDate('2024-03-13', 'en');
      formatDate('2024-04-10', 'da');
    };
    round();
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    round();
    round();
    expect(built).not.toHaveBeenCalled();
  });
});
