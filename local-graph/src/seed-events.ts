/**
 * The demo seed's calendar writes: a meeting's event, created through Graph's "Create event"
 * (https://learn.microsoft.com/graph/api/user-post-events) with the forum's demo users invited, so
 * each finds her own copy in her own calendar. Reused when it exists, so the seed can run again.
 */
import type { Meeting } from '../../src/domain/meeting';
import { localInstant, toUtcIso } from '../../src/domain/time';
import type { GraphClient } from '../../src/graph/client';
import { normalizeUtc } from '../../src/graph/list-definitions';
import { queryString } from '../../src/graph/odata';
import { NOTETAKER_TOKEN, READER_TOKEN, authenticate } from './auth';
import { DEMO_TEAMS_HEADER } from './demo-teams-header';

export const DEFAULT_LOCATION = 'Mødelokale 915';

/** The note-taker and the manager, invited to every forum meeting the secretary organizes. */
export const FORUM_ATTENDEES = [NOTETAKER_TOKEN, READER_TOKEN].map((token) => {
  const user = authenticate(`Bearer ${token}`);
  return { emailAddress: { address: user.email, name: user.displayName }, type: 'required' };
});

/** Start and end instants (UTC) of a meeting's event; the end is the planned end, else the last slot, else 2 hours. */
export function eventTimes(meeting: Meeting): { start: string; end: string } {
  const start = localInstant(meeting.date, meeting.start);
  const lastSlot = [...meeting.items].reverse().find((i) => i.slot)?.slot?.end ?? null;
  const endLocal = meeting.plannedEnd ?? lastSlot;
  const end =
    endLocal !== null && localInstant(meeting.date, endLocal) > start ? localInstant(meeting.date, endLocal) : start.plus({ hours: 2 });
  return { start: toUtcIso(start), end: toUtcIso(end) };
}

/** An event as the seed reads it back. */
export interface CreatedEvent {
  id: string;
  iCalUId: string;
  subject?: string;
  start?: { dateTime: string };
}

/** How a demo meeting differs from a plain forum meeting. */
export interface EventOptions {
  subject?: string;
  /** Graph's patternedRecurrence: the event is a series master starting at the meeting. */
  recurrence?: unknown;
  /** Who is invited besides the organizer; the forum's demo users unless given. */
  attendees?: unknown[];
  /** `outlook` or `channel=19:…@thread.tacv2` (see demo-teams-header.ts). */
  teams?: string;
}

/** The meeting's event, created (with a Teams meeting) when the calendar has none with its subject at its start. */
export async function ensureEvent(client: GraphClient, meeting: Meeting, options: EventOptions = {}): Promise<CreatedEvent> {
  const { start, end } = eventTimes(meeting);
  const subject = options.subject ?? meeting.forum;
  const find = async () => {
    const query = queryString({ startDateTime: start, endDateTime: end, $select: 'id,iCalUId,subject,start' });
    const events = await client.getAll<CreatedEvent>(`/me/calendarView${query}`, { Prefer: 'outlook.timezone="UTC"' });
    return events.find((e) => e.subject === subject && e.start && normalizeUtc(e.start.dateTime) === start) ?? null;
  };
  const existing = await find();
  if (existing) return existing;
  const body = {
    subject,
    start: { dateTime: start.replace(/Z$/, ''), timeZone: 'UTC' },
    end: { dateTime: end.replace(/Z$/, ''), timeZone: 'UTC' },
    location: { displayName: meeting.location === null ? DEFAULT_LOCATION : displayLocation(meeting.location) },
    attendees: options.attendees ?? FORUM_ATTENDEES,
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    body: { contentType: 'text', content: `${subject} ${meeting.date}` },
    ...(options.recurrence ? { recurrence: options.recurrence } : {}),
  };
  const headers = options.teams ? { [DEMO_TEAMS_HEADER]: options.teams } : undefined;
  // A lost create is found again by its start and subject, so a retry never makes a second event.
  return (await client.send<CreatedEvent>({ method: 'POST', path: '/me/events', body, recover: find, ...(headers ? { headers } : {}) }))
    .body;
}

/** Fixtures name rooms by number only ("915"); the calendar shows "Mødelokale 915". */
function displayLocation(location: string): string {
  return /^\d+$/.test(location) ? `Mødelokale ${location}` : location;
}
