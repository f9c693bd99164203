/**
 * The calendar event an imported document belongs to: the forum's event at the document's start in
 * the signed-in user's calendar, or a new one made through Graph's "Create event"
 * (https://learn.microsoft.com/graph/api/user-post-events). Found again by subject and start, so
 * importing the same document twice (or retrying a lost create) never makes a second event.
 */
import type { Meeting } from '../../src/domain/meeting';
import { meetingRefOf } from '../../src/domain/meeting-identity';
import type { MeetingRef } from '../../src/domain/ports';
import { localInstant, toUtcIso } from '../../src/domain/time';
import type { GraphClient } from '../../src/graph/client';
import { createCalendarRepository } from '../../src/graph/calendar-repository';

/** Start and end (UTC) of the meeting: its planned end, else the last slot's end, else two hours. */
export function meetingTimes(meeting: Meeting): { start: string; end: string } {
  const start = localInstant(meeting.date, meeting.start);
  const endLocal = meeting.plannedEnd ?? [...meeting.items].reverse().find((i) => i.slot)?.slot?.end ?? null;
  const candidate = endLocal === null ? null : localInstant(meeting.date, endLocal);
  const end = candidate !== null && candidate > start ? candidate : start.plus({ hours: 2 });
  return { start: toUtcIso(start), end: toUtcIso(end) };
}

/** The meeting's occurrence: an existing event named as the forum starting then, or a created one. */
export async function ensureMeetingEvent(client: GraphClient, meeting: Meeting): Promise<{ ref: MeetingRef; created: boolean }> {
  const { start, end } = meetingTimes(meeting);
  const calendar = createCalendarRepository(client);
  const find = async () => {
    // calendarView's window is [start, end); one minute is enough to hold the start.
    const events = await calendar.listEvents(start, toUtcIso(localInstant(meeting.date, meeting.start).plus({ minutes: 1 })));
    return events.find((e) => e.subject === meeting.forum && e.start === start) ?? null;
  };
  const existing = await find();
  if (existing) return { ref: meetingRefOf(existing), created: false };
  const body = {
    subject: meeting.forum,
    start: { dateTime: start.replace(/Z$/, ''), timeZone: 'UTC' },
    end: { dateTime: end.replace(/Z$/, ''), timeZone: 'UTC' },
    ...(meeting.location ? { location: { displayName: meeting.location } } : {}),
    body: { contentType: 'text', content: `${meeting.forum} ${meeting.date}` },
  };
  const response = await client.send<{ iCalUId: string; start: { dateTime: string } }>({
    method: 'POST',
    path: '/me/events',
    body,
    recover: async () => {
      const found = await find();
      return found ? { iCalUId: found.iCalUId, start: { dateTime: found.start } } : null;
    },
  });
  return { ref: meetingRefOf({ iCalUId: response.body.iCalUId, start: response.body.start.dateTime }), created: true };
}
