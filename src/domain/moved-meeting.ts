/**
 * A meeting the organizer moved after its agenda was saved. The agenda's rows are keyed by the
 * occurrence's iCalUId and its start (meeting-identity.ts); moving a single event, or one occurrence
 * of a series (Graph then makes it an `exception` that keeps its iCalUId and records `originalStart`:
 * https://learn.microsoft.com/graph/api/resources/event), changes the start but not the iCalUId. So
 * the stored agenda is still found by its iCalUId, and its times follow the event's new start here.
 */
import { isoDate, type IsoDate, type LocalTime } from './brands';
import { localTimeAt, MEETING_ZONE, wallClockMs } from './clock';
import type { Meeting, TimeSlot } from './meeting';
import { appError, type AppError, type WithAppError } from './app-error';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local date in `zone` of an instant (epoch ms): the UTC date or a neighbour whose wall clock gives it. */
export function localDateAt(epochMs: number, zone: string = MEETING_ZONE): IsoDate {
  const time = localTimeAt(epochMs, zone);
  for (const offset of [0, -DAY_MS, DAY_MS]) {
    const date = isoDate(new Date(epochMs + offset).toISOString().slice(0, 10));
    if (wallClockMs(date, time, zone) === Math.floor(epochMs / 60_000) * 60_000) return date;
  }
  throw new RangeError(`no local date for ${new Date(epochMs).toISOString()} in ${zone}`);
}

/**
 * `meeting` as it is after its start moved to `toUtc`: the date and start become the new start's in
 * the forum's zone, and the planned end and every punkt's slot move by the same real minutes, so the
 * time between them is kept. Where the stored header does not start at `fromUtc` (edited by hand) the
 * shift is still measured from the stored header, which is what the slots were planned against.
 */
export function movedMeeting(meeting: Meeting, toUtc: string, zone: string = MEETING_ZONE): Meeting {
  const from = wallClockMs(meeting.date, meeting.start, zone);
  const to = Date.parse(toUtc);
  if (Number.isNaN(to)) throw new RangeError(`Not an ISO instant: ${toUtc}`);
  const shift = to - from;
  if (shift === 0) return meeting;
  const moved = (time: LocalTime): LocalTime => localTimeAt(wallClockMs(meeting.date, time, zone) + shift, zone);
  const slot = (s: TimeSlot | null): TimeSlot | null => (s === null ? null : { start: moved(s.start), end: moved(s.end) });
  return {
    ...meeting,
    date: localDateAt(to, zone),
    start: localTimeAt(to, zone),
    plannedEnd: meeting.plannedEnd === null ? null : moved(meeting.plannedEnd),
    items: meeting.items.map((item) => (item.slot === null ? item : { ...item, slot: slot(item.slot) })),
  };
}

/**
 * More than one stored agenda has this meeting's iCalUId under another start: which one belongs to the
 * moved meeting cannot be told, so none is shown as its agenda (and nothing is started over them).
 */
export class AmbiguousMovedMeetingError extends Error implements WithAppError {
  readonly appError: AppError = appError('invalid');
  /** The starts (UTC) the candidate agendas are stored under. */
  readonly starts: string[];

  constructor(iCalUId: string, starts: string[]) {
    super(`${starts.length} stored agendas have the iCalUId ${iCalUId} under other starts (${starts.join(', ')}); none is taken`);
    this.name = 'AmbiguousMovedMeetingError';
    this.starts = starts;
  }
}

/**
 * The meeting was asked for at a start the calendar no longer holds (a link or invite made before the
 * organizer moved it), and its agenda is stored under the start it has now. It is not shown as moved
 * back: the meeting is to be opened where it is now.
 */
export class StaleMeetingStartError extends Error implements WithAppError {
  readonly appError: AppError = appError('not-found', { status: 404 });
  /** The start (UTC) the agenda is stored under. */
  readonly storedStart: string;

  constructor(key: string, storedStart: string) {
    super(`The meeting ${key} is not in the calendar at that start; its agenda is stored under ${storedStart}`);
    this.name = 'StaleMeetingStartError';
    this.storedStart = storedStart;
  }
}
