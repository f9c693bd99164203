/**
 * Demo data for the local service (and a test tenant): Punkt's lists, the three referater as
 * past meetings, and one upcoming meeting with the agenda of 13-03-2024, each as an Outlook event
 * with a Teams meeting and as list rows, so every role can be tried at once.
 *
 * Runs under Node only (tsx, the Vite dev server's Node side, tests): it reads the referater from
 * disk. It writes through the app's own repositories and provisioning (src/graph), so the demo's
 * rows have exactly the shape the app reads.
 */
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import type { AgendaItem, Meeting } from '../../src/domain/meeting';
import { parseDocument } from '../../src/domain/parse';
import { MEETING_ZONE, localInstant, toLocalTime, toUtcIso } from '../../src/domain/time';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import type { GraphClient } from '../../src/graph/client';
import { normalizeUtc } from '../../src/graph/list-definitions';
import { queryString } from '../../src/graph/odata';
import { provision } from '../../src/graph/provision';

// The service's own copy of the shared referater, so the demo does not change when a test fixture does.
const REFERATER = new URL('../seed-data/referater/', import.meta.url);
const PAST = ['chefforum-2017-03-02.txt', 'chefforum-2021-09-02.txt', 'chefforum-2024-03-13.txt'];
const UPCOMING_FROM = 'chefforum-2024-03-13.txt';
const UPCOMING_LOCATION = 'Mødelokale 915';

/** The meeting in a referat of local-graph/seed-data/referater. */
export async function fixtureMeeting(file: string): Promise<Meeting> {
  return parseDocument(await readFile(new URL(file, REFERATER), 'utf8'));
}

/** The upcoming meeting's date: today if `now` is a weekday before 09:00 in Copenhagen, else the next weekday. */
export function upcomingMeetingDate(now: Date): string {
  const local = DateTime.fromJSDate(now).setZone(MEETING_ZONE);
  let day = local.hour < 9 ? local.startOf('day') : local.startOf('day').plus({ days: 1 });
  while (day.weekday > 5) day = day.plus({ days: 1 });
  return day.toISODate() ?? '';
}

/** A realistic, deterministic duration (5–30 minutes in steps of 5) for a punkt. */
export function demoDuration(item: Pick<AgendaItem, 'number' | 'caseNumber' | 'title'>): number {
  let hash = item.number;
  for (const ch of `${item.caseNumber}${item.title}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return 5 + (hash % 6) * 5;
}

/** The agenda (dagsorden) for the upcoming meeting: `source`'s punkter (13-03-2024), undecided, with durations. */
export function upcomingMeeting(now: Date, source: Meeting): Meeting {
  const date = upcomingMeetingDate(now);
  const items = source.items.map((item): AgendaItem => ({
    ...item,
    // An agenda has no decision yet: drop the Beslutning the referat held.
    sections: item.sections.filter((s) => s.heading !== 'Beslutning'),
    decision: null,
    status: 'none',
    postponedTo: null,
    slot: null,
    durationMinutes: demoDuration(item),
  }));
  const minutes = items.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);
  const plannedEnd = toLocalTime(localInstant(date, '09:00').plus({ minutes }));
  return { ...source, kind: 'dagsorden', date, start: '09:00', plannedEnd, location: UPCOMING_LOCATION, items };
}

/** Start and end instants (UTC) of a meeting's event; the end is the planned end, else the last slot, else 2 hours. */
export function eventTimes(meeting: Meeting): { start: string; end: string } {
  const start = localInstant(meeting.date, meeting.start);
  const lastSlot = [...meeting.items].reverse().find((i) => i.slot)?.slot?.end ?? null;
  const endLocal = meeting.plannedEnd ?? lastSlot;
  const end =
    endLocal !== null && localInstant(meeting.date, endLocal) > start ? localInstant(meeting.date, endLocal) : start.plus({ hours: 2 });
  return { start: toUtcIso(start), end: toUtcIso(end) };
}

/** Seeds the site: lists, then the four meetings as events and agendas. Safe to run again (it reuses events). */
export async function seedDemoData(client: GraphClient, options: { siteId: string; now: Date }): Promise<void> {
  await provision(client, options.siteId);
  const agendas = createAgendaRepository(client, { siteId: options.siteId });
  const past = await Promise.all(PAST.map(fixtureMeeting));
  const meetings = [...past, upcomingMeeting(options.now, await fixtureMeeting(UPCOMING_FROM))];
  for (const meeting of meetings) {
    const event = await ensureEvent(client, meeting);
    await agendas.saveAgenda({ iCalUId: event.iCalUId, start: eventTimes(meeting).start }, meeting);
  }
}

/**
 * Brings a demo site seeded earlier up to date, without touching what the user did in it: the
 * lists get columns added since (provision is idempotent), and when every demo meeting is over,
 * a new upcoming one (the 13-03-2024 agenda again) is added so the demo still opens on a meeting.
 * Returns whether a meeting was added.
 */
export async function refreshDemoData(client: GraphClient, options: { siteId: string; now: Date }): Promise<boolean> {
  await provision(client, options.siteId);
  const from = options.now.toISOString();
  const to = DateTime.fromJSDate(options.now).plus({ days: 60 }).toUTC().toISO() ?? from;
  const query = queryString({ startDateTime: from, endDateTime: to, $select: 'id,subject' });
  const coming = await client.getAll<{ subject?: string }>(`/me/calendarView${query}`, { Prefer: 'outlook.timezone="UTC"' });
  if (coming.some((e) => e.subject === 'Chefforum')) return false;
  const meeting = upcomingMeeting(options.now, await fixtureMeeting(UPCOMING_FROM));
  const event = await ensureEvent(client, meeting);
  await createAgendaRepository(client, { siteId: options.siteId }).saveAgenda(
    { iCalUId: event.iCalUId, start: eventTimes(meeting).start },
    meeting,
  );
  return true;
}

interface CreatedEvent {
  id: string;
  iCalUId: string;
  subject?: string;
  start?: { dateTime: string };
}

/** The meeting's Chefforum event, created (with a Teams meeting) when the calendar has none at its start. */
async function ensureEvent(client: GraphClient, meeting: Meeting): Promise<CreatedEvent> {
  const { start, end } = eventTimes(meeting);
  const find = async () => {
    const query = queryString({ startDateTime: start, endDateTime: end, $select: 'id,iCalUId,subject,start' });
    const events = await client.getAll<CreatedEvent>(`/me/calendarView${query}`, { Prefer: 'outlook.timezone="UTC"' });
    return events.find((e) => e.subject === meeting.forum && e.start && normalizeUtc(e.start.dateTime) === start) ?? null;
  };
  const existing = await find();
  if (existing) return existing;
  const body = {
    subject: meeting.forum,
    start: { dateTime: start.replace(/Z$/, ''), timeZone: 'UTC' },
    end: { dateTime: end.replace(/Z$/, ''), timeZone: 'UTC' },
    location: { displayName: meeting.location === null ? UPCOMING_LOCATION : displayLocation(meeting.location) },
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    body: { contentType: 'text', content: `${meeting.forum} ${meeting.date}` },
  };
  // A lost create is found again by its start and subject, so a retry never makes a second event.
  return (await client.send<CreatedEvent>({ method: 'POST', path: '/me/events', body, recover: find })).body;
}

/** Fixtures name rooms by number only ("915"); the calendar shows "Mødelokale 915". */
function displayLocation(location: string): string {
  return /^\d+$/.test(location) ? `Mødelokale ${location}` : location;
}
