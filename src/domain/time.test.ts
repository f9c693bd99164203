import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { isoDate, localTime as t, type LocalTime, type UtcInstant } from './brands';
import { formatClock, formatSlot, localInstant as instantOf, minutesBetween, toLocalTime, toUtcIso } from './time';

const localInstant = (date: string, time: string) => instantOf(isoDate(date), t(time));

describe('formatSlot', () => {
  it('writes a slot in Danish notation with zero-padded hours and an en dash', () => {
    expect(formatSlot(t('09:00'), t('09:20'))).toBe('09.00–09.20');
    expect(formatSlot(t('10:45'), t('11:15'))).toBe('10.45–11.15');
  });

  // Cast past the brand: formatSlot still reads a value that did not come through the constructors.
  it('pads an hour written with one digit', () => {
    expect(formatSlot('9:00' as LocalTime, '9:20' as LocalTime)).toBe('09.00–09.20');
  });

  it('rejects text that is not a clock time', () => {
    expect(() => formatSlot('9.00' as LocalTime, '9.20' as LocalTime)).toThrow(RangeError);
  });
});

describe('formatClock', () => {
  it('shows a UTC instant as Copenhagen clock time, summer and winter', () => {
    expect(formatClock('2024-03-13T08:00:00Z')).toBe('09.00');
    expect(formatClock('2024-06-13T08:00:00Z')).toBe('10.00');
  });

  it('honours another zone when asked', () => {
    expect(formatClock('2024-03-13T08:00:00Z', 'UTC')).toBe('08.00');
  });
});

describe('localInstant', () => {
  it('gives UTC instants as UtcInstant, the type the schedule carries (issue #12)', () => {
    // A type check: `npm test`'s tsc fails if toUtcIso went back to a plain string.
    expectTypeOf(toUtcIso).returns.toEqualTypeOf<UtcInstant>();
    expect(toUtcIso(localInstant('2024-03-13', '09:00'))).toBe('2024-03-13T08:00:00Z');
  });

  it('reads the same wall clock with the offset of the day (DST)', () => {
    expect(toUtcIso(localInstant('2024-03-30', '09:00'))).toBe('2024-03-30T08:00:00Z');
    expect(toUtcIso(localInstant('2024-03-31', '09:00'))).toBe('2024-03-31T07:00:00Z');
  });

  it('has one real hour less on the spring-forward night and one more on the fall-back night', () => {
    expect(minutesBetween(localInstant('2024-03-31', '01:00'), localInstant('2024-03-31', '04:00'))).toBe(120);
    expect(minutesBetween(localInstant('2024-10-27', '01:00'), localInstant('2024-10-27', '04:00'))).toBe(240);
  });

  it('moves a time in the skipped hour forward and reads a repeated time in standard time', () => {
    expect(toUtcIso(localInstant('2024-03-31', '02:30'))).toBe('2024-03-31T01:30:00Z'); // 03:30 CEST
    expect(toUtcIso(localInstant('2024-10-27', '02:30'))).toBe('2024-10-27T01:30:00Z'); // 02:30 CET
  });

  it('reads the repeated hour the same whatever the season it runs in (luxon alone picks by the offset in force today)', () => {
    vi.useFakeTimers();
    try {
      for (const today of ['2026-07-01T12:00:00Z', '2026-12-01T12:00:00Z']) {
        vi.setSystemTime(new Date(today));
        expect(toUtcIso(localInstant('2024-10-27', '02:30'))).toBe('2024-10-27T01:30:00Z');
        expect(toUtcIso(localInstant('2024-03-31', '02:30'))).toBe('2024-03-31T01:30:00Z');
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps local time through a round trip', () => {
    expect(toLocalTime(localInstant('2024-10-27', '23:59'))).toBe('23:59');
  });
});
