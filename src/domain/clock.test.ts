import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { isoDate, localTime as t } from './brands';
import { localTimeAt, minutesFrom, utcIsoAt, wallClockMs } from './clock';
import { toLocalTime } from './time';

const instant = (date: string, time: string, zone?: string) => utcIsoAt(wallClockMs(isoDate(date), t(time), zone));

describe('wallClockMs (the first render without luxon, issue #13)', () => {
  it('reads the same wall clock with the offset of the day (DST)', () => {
    expect(instant('2024-03-30', '09:00')).toBe('2024-03-30T08:00:00Z');
    expect(instant('2024-03-31', '09:00')).toBe('2024-03-31T07:00:00Z');
    expect(instant('2024-10-27', '09:00')).toBe('2024-10-27T08:00:00Z');
  });

  it('moves a time in the spring-forward gap forward by the gap, and reads a repeated one in standard time', () => {
    expect(instant('2024-03-31', '02:30')).toBe('2024-03-31T01:30:00Z'); // 03:30 CEST
    expect(instant('2024-10-27', '02:30')).toBe('2024-10-27T01:30:00Z'); // 02:30 CET, the second occurrence
    expect(instant('2024-10-27', '01:59')).toBe('2024-10-26T23:59:00Z'); // before the repeated hour: CEST
    expect(instant('2024-10-27', '03:00')).toBe('2024-10-27T02:00:00Z');
  });

  it('honours another zone, west of UTC too', () => {
    expect(instant('2024-03-13', '09:00', 'UTC')).toBe('2024-03-13T09:00:00Z');
    expect(instant('2024-03-10', '02:30', 'America/New_York')).toBe('2024-03-10T07:30:00Z'); // 03:30 EDT
    expect(instant('2024-07-01', '12:00', 'America/New_York')).toBe('2024-07-01T16:00:00Z');
  });

  it('reads UTC as Intl does but without it, from year 1 to 9999 (issue #13: the first use of Intl starts ICU)', () => {
    const used = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    expect(instant('0001-01-01', '00:00', 'UTC')).toBe('0001-01-01T00:00:00Z');
    expect(instant('9999-12-31', '23:59', 'UTC')).toBe('9999-12-31T23:59:00Z');
    expect(localTimeAt(Date.UTC(2024, 2, 31, 1, 30, 59, 999), 'UTC')).toBe('01:30');
    expect(localTimeAt(-1, 'UTC')).toBe('23:59');
    expect(used).not.toHaveBeenCalled();
    used.mockRestore();
  });

  it('refuses a date or time that is not one', () => {
    expect(() => wallClockMs(isoDate('2024-03-13'), '9.00' as never)).toThrow(RangeError);
    expect(() => wallClockMs('2023-02-29' as never, t('09:00'))).toThrow(RangeError);
    expect(() => wallClockMs(isoDate('2024-03-13'), '24:00' as never)).toThrow(RangeError);
  });

  it('gives the instant luxon gives for any date and time in Copenhagen (the repeated hour aside)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 1439 }),
        (day, minuteOfDay) => {
          const date = isoDate(day.toISOString().slice(0, 10));
          const time = t(`${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`);
          const ours = wallClockMs(date, time);
          const luxons = DateTime.fromISO(`${date}T${time}`, { zone: 'Europe/Copenhagen' }).toMillis();
          if (ours !== luxons) {
            // Only the fall-back night's repeated hour, where luxon picks by the offset in force today.
            expect(Math.abs(ours - luxons)).toBe(3_600_000);
            expect(toLocalTime(DateTime.fromMillis(ours))).toBe(toLocalTime(DateTime.fromMillis(luxons)));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('localTimeAt and utcIsoAt', () => {
  it('shows an instant as Copenhagen clock time, summer and winter, like luxon', () => {
    expect(localTimeAt(Date.parse('2024-03-13T08:00:00Z'))).toBe('09:00');
    expect(localTimeAt(Date.parse('2024-06-13T23:30:00Z'))).toBe('01:30');
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2060-12-31T00:00:00Z') }), (ms) => {
        expect(localTimeAt(ms)).toBe(toLocalTime(DateTime.fromMillis(ms)));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes whole seconds, cutting milliseconds off', () => {
    expect(utcIsoAt(Date.parse('2024-03-13T08:00:59.999Z'))).toBe('2024-03-13T08:00:59Z');
  });

  it('counts real minutes across the spring-forward night', () => {
    expect(minutesFrom(wallClockMs(isoDate('2024-03-31'), t('01:30')), wallClockMs(isoDate('2024-03-31'), t('03:30')))).toBe(60);
  });
});
