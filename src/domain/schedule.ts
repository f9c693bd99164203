/**
 * The schedule rule of the format spec ("Schedule rule (time slots)"): every punkt gets a start
 * and an end from its explicit slot, its duration or neither; gaps, overlaps and overrun are
 * reported. Instants are real time in Europe/Copenhagen (clock.ts), so a meeting across a DST change
 * keeps real minutes (a 60-minute punkt from 01:30 on 2024-03-31 ends at 03:30 local).
 */
import type { UtcInstant } from './brands';
import { MEETING_ZONE, UTC_ZONE, localTimeAt as localTimeIn, minutesFrom, plusMinutes, utcIsoAt, wallClockMs } from './clock';
import type { LocalTime, Meeting } from './meeting';

/** Where a punkt's time came from: its own slot, its `(N min.)` duration, or nothing. */
export type ScheduleSource = 'slot' | 'duration' | 'none';

export interface ScheduledItem {
  number: number;
  /** Local `HH:MM` in Europe/Copenhagen. */
  start: LocalTime;
  end: LocalTime;
  /** ISO 8601 UTC instants, e.g. `2024-03-13T08:00:00Z`. */
  startAt: UtcInstant;
  endAt: UtcInstant;
  source: ScheduleSource;
}

/** Free time between two punkter. `after` is 0 when the gap follows the meeting start. */
export interface Gap {
  after: number;
  before: number;
  start: LocalTime;
  end: LocalTime;
  minutes: number;
}

/** The span where punkt `number` starts before `previous` ends (`previous` 0: the meeting start). */
export interface Overlap {
  number: number;
  previous: number;
  start: LocalTime;
  end: LocalTime;
  minutes: number;
}

/** A punkt ending after the meeting's planned end; `minutes` past it. */
export interface Overrun {
  number: number;
  end: LocalTime;
  plannedEnd: LocalTime;
  minutes: number;
}

export interface Schedule {
  items: ScheduledItem[];
  gaps: Gap[];
  overlaps: Overlap[];
  overrun: Overrun[];
}

/** What the schedule needs of a meeting. */
export type SchedulableMeeting = Pick<Meeting, 'date' | 'start' | 'plannedEnd' | 'items'>;

/** One punkt placed in time, before it is turned into the serialisable `ScheduledItem`. */
export interface TimedItem {
  number: number;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  source: ScheduleSource;
}

/** Places every punkt by rules 1–3 of the spec, in document order, its times read in `zone`. */
export function placeItems(meeting: SchedulableMeeting, zone: string = MEETING_ZONE): TimedItem[] {
  let previousEnd = wallClockMs(meeting.date, meeting.start, zone);
  return meeting.items.map((item) => {
    let timed: TimedItem;
    if (item.slot) {
      timed = {
        number: item.number,
        start: wallClockMs(meeting.date, item.slot.start, zone),
        end: wallClockMs(meeting.date, item.slot.end, zone),
        source: 'slot',
      };
    } else if (item.durationMinutes !== null) {
      // Real elapsed minutes, whatever the wall clock does.
      timed = { number: item.number, start: previousEnd, end: plusMinutes(previousEnd, item.durationMinutes), source: 'duration' };
    } else {
      timed = { number: item.number, start: previousEnd, end: previousEnd, source: 'none' };
    }
    previousEnd = timed.end;
    return timed;
  });
}

/**
 * Turns placed punkter into a Schedule, finding gaps and overlaps against the previous punkt's
 * end (the meeting start for the first) and overrun against the planned end (rules 4–5).
 * Shared with the live replanning, which places punkter differently but reports the same way.
 */
export function describeTimeline(
  timeline: TimedItem[],
  meetingStart: number,
  plannedEnd: number | null,
  zone: string = MEETING_ZONE,
): Schedule {
  const schedule: Schedule = { items: [], gaps: [], overlaps: [], overrun: [] };
  const localTimeAt = (epochMs: number) => localTimeIn(epochMs, zone);
  let previous = { number: 0, end: meetingStart };
  for (const item of timeline) {
    schedule.items.push({
      number: item.number,
      start: localTimeAt(item.start),
      end: localTimeAt(item.end),
      startAt: utcIsoAt(item.start),
      endAt: utcIsoAt(item.end),
      source: item.source,
    });
    if (item.start > previous.end) {
      schedule.gaps.push({
        after: previous.number,
        before: item.number,
        start: localTimeAt(previous.end),
        end: localTimeAt(item.start),
        minutes: minutesFrom(previous.end, item.start),
      });
    } else if (item.start < previous.end) {
      const overlapEnd = item.end < previous.end ? item.end : previous.end;
      schedule.overlaps.push({
        number: item.number,
        previous: previous.number,
        start: localTimeAt(item.start),
        end: localTimeAt(overlapEnd),
        minutes: minutesFrom(item.start, overlapEnd),
      });
    }
    if (plannedEnd && item.end > plannedEnd) {
      schedule.overrun.push({
        number: item.number,
        end: localTimeAt(item.end),
        plannedEnd: localTimeAt(plannedEnd),
        minutes: minutesFrom(plannedEnd, item.end),
      });
    }
    previous = { number: item.number, end: item.end };
  }
  return schedule;
}

/**
 * The meeting's schedule by the spec's rule. Closed punkter are scheduled like any other.
 * Throws RangeError only for a malformed date or time, which the parser never produces.
 */
export function computeSchedule(meeting: SchedulableMeeting, zone: string = MEETING_ZONE): Schedule {
  const start = wallClockMs(meeting.date, meeting.start, zone);
  const plannedEnd = meeting.plannedEnd === null ? null : wallClockMs(meeting.date, meeting.plannedEnd, zone);
  return describeTimeline(placeItems(meeting, zone), start, plannedEnd, zone);
}

/** A scheduled punkt as the views show it: its local times and where they came from, without instants. */
export type WallClockItem = Omit<ScheduledItem, 'startAt' | 'endAt'>;

/** What the views show of a schedule: slots, breaks and warnings. A Schedule is one. */
export interface WallClockSchedule {
  items: WallClockItem[];
  gaps: Gap[];
  overlaps: Overlap[];
  overrun: Overrun[];
}

/**
 * The schedule from the agenda's own local times alone, with no time-zone data: the meeting's times read
 * as if its zone kept one offset all day (UTC, which needs no Intl). It equals computeSchedule's wall-clock
 * side unless a daylight-saving change falls within the meeting (its real minutes differ then), and it has
 * no instants, so it cannot say what is on now. The managers' first render shows it: the zone's schedule
 * needs Intl, and a page's first use of Intl pays ICU's one-time start-up, 17-45 ms of CPU (issue #13).
 */
export function wallClockSchedule(meeting: SchedulableMeeting): WallClockSchedule {
  const { items, gaps, overlaps, overrun } = computeSchedule(meeting, UTC_ZONE);
  return { items: items.map(({ number, start, end, source }) => ({ number, start, end, source })), gaps, overlaps, overrun };
}

/** Whether two schedules show the same: the same slots, breaks and warnings (instants aside). */
export function sameWallClock(a: WallClockSchedule, b: WallClockSchedule): boolean {
  const shown = (s: WallClockSchedule) =>
    JSON.stringify([s.items.map(({ number, start, end, source }) => [number, start, end, source]), s.gaps, s.overlaps, s.overrun]);
  return shown(a) === shown(b);
}
