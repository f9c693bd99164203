import { describe, expect, it } from 'vitest';
import { occurrences } from './recurrence';
import type { Recurrence } from './recurrence';

/** A series master as stored: its first start and end (UTC) and its recurrence. */
function master(
  startUtc: string,
  endUtc: string,
  pattern: Partial<Recurrence['pattern']> & Pick<Recurrence['pattern'], 'type'>,
  range: Partial<Recurrence['range']> & Pick<Recurrence['range'], 'type' | 'startDate'>,
) {
  return {
    startUtc,
    endUtc,
    recurrence: {
      pattern: { interval: 1, daysOfWeek: [], firstDayOfWeek: 'sunday', ...pattern },
      range: { endDate: '0001-01-01', numberOfOccurrences: 0, recurrenceTimeZone: 'Romance Standard Time', ...range },
    },
  };
}

const expand = (m: ReturnType<typeof master>, until: string): string[] =>
  occurrences(m, Date.parse(until)).map((o) => `${o.date} ${o.startUtc} ${o.endUtc}`);

// The expansion is pinned day by day, so a faster expansion cannot answer other occurrences.
describe('expanding a series into occurrences', () => {
  it('keeps the local time across the switch to winter time, every other week on two days (weeks from Sunday)', () => {
    const m = master(
      '2024-10-14T07:00:00Z',
      '2024-10-14T08:30:00Z',
      { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'thursday'], firstDayOfWeek: 'sunday' },
      { type: 'endDate', startDate: '2024-10-14', endDate: '2024-11-28' },
    );
    expect(expand(m, '2025-01-01T00:00:00Z')).toEqual([
      '2024-10-14 2024-10-14T07:00:00Z 2024-10-14T08:30:00Z',
      '2024-10-17 2024-10-17T07:00:00Z 2024-10-17T08:30:00Z',
      // 27 October: 09:00 in Copenhagen is 08:00 UTC from here on.
      '2024-10-28 2024-10-28T08:00:00Z 2024-10-28T09:30:00Z',
      '2024-10-31 2024-10-31T08:00:00Z 2024-10-31T09:30:00Z',
      '2024-11-11 2024-11-11T08:00:00Z 2024-11-11T09:30:00Z',
      '2024-11-14 2024-11-14T08:00:00Z 2024-11-14T09:30:00Z',
      '2024-11-25 2024-11-25T08:00:00Z 2024-11-25T09:30:00Z',
      // The end date is the last day of the series, included.
      '2024-11-28 2024-11-28T08:00:00Z 2024-11-28T09:30:00Z',
    ]);
  });

  it('counts every other week from the first day of the week the series names (Monday), so a Sunday ends its week', () => {
    const m = master(
      '2024-10-13T08:00:00Z',
      '2024-10-13T09:00:00Z',
      { type: 'weekly', interval: 2, daysOfWeek: ['sunday', 'monday'], firstDayOfWeek: 'monday' },
      { type: 'noEnd', startDate: '2024-10-13' },
    );
    expect(expand(m, '2024-11-12T00:00:00Z')).toEqual([
      '2024-10-13 2024-10-13T08:00:00Z 2024-10-13T09:00:00Z',
      '2024-10-21 2024-10-21T08:00:00Z 2024-10-21T09:00:00Z',
      '2024-10-27 2024-10-27T09:00:00Z 2024-10-27T10:00:00Z',
      '2024-11-04 2024-11-04T09:00:00Z 2024-11-04T10:00:00Z',
      '2024-11-10 2024-11-10T09:00:00Z 2024-11-10T10:00:00Z',
    ]);
  });

  it('stops a numbered series after its count, every third day across the switch to summer time', () => {
    const m = master(
      '2024-03-28T08:00:00Z',
      '2024-03-28T09:00:00Z',
      { type: 'daily', interval: 3 },
      { type: 'numbered', startDate: '2024-03-28', numberOfOccurrences: 5 },
    );
    expect(expand(m, '2030-01-01T00:00:00Z')).toEqual([
      '2024-03-28 2024-03-28T08:00:00Z 2024-03-28T09:00:00Z',
      '2024-03-31 2024-03-31T07:00:00Z 2024-03-31T08:00:00Z',
      '2024-04-03 2024-04-03T07:00:00Z 2024-04-03T08:00:00Z',
      '2024-04-06 2024-04-06T07:00:00Z 2024-04-06T08:00:00Z',
      '2024-04-09 2024-04-09T07:00:00Z 2024-04-09T08:00:00Z',
    ]);
  });

  it('leaves out an occurrence that starts exactly at the end of the window', () => {
    const m = master(
      '2024-01-01T09:00:00Z',
      '2024-01-01T10:00:00Z',
      { type: 'daily' },
      { type: 'noEnd', startDate: '2024-01-01', recurrenceTimeZone: 'UTC' },
    );
    expect(expand(m, '2024-01-04T09:00:00Z')).toEqual([
      '2024-01-01 2024-01-01T09:00:00Z 2024-01-01T10:00:00Z',
      '2024-01-02 2024-01-02T09:00:00Z 2024-01-02T10:00:00Z',
      '2024-01-03 2024-01-03T09:00:00Z 2024-01-03T10:00:00Z',
    ]);
  });

  it('moves a start that does not exist on the day summer time begins (02:30) one hour on', () => {
    const m = master(
      '2024-03-29T01:30:00Z',
      '2024-03-29T02:00:00Z',
      { type: 'daily' },
      { type: 'endDate', startDate: '2024-03-29', endDate: '2024-04-02' },
    );
    expect(expand(m, '2025-01-01T00:00:00Z')).toEqual([
      '2024-03-29 2024-03-29T01:30:00Z 2024-03-29T02:00:00Z',
      '2024-03-30 2024-03-30T01:30:00Z 2024-03-30T02:00:00Z',
      '2024-03-31 2024-03-31T01:30:00Z 2024-03-31T02:00:00Z',
      '2024-04-01 2024-04-01T00:30:00Z 2024-04-01T01:00:00Z',
      '2024-04-02 2024-04-02T00:30:00Z 2024-04-02T01:00:00Z',
    ]);
  });

  it('expands a weekly series begun years before the window: every Wednesday, none after the window', () => {
    const m = master(
      '2015-01-07T08:00:00Z',
      '2015-01-07T10:00:00Z',
      { type: 'weekly', daysOfWeek: ['wednesday'], firstDayOfWeek: 'monday' },
      { type: 'noEnd', startDate: '2015-01-07' },
    );
    const all = occurrences(m, Date.parse('2026-12-01T00:00:00Z'));
    // 7 Jan 2015 to 25 Nov 2026 is 620 weeks.
    expect(all).toHaveLength(621);
    expect(all.at(-1)).toEqual({ date: '2026-11-25', startUtc: '2026-11-25T08:00:00Z', endUtc: '2026-11-25T10:00:00Z' });
    expect(all.find((o) => o.date === '2026-07-01')).toEqual({
      date: '2026-07-01',
      startUtc: '2026-07-01T07:00:00Z',
      endUtc: '2026-07-01T09:00:00Z',
    });
    expect(all.every((o) => new Date(`${o.date}T12:00:00Z`).getUTCDay() === 3)).toBe(true);
  });

  it('expands a series with a start date the calendar lacks, or a zone it does not know, to nothing (the walk once never ended)', () => {
    const daily = (startDate: string, recurrenceTimeZone: string) =>
      master('2024-03-01T08:00:00Z', '2024-03-01T09:00:00Z', { type: 'daily' }, { type: 'noEnd', startDate, recurrenceTimeZone });
    expect(expand(daily('2024-02-30', 'UTC'), '2024-04-01T00:00:00Z')).toEqual([]);
    expect(expand(daily('2024-03-01', 'Mars/Olympus_Mons'), '2024-04-01T00:00:00Z')).toEqual([]);
  });
});
