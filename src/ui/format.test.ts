import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatClock, formatDate, formatInstant, formatLongDate, formatShortDay } from './format';

describe('display formats', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes clock times the Danish way and instants in Copenhagen time, summer and winter', () => {
    expect(formatClock('09:05')).toBe('09.05');
    expect(formatInstant('2024-03-13T08:00:00Z')).toBe('09.00');
    expect(formatInstant('2024-07-01T08:00:00Z')).toBe('10.00');
  });

  it('writes dates in the language asked for, and an unreadable date as it came', () => {
    expect(formatLongDate('2024-03-13', 'da')).toBe('onsdag den 13. marts 2024');
    expect(formatLongDate('2024-03-13', 'en')).toBe('Wednesday, 13 March 2024');
    expect(formatLongDate('i morgen', 'en')).toBe('i morgen');
    expect(formatDate('2024-04-10', 'da')).toBe('10. april 2024');
    expect(formatDate('2024-04-10', 'en')).toBe('10 April 2024');
    expect(formatDate('snart', 'da')).toBe('snart');
  });

  it("writes every day and month as Intl's da-DK and en-GB do, from a leap day to a year's last day", () => {
    const intl = (language: 'da' | 'en', options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { ...options, timeZone: 'UTC' });
    const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
    const short = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    // Seven consecutive days in each month: every weekday and every month name, both languages.
    const dates = ['2024-02-29', '2025-12-31', '0999-01-01'];
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 7; day++) dates.push(`2024-${String(month).padStart(2, '0')}-0${day}`);
    }
    for (const language of ['da', 'en'] as const) {
      for (const date of dates) {
        const noon = new Date(`${date}T12:00:00Z`);
        expect(formatLongDate(date, language)).toBe(intl(language, long).format(noon));
        expect(formatDate(date, language)).toBe(intl(language, short).format(noon));
      }
    }
  });

  it("writes a calendar date with no Intl: the managers' header must not be the first open's first use of ICU (issue #13)", () => {
    // format is a getter (it hands out a bound function); formatToParts a method.
    const used = [
      vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: object }, 'format', 'get'),
      vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts'),
    ];
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    formatLongDate('2024-03-13', 'da');
    formatDate('2024-04-10', 'en');
    expect(built).not.toHaveBeenCalled();
    for (const spy of used) expect(spy).not.toHaveBeenCalled();
  });

  it("writes an instant's day in Copenhagen, short, in the language asked for", () => {
    // 23.30 UTC on the 12th is already the 13th in Copenhagen.
    expect(formatShortDay('2024-03-12T23:30:00Z', 'da')).toBe('13. mar.');
    expect(formatShortDay('2024-03-12T23:30:00Z', 'en')).toBe('13 Mar');
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
      formatShortDay('2024-03-13T08:00:00Z', 'da');
      formatShortDay('2024-03-13T08:00:00Z', 'en');
    };
    round();
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    round();
    round();
    expect(built).not.toHaveBeenCalled();
  });
});
