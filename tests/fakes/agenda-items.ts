/**
 * The one builder of punkter for tests: `punkt(3, { durationMinutes: 20 })` is punkt 3 with
 * filler for everything the test does not care about; `meetingOf(items)` a meeting around them. A closed punkt is named "Lukket" and has no
 * prefix unless the test says otherwise, as the referater write it. Times and dates are given as
 * plain strings (`slot: { start: '09:00', end: '09:10' }`) and branded here, so a malformed one throws.
 */
import { isoDate, localTime } from '../../src/domain/brands';
import type { AgendaItem, Meeting } from '../../src/domain/meeting';

/** What a test may give punkt(): any field, with the slot and postponedTo as plain strings. */
export type PunktFields = Partial<Omit<AgendaItem, 'number' | 'slot' | 'postponedTo'>> & {
  slot?: { start: string; end: string } | null;
  postponedTo?: string | null;
};

/** Punkt `number` with `fields` over neutral filler: open, untimed, undecided, no sections. */
export function punkt(number: number, fields: PunktFields = {}): AgendaItem {
  const closed = fields.closed ?? false;
  const { slot, postponedTo, ...rest } = fields;
  return {
    number,
    prefix: closed ? null : 'CF',
    title: closed ? 'Lukket' : `Punkt ${number}`,
    caseNumber: `00.01.00-P35-${number}-24`,
    closed,
    slot: null,
    durationMinutes: null,
    sections: [],
    recommendation: null,
    decision: null,
    history: null,
    attachments: [],
    status: 'none',
    postponedTo: null,
    ...rest,
    ...(slot !== undefined ? { slot: slot && { start: localTime(slot.start), end: localTime(slot.end) } } : {}),
    ...(postponedTo !== undefined ? { postponedTo: postponedTo === null ? null : isoDate(postponedTo) } : {}),
  };
}

/** What a test may give meetingOf(): any header field, with the date and times as plain strings. */
export type MeetingFields = Partial<Omit<Meeting, 'items' | 'date' | 'start' | 'plannedEnd'>> & {
  date?: string;
  start?: string;
  plannedEnd?: string | null;
};

/** Chefforum's dagsorden of 13 March 2024 at 09:00 holding `items`, with `fields` over neutral filler: no end, place, participants or preamble. */
export function meetingOf(items: AgendaItem[], fields: MeetingFields = {}): Meeting {
  const { date = '2024-03-13', start = '09:00', plannedEnd = null, ...rest } = fields;
  return {
    kind: 'dagsorden',
    forum: 'Chefforum',
    date: isoDate(date),
    start: localTime(start),
    plannedEnd: plannedEnd === null ? null : localTime(plannedEnd),
    location: null,
    participants: [],
    preamble: [],
    ...rest,
    items,
  };
}
