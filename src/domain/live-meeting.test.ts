import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetingOf, punkt } from '../../tests/fakes/agenda-items';
import type { AgendaItem, Meeting } from './meeting';
import { liveState, replanFrom, usableProgress } from './live-meeting';
import { computeSchedule } from './schedule';

/** The forum's dagsorden on `date` from `start`, with `items`. */
const meeting = (date: string, start: string, plannedEnd: string | null, items: AgendaItem[]): Meeting =>
  meetingOf(items, { date, start, plannedEnd });

/** 2024-03-13 (UTC+1): 1 09:00–09:20, break, 2 09:30–10:00, 3 10:00–10:15, 4 without time at 10:15. */
const march = meeting('2024-03-13', '09:00', '10:15', [
  punkt(1, { durationMinutes: 20 }),
  punkt(2, { slot: { start: '09:30', end: '10:00' } }),
  punkt(3, { durationMinutes: 15 }),
  punkt(4),
]);
const plan = computeSchedule(march);
/** A Copenhagen wall-clock moment on 2024-03-13 (UTC+1). */
const at = (clock: string) => new Date(`2024-03-13T${clock}:00+01:00`);
const MIN = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

describe('liveState by the clock', () => {
  it('is before the meeting with the first punkt next and the planned end as forecast', () => {
    expect(liveState(plan, at('08:55'))).toEqual({
      phase: 'before',
      current: null,
      remainingMs: null,
      nextNumber: 1,
      lateByMs: 0,
      forecastEnd: '2024-03-13T09:15:00Z',
    });
  });

  it('names the current punkt, its time left and the next punkt', () => {
    expect(liveState(plan, at('09:05'))).toMatchObject({ phase: 'during', current: 1, remainingMs: 15 * MIN, nextNumber: 2 });
    expect(liveState(plan, at('10:14'))).toMatchObject({ current: 3, remainingMs: 1 * MIN, nextNumber: 4 });
  });

  it('has no current punkt in a break, and names the punkt after it', () => {
    expect(liveState(plan, at('09:25'))).toMatchObject({ phase: 'during', current: null, remainingMs: null, nextNumber: 2 });
  });

  it('is after the meeting from the planned end', () => {
    expect(liveState(plan, at('10:15'))).toMatchObject({ phase: 'after', current: null, nextNumber: null, lateByMs: 0 });
  });

  it('reads only the time it is given, not the system clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    expect(liveState(plan, at('09:05')).current).toBe(1);
  });

  it('has nothing running for an empty agenda', () => {
    const empty = computeSchedule(meeting('2024-03-13', '09:00', null, []));
    expect(liveState(empty, at('09:05'))).toMatchObject({ phase: 'after', current: null, forecastEnd: '2024-03-13T08:05:00Z' });
  });
});

describe('liveState with the punkt the note-taker started', () => {
  it('forecasts a later end when a punkt was started late', () => {
    const state = liveState(plan, at('09:45'), { number: 2, startedAt: at('09:40') });
    expect(state).toEqual({
      phase: 'during',
      current: 2,
      remainingMs: 25 * MIN,
      nextNumber: 3,
      lateByMs: 10 * MIN,
      forecastEnd: '2024-03-13T09:25:00Z', // 10:10 + 15 minutes for punkt 3 = 10:25 local
    });
  });

  it('counts a punkt past its end as negative time left and lets the break absorb the delay', () => {
    const state = liveState(plan, at('09:25'), { number: 1, startedAt: at('09:00') });
    expect(state.remainingMs).toBe(-5 * MIN);
    expect(state.lateByMs).toBe(5 * MIN);
    // 09:25 + 30 + 15 = 10:10, before the planned 10:15: the break took the delay.
    expect(state.forecastEnd).toBe('2024-03-13T09:15:00Z');
  });

  it('forecasts from now when the current punkt runs past its end', () => {
    const state = liveState(plan, at('10:20'), { number: 3, startedAt: at('10:00') });
    expect(state).toMatchObject({ remainingMs: -5 * MIN, lateByMs: 5 * MIN, forecastEnd: '2024-03-13T09:20:00Z' });
  });

  it('counts real minutes left across the spring-forward hour', () => {
    const dst = computeSchedule(meeting('2024-03-31', '01:30', null, [punkt(1, { durationMinutes: 60 })]));
    const state = liveState(dst, new Date('2024-03-31T03:00:00+02:00'), { number: 1, startedAt: new Date('2024-03-31T01:30:00+01:00') });
    expect(state.remainingMs).toBe(30 * MIN);
  });

  it('rejects a punkt that is not in the schedule', () => {
    expect(() => liveState(plan, at('09:05'), { number: 9, startedAt: at('09:00') })).toThrow(RangeError);
  });
});

describe('replanFrom: start this punkt now', () => {
  it('starts the punkt now and shifts the later ones, keeping their lengths and spacing', () => {
    const replanned = replanFrom(march, 2, at('09:40'));
    expect(replanned.items.map(({ number, start, end, source }) => `${number} ${start}-${end} ${source}`)).toEqual([
      '1 09:00-09:20 duration',
      '2 09:40-10:10 slot',
      '3 10:10-10:25 duration',
      '4 10:25-10:25 none',
    ]);
    expect(replanned.gaps).toEqual([{ after: 1, before: 2, start: '09:20', end: '09:40', minutes: 20 }]);
    expect(replanned.overrun.map((o) => [o.number, o.minutes])).toEqual([
      [3, 10],
      [4, 10],
    ]);
  });

  it('replans from a start read off the clock, milliseconds and all (the note-taker presses "Start punkt N nu")', () => {
    const pressed = new Date(at('09:40').getTime() + 36_398);
    const replanned = replanFrom(march, 2, pressed);
    expect(replanned.items.find((i) => i.number === 2)?.startAt).toBe('2024-03-13T08:40:36Z');
  });

  it('reports an overlap when a punkt is started before the previous one was planned to end', () => {
    const replanned = replanFrom(march, 2, at('09:15'));
    expect(replanned.overlaps).toEqual([{ number: 2, previous: 1, start: '09:15', end: '09:20', minutes: 5 }]);
    expect(replanned.items[1]).toMatchObject({ start: '09:15', end: '09:45', startAt: '2024-03-13T08:15:00Z' });
  });

  it('shifts in real minutes across the spring-forward hour', () => {
    const dst = meeting('2024-03-31', '01:00', null, [punkt(1, { durationMinutes: 30 }), punkt(2, { durationMinutes: 60 })]);
    const replanned = replanFrom(dst, 2, new Date('2024-03-31T01:45:00+01:00'));
    expect(replanned.items[1]).toMatchObject({ start: '01:45', end: '03:45', endAt: '2024-03-31T01:45:00Z' });
  });

  it('rejects a punkt the meeting does not have', () => {
    expect(() => replanFrom(march, 7, at('09:40'))).toThrow(RangeError);
  });
});

describe('usableProgress', () => {
  it('takes an instant back from a copy that went through JSON', () => {
    const copied = JSON.parse(JSON.stringify({ number: 2, startedAt: at('09:31') })) as { number: number; startedAt: Date };
    expect(usableProgress(march, copied)).toEqual({ number: 2, startedAt: at('09:31') });
  });

  it('drops a progress whose punkt the agenda no longer has, or whose instant is not one', () => {
    expect(usableProgress(march, { number: 9, startedAt: at('09:31') })).toBeNull();
    expect(usableProgress(march, { number: 2, startedAt: new Date('nonsense') })).toBeNull();
    expect(usableProgress(march, null)).toBeNull();
    expect(usableProgress(march, undefined)).toBeNull();
  });
});
