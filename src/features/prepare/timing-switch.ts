/**
 * Switching a punkt between a duration and a fixed slot keeps its place in the schedule: the
 * secretary who fixes a punkt to a slot gets the times it has now, and one who goes back to a
 * duration gets the slot's length, instead of empty fields that start out as errors.
 */
import type { Meeting } from '../../domain/meeting';
import { computeSchedule } from '../../domain/schedule';
import type { DraftItem, Timing } from './draft';
import { readClock } from './draft';

/** Minutes from `start` to `end` (`HH:MM`, same day); null when not after. */
function lengthOf(start: string, end: string): number | null {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  const minutes = eh! * 60 + em! - (sh! * 60 + sm!);
  return minutes > 0 ? minutes : null;
}

/**
 * The patch for punkt `index` of `meeting` (its model form, as the schedule preview sees it) when
 * its timing becomes `timing`: the new timing, plus the fields filled from where it stands now
 * when they are empty.
 */
export function switchTiming(item: DraftItem, timing: Timing, meeting: Meeting, index: number): Partial<DraftItem> {
  const patch: Partial<DraftItem> = { timing };
  if (timing === 'slot' && item.slotStart.trim() === '' && item.slotEnd.trim() === '') {
    let placed: { start: string; end: string } | undefined;
    try {
      placed = computeSchedule(meeting).items[index];
    } catch {
      // A header time that does not validate yet: leave the fields for the secretary.
    }
    if (placed) {
      // A punkt without time is placed at one instant; its slot gets the forum's usual 20 minutes.
      patch.slotStart = placed.start;
      patch.slotEnd = placed.end !== placed.start ? placed.end : addMinutes(placed.start, 20);
    }
  }
  if (timing === 'duration') {
    const start = readClock(item.slotStart);
    const end = readClock(item.slotEnd);
    const minutes = start && end ? lengthOf(start, end) : null;
    if (minutes !== null && (item.duration.trim() === '' || item.timing === 'slot')) patch.duration = String(minutes);
    else if (item.duration.trim() === '') patch.duration = '20';
  }
  return patch;
}

function addMinutes(clock: string, minutes: number): string {
  const [h, m] = clock.split(':').map(Number);
  const total = Math.min(23 * 60 + 59, h! * 60 + m! + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
