/**
 * The meeting while it runs: which punkt is on by the clock, how long it has left, and when the
 * meeting will end if it runs late; and "start this punkt now" replanning. Pure: the caller
 * passes `now`, so the views tick with their own timer and tests use fake time.
 */
import { utcIsoAt, wallClockMs } from './clock';
import type { Meeting } from './meeting';
import { describeTimeline, placeItems, type Schedule, type ScheduledItem } from './schedule';

export type LivePhase = 'before' | 'during' | 'after';

export interface LiveState {
  phase: LivePhase;
  /** The punkt being treated, or null before, after, and in a break. */
  current: number | null;
  /** Milliseconds until the current punkt should end; negative when it has run over. */
  remainingMs: number | null;
  /** The punkt after the current one (or the next to start, in a break or before the meeting). */
  nextNumber: number | null;
  /** How far behind the plan the meeting is right now; 0 when on time or ahead. */
  lateByMs: number;
  /** ISO UTC instant the meeting is expected to end: the planned end, or later when running late. */
  forecastEnd: string;
}

/**
 * What the note-taker has marked: punkt `number` was started at `startedAt`. Without it the
 * current punkt is read off the clock, which cannot tell that the meeting is late.
 */
export interface LiveProgress {
  number: number;
  startedAt: Date;
}

/**
 * The progress a view can use for `meeting`, or null: the instant must be real (a copy that has
 * been through JSON, as the offline copies have, holds it as a string again) and the punkt must
 * still be on the agenda (the secretary may have changed it since the progress was set).
 */
export function usableProgress(meeting: Meeting, progress: LiveProgress | null | undefined): LiveProgress | null {
  if (!progress) return null;
  const startedAt = new Date(progress.startedAt);
  if (Number.isNaN(startedAt.getTime())) return null;
  return meeting.items.some((i) => i.number === progress.number) ? { number: progress.number, startedAt } : null;
}

const ms = (iso: string) => Date.parse(iso);
const plannedMs = (item: ScheduledItem) => Math.max(0, ms(item.endAt) - ms(item.startAt));

/**
 * The live state of a meeting at `now`. By the clock, the current punkt is the last one whose
 * planned span holds `now` (a 0-minute punkt is never current). With `progress`, the marked punkt
 * is current and the forecast end is `max(now, its expected end)` plus the planned durations of
 * the later punkter, never earlier than the planned end: planned breaks absorb lateness.
 */
export function liveState(schedule: Schedule, now: Date, progress?: LiveProgress): LiveState {
  const items = schedule.items;
  const nowMs = now.getTime();
  if (items.length === 0) {
    return { phase: 'after', current: null, remainingMs: null, nextNumber: null, lateByMs: 0, forecastEnd: utcIsoAt(nowMs) };
  }
  const plannedEndMs = Math.max(...items.map((item) => ms(item.endAt)));
  if (progress) return liveFromProgress(items, nowMs, plannedEndMs, progress);

  const base = { lateByMs: 0, forecastEnd: utcIsoAt(plannedEndMs) };
  const firstStartMs = Math.min(...items.map((item) => ms(item.startAt)));
  if (nowMs < firstStartMs) return { ...base, phase: 'before', current: null, remainingMs: null, nextNumber: items[0]!.number };
  if (nowMs >= plannedEndMs) return { ...base, phase: 'after', current: null, remainingMs: null, nextNumber: null };

  const index = items.findLastIndex((item) => ms(item.startAt) <= nowMs && nowMs < ms(item.endAt));
  if (index < 0) {
    const next = items.find((item) => ms(item.startAt) >= nowMs);
    return { ...base, phase: 'during', current: null, remainingMs: null, nextNumber: next?.number ?? null };
  }
  const current = items[index]!;
  return {
    ...base,
    phase: 'during',
    current: current.number,
    remainingMs: ms(current.endAt) - nowMs,
    nextNumber: items[index + 1]?.number ?? null,
  };
}

function liveFromProgress(items: ScheduledItem[], nowMs: number, plannedEndMs: number, progress: LiveProgress): LiveState {
  const index = items.findIndex((item) => item.number === progress.number);
  if (index < 0) throw new RangeError(`no punkt ${progress.number} in the schedule`);
  const current = items[index]!;
  const expectedEndMs = progress.startedAt.getTime() + plannedMs(current);
  const currentDoneMs = Math.max(nowMs, expectedEndMs);
  const laterMs = items.slice(index + 1).reduce((sum, item) => sum + plannedMs(item), 0);
  return {
    phase: 'during',
    current: current.number,
    remainingMs: expectedEndMs - nowMs,
    nextNumber: items[index + 1]?.number ?? null,
    lateByMs: Math.max(0, currentDoneMs - ms(current.endAt)),
    forecastEnd: utcIsoAt(Math.max(plannedEndMs, currentDoneMs + laterMs)),
  };
}

/**
 * "Start this punkt now": punkt `number` starts at `now`, and it and every later punkt keep their
 * planned length (slot length or duration) and their spacing, shifted by the same amount; earlier
 * punkter are unchanged. Gaps, overlaps and overrun are reported as for the planned schedule.
 * Throws RangeError when the meeting has no such punkt.
 */
export function replanFrom(meeting: Meeting, number: number, now: Date): Schedule {
  const timeline = placeItems(meeting);
  const index = timeline.findIndex((item) => item.number === number);
  if (index < 0) throw new RangeError(`no punkt ${number} in the meeting`);
  const shiftMs = now.getTime() - timeline[index]!.start;
  const replanned = timeline.map((item, i) => (i < index ? item : { ...item, start: item.start + shiftMs, end: item.end + shiftMs }));
  const start = wallClockMs(meeting.date, meeting.start);
  const plannedEnd = meeting.plannedEnd === null ? null : wallClockMs(meeting.date, meeting.plannedEnd);
  return describeTimeline(replanned, start, plannedEnd);
}
