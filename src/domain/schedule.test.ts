import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { punkt } from '../../tests/fakes/agenda-items';
import { isoDate, localTime } from './brands';
import type { AgendaItem, IsoDate, LocalTime } from './meeting';
import { computeSchedule, sameWallClock, wallClockSchedule, type SchedulableMeeting } from './schedule';

function meeting(date: string, start: string, items: AgendaItem[], plannedEnd: string | null = null): SchedulableMeeting {
  return { date: isoDate(date), start: localTime(start), plannedEnd: plannedEnd === null ? null : localTime(plannedEnd), items };
}

const brief = (schedule: ReturnType<typeof computeSchedule>) =>
  schedule.items.map(({ number, start, end, source }) => `${number} ${start}-${end} ${source}`);

describe('computeSchedule: the spec rule', () => {
  it('keeps an explicit slot (rule 1)', () => {
    const schedule = computeSchedule(meeting('2024-03-13', '09:00', [punkt(1, { slot: { start: '09:00', end: '09:20' } })]));
    expect(schedule.items).toEqual([
      { number: 1, start: '09:00', end: '09:20', startAt: '2024-03-13T08:00:00Z', endAt: '2024-03-13T08:20:00Z', source: 'slot' },
    ]);
  });

  it('starts a duration at the meeting start for the first punkt and at the previous end after that (rule 2)', () => {
    const schedule = computeSchedule(
      meeting('2024-03-13', '09:00', [punkt(1, { durationMinutes: 20 }), punkt(2, { durationMinutes: 45 })]),
    );
    expect(brief(schedule)).toEqual(['1 09:00-09:20 duration', '2 09:20-10:05 duration']);
  });

  it('gives a punkt with neither slot nor duration 0 minutes at the previous end, marked none (rule 3)', () => {
    const schedule = computeSchedule(
      meeting('2024-03-13', '09:00', [punkt(1, { slot: { start: '09:00', end: '09:30' } }), punkt(2), punkt(3, { durationMinutes: 10 })]),
    );
    expect(brief(schedule)).toEqual(['1 09:00-09:30 slot', '2 09:30-09:30 none', '3 09:30-09:40 duration']);
    expect(schedule.gaps).toEqual([]);
    expect(schedule.overlaps).toEqual([]);
  });

  it('reports a slot beginning after the previous end as a gap (rule 4)', () => {
    const schedule = computeSchedule(
      meeting('2021-09-02', '08:30', [
        punkt(1, { slot: { start: '09:30', end: '10:15' } }),
        punkt(2, { slot: { start: '10:25', end: '10:45' } }),
      ]),
    );
    expect(schedule.gaps).toEqual([
      { after: 0, before: 1, start: '08:30', end: '09:30', minutes: 60 },
      { after: 1, before: 2, start: '10:15', end: '10:25', minutes: 10 },
    ]);
  });

  it('reports a slot beginning before the previous end as an overlap of the shared span (rule 4)', () => {
    const schedule = computeSchedule(
      meeting('2024-03-13', '09:00', [
        punkt(1, { durationMinutes: 30 }),
        punkt(2, { slot: { start: '09:20', end: '09:50' } }),
        punkt(3, { slot: { start: '09:40', end: '09:45' } }),
      ]),
    );
    expect(schedule.overlaps).toEqual([
      { number: 2, previous: 1, start: '09:20', end: '09:30', minutes: 10 },
      { number: 3, previous: 2, start: '09:40', end: '09:45', minutes: 5 },
    ]);
    expect(schedule.gaps).toEqual([]);
  });

  it('reports punkter ending after the planned end as overrun (rule 5)', () => {
    const schedule = computeSchedule(
      meeting('2024-03-13', '09:00', [punkt(1, { durationMinutes: 50 }), punkt(2, { durationMinutes: 20 }), punkt(3)], '10:00'),
    );
    expect(schedule.overrun).toEqual([
      { number: 2, end: '10:10', plannedEnd: '10:00', minutes: 10 },
      { number: 3, end: '10:10', plannedEnd: '10:00', minutes: 10 },
    ]);
  });

  it('reports no overrun when the planned end is unknown', () => {
    expect(computeSchedule(meeting('2024-03-13', '09:00', [punkt(1, { durationMinutes: 600 })])).overrun).toEqual([]);
  });

  it('schedules a closed punkt like any other', () => {
    const schedule = computeSchedule(
      meeting('2024-03-13', '09:00', [punkt(1, { durationMinutes: 15 }), punkt(2, { closed: true, durationMinutes: 10 })]),
    );
    expect(brief(schedule)).toEqual(['1 09:00-09:15 duration', '2 09:15-09:25 duration']);
  });

  it('schedules the 2021-09-02 fixture: slots, a punkt without time, a break before punkt 4', () => {
    const slot = (start: string, end: string) => ({ slot: { start, end } });
    const schedule = computeSchedule(
      meeting('2021-09-02', '08:30', [
        punkt(1, slot('08:30', '09:30')),
        punkt(2),
        punkt(3, slot('09:30', '10:15')),
        punkt(4, slot('10:25', '10:45')),
        punkt(5, slot('10:45', '11:10')),
        punkt(6, slot('11:10', '11:25')),
        punkt(7, slot('11:25', '11:45')),
        punkt(8, slot('11:45', '11:55')),
        punkt(9),
      ]),
    );
    expect(brief(schedule)).toEqual([
      '1 08:30-09:30 slot',
      '2 09:30-09:30 none',
      '3 09:30-10:15 slot',
      '4 10:25-10:45 slot',
      '5 10:45-11:10 slot',
      '6 11:10-11:25 slot',
      '7 11:25-11:45 slot',
      '8 11:45-11:55 slot',
      '9 11:55-11:55 none',
    ]);
    expect(schedule.gaps).toEqual([{ after: 3, before: 4, start: '10:15', end: '10:25', minutes: 10 }]);
    expect(schedule.overlaps).toEqual([]);
  });
});

describe('computeSchedule across daylight-saving changes (Europe/Copenhagen)', () => {
  it('counts real minutes across spring forward: 60 minutes from 01:30 on 2024-03-31 end at 03:30', () => {
    const schedule = computeSchedule(
      meeting('2024-03-31', '01:30', [punkt(1, { durationMinutes: 60 }), punkt(2, { durationMinutes: 30 })], '03:45'),
    );
    expect(schedule.items).toEqual([
      { number: 1, start: '01:30', end: '03:30', startAt: '2024-03-31T00:30:00Z', endAt: '2024-03-31T01:30:00Z', source: 'duration' },
      { number: 2, start: '03:30', end: '04:00', startAt: '2024-03-31T01:30:00Z', endAt: '2024-03-31T02:00:00Z', source: 'duration' },
    ]);
    expect(schedule.overrun).toEqual([{ number: 2, end: '04:00', plannedEnd: '03:45', minutes: 15 }]);
  });

  it('measures a gap over the skipped hour in real minutes', () => {
    const schedule = computeSchedule(
      meeting('2024-03-31', '01:30', [
        punkt(1, { slot: { start: '01:30', end: '01:45' } }),
        punkt(2, { slot: { start: '03:15', end: '03:30' } }),
      ]),
    );
    expect(schedule.gaps).toEqual([{ after: 1, before: 2, start: '01:45', end: '03:15', minutes: 30 }]);
  });

  it('counts real minutes across fall back: 90 minutes from 01:30 on 2024-10-27 end at 02:00 local', () => {
    const schedule = computeSchedule(meeting('2024-10-27', '01:30', [punkt(1, { durationMinutes: 90 })]));
    expect(schedule.items[0]).toMatchObject({
      start: '01:30',
      end: '02:00',
      startAt: '2024-10-26T23:30:00Z',
      endAt: '2024-10-27T01:00:00Z',
    });
  });

  it('uses summer time for a 09:00 meeting on the spring-forward day', () => {
    const schedule = computeSchedule(meeting('2024-03-31', '09:00', [punkt(1, { durationMinutes: 20 })]));
    expect(schedule.items[0]).toMatchObject({
      start: '09:00',
      end: '09:20',
      startAt: '2024-03-31T07:00:00Z',
      endAt: '2024-03-31T07:20:00Z',
    });
  });

  it('uses winter time for a 09:00 meeting on the fall-back day', () => {
    const schedule = computeSchedule(meeting('2024-10-27', '09:00', [punkt(1, { slot: { start: '09:00', end: '09:20' } })]));
    expect(schedule.items[0]).toMatchObject({ startAt: '2024-10-27T08:00:00Z', endAt: '2024-10-27T08:20:00Z' });
  });

  it('moves a slot written inside the skipped hour forward to the real clock time', () => {
    const schedule = computeSchedule(meeting('2024-03-31', '01:00', [punkt(1, { slot: { start: '02:30', end: '03:30' } })]));
    expect(schedule.items[0]).toMatchObject({ start: '03:30', end: '03:30', startAt: '2024-03-31T01:30:00Z' });
  });
});

describe('computeSchedule properties', () => {
  it('chains durations back to back in real minutes on any day of 2024, DST days included', () => {
    const day = fc.integer({ min: 0, max: 365 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const clock = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const minutes = fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(day, clock, minutes, (date, start, durations) => {
        const schedule = computeSchedule(
          meeting(
            date,
            start,
            durations.map((m, i) => punkt(i + 1, { durationMinutes: m })),
          ),
        );
        expect(schedule.gaps).toEqual([]);
        expect(schedule.overlaps).toEqual([]);
        schedule.items.forEach((item, i) => {
          expect((Date.parse(item.endAt) - Date.parse(item.startAt)) / 60_000).toBe(durations[i]);
          if (i > 0) expect(item.startAt).toBe(schedule.items[i - 1]!.endAt);
        });
      }),
      { seed: 20240331, numRuns: 300 },
    );
  });
});

describe('computeSchedule input checks', () => {
  it('rejects a malformed meeting start as a programming error', () => {
    // Cast past the brands: a meeting that skipped the constructors (a bug) must still be refused.
    const unchecked = (date: string, start: string) => ({ date: date as IsoDate, start: start as LocalTime, plannedEnd: null, items: [] });
    expect(() => computeSchedule(unchecked('2024-03-13', '9.00'))).toThrow(RangeError);
    expect(() => computeSchedule(unchecked('2024-02-30', '09:00'))).toThrow(RangeError);
  });
});

describe("wallClockSchedule: the first render's schedule, without Intl (issue #13)", () => {
  afterEach(() => vi.restoreAllMocks());
  const slot = (start: string, end: string) => ({ slot: { start, end } });
  const forum = meeting(
    '2024-03-13',
    '09:00',
    [
      punkt(1, slot('09:00', '09:30')),
      punkt(2, { durationMinutes: 40 }),
      punkt(3, slot('10:20', '11:00')),
      punkt(4, slot('10:50', '11:20')),
    ],
    '11:00',
  );

  it("shows what the zone's schedule shows: slots, breaks, overlaps and overrun", () => {
    const shown = wallClockSchedule(forum);
    const zoned = computeSchedule(forum);
    expect(shown.items).toEqual(zoned.items.map(({ number, start, end, source }) => ({ number, start, end, source })));
    expect(shown.gaps).toEqual([{ after: 2, before: 3, start: '10:10', end: '10:20', minutes: 10 }]);
    expect(shown.overlaps).toEqual(zoned.overlaps);
    expect(shown.overrun).toEqual(zoned.overrun);
    expect(shown.overrun).toHaveLength(1);
    expect(sameWallClock(shown, zoned)).toBe(true);
  });

  it('uses no Intl: a page pays ICU its start-up at the first use', () => {
    // A formatter built earlier in this file would be used, not built: watch both.
    const used = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    wallClockSchedule(forum);
    expect(built).not.toHaveBeenCalled();
    expect(used).not.toHaveBeenCalled();
  });

  it("differs from the zone's schedule only when daylight saving changes within the meeting, and says so", () => {
    const spring = meeting('2024-03-31', '01:30', [punkt(1, { durationMinutes: 60 })]);
    expect(wallClockSchedule(spring).items).toEqual([{ number: 1, start: '01:30', end: '02:30', source: 'duration' }]);
    expect(computeSchedule(spring).items[0]).toMatchObject({ start: '01:30', end: '03:30' });
    expect(sameWallClock(wallClockSchedule(spring), computeSchedule(spring))).toBe(false);
    const sameDayLater = meeting('2024-03-31', '09:00', [punkt(1, { durationMinutes: 60 })]);
    expect(sameWallClock(wallClockSchedule(sameDayLater), computeSchedule(sameDayLater))).toBe(true);
  });
});
