/** The live schedule of the form's meeting, for the cards and the Tidsplan alike. */
import type { LocalTime, Meeting } from '../../domain/meeting';
import { computeSchedule, type Schedule } from '../../domain/schedule';

/** The schedule, or null while the header's times do not validate (the form reports those itself). */
export function safeSchedule(meeting: Meeting, usable: boolean): Schedule | null {
  if (!usable) return null;
  try {
    return computeSchedule(meeting);
  } catch {
    // computeSchedule throws only for a malformed header time.
    return null;
  }
}

/** What one punkt's card shows of the schedule: its slot, minutes, and its warnings. */
export interface CardTiming {
  start: LocalTime;
  end: LocalTime;
  minutes: number;
  timed: boolean;
  /** Overlaps punkt `previous` (0: the meeting start) by `minutes`. */
  overlap: { previous: number; minutes: number } | null;
  /** Ends `minutes` after the planned end at `plannedEnd`. */
  overrun: { minutes: number; plannedEnd: LocalTime } | null;
}

/** The timing of punkt `number` (1-based) in `schedule`, or null when it has none. */
export function cardTiming(schedule: Schedule | null, number: number): CardTiming | null {
  const slot = schedule?.items.find((s) => s.number === number);
  if (!schedule || !slot) return null;
  const overlap = schedule.overlaps.find((o) => o.number === number);
  const overrun = schedule.overrun.find((o) => o.number === number);
  return {
    start: slot.start,
    end: slot.end,
    minutes: Math.round((Date.parse(slot.endAt) - Date.parse(slot.startAt)) / 60_000),
    timed: slot.source !== 'none',
    overlap: overlap ? { previous: overlap.previous, minutes: overlap.minutes } : null,
    overrun: overrun ? { minutes: overrun.minutes, plannedEnd: overrun.plannedEnd } : null,
  };
}
