/**
 * The header of a new agenda: date and start from the meeting occurrence, and what the calendar
 * knows besides (subject as the forum, end, place). The calendar is a help, not a requirement:
 * when it cannot be asked, the secretary fills those fields in.
 */
import type { Draft } from './draft';
import { isoDate } from '../../domain/brands';
import { sameMeeting } from '../../domain/meeting-identity';
import type { CalendarSource, MeetingRef } from '../../domain/ports';
import { MEETING_ZONE, fromIso } from '../../domain/time';

/** A blank agenda header for the occurrence `ref`, in local time (Europe/Copenhagen). */
export function headerFor(ref: MeetingRef): Draft['meeting'] {
  const start = fromIso(ref.start).setZone(MEETING_ZONE);
  return {
    kind: 'dagsorden',
    forum: '',
    date: isoDate(start.toFormat('yyyy-MM-dd')),
    start: start.toFormat('HH:mm'),
    plannedEnd: null,
    location: null,
    participants: [],
    preamble: [],
  };
}

/** Forum, planned end and place from the calendar event of `ref`; empty when it is not found. */
export async function findCalendarEvent(calendar: CalendarSource, ref: MeetingRef): Promise<Partial<Draft['meeting']>> {
  try {
    const from = fromIso(ref.start);
    const events = await calendar.listEvents(from.toUTC().toISO() ?? ref.start, from.plus({ minutes: 1 }).toUTC().toISO() ?? ref.start);
    const event = events.find((e) => sameMeeting(e, ref));
    if (!event) return {};
    return {
      forum: event.subject,
      plannedEnd: fromIso(event.end).setZone(MEETING_ZONE).toFormat('HH:mm'),
      location: event.location,
    };
  } catch {
    return {};
  }
}
