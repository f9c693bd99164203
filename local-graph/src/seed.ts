/**
 * Demo data for the local service (and a test tenant): Punkt's lists, the three referater as
 * past meetings, and one upcoming meeting with the agenda of 13-03-2024, each as an Outlook event
 * with a Teams meeting and as list rows, so every role can be tried at once; and, by the clock, the
 * forum's weekly series and today's other Teams meetings (seed-teams.ts). The secretary organizes
 * them all and invites the note-taker and the manager, who each get their own copy.
 *
 * Runs under Node only (tsx, the Vite dev server's Node side, tests): it reads the referater from
 * disk. It writes through the app's own repositories and provisioning (src/graph), so the demo's
 * rows have exactly the shape the app reads.
 */
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { isoDate, localTime } from '../../src/domain/brands';
import type { AgendaItem, Meeting } from '../../src/domain/meeting';
import { parseDocument } from '../../src/domain/parse';
import { MEETING_ZONE, localInstant, toLocalTime } from '../../src/domain/time';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import type { GraphClient } from '../../src/graph/client';
import { queryString } from '../../src/graph/odata';
import { provision } from '../../src/graph/provision';
import { normalizeUtc } from '../../src/graph/list-definitions';
import { DEFAULT_LOCATION, ensureEvent, eventTimes } from './seed-events';
import type { CreatedEvent } from './seed-events';
import { seedTeamsMeetings } from './seed-teams';

export { eventTimes };

/**
 * The demo data's version, recorded in the data folder (seed-version.ts). Raise it whenever a change
 * here gives a new folder other data or another shape than an existing one holds, and say in
 * refreshDemoData what an older folder gets.
 */
export const SEED_VERSION = 1;

// The service's own copy of the shared referater, so the demo does not change when a test fixture does.
const REFERATER = new URL('../seed-data/referater/', import.meta.url);
const PAST = ['chefforum-2017-03-02.txt', 'chefforum-2021-09-02.txt', 'chefforum-2024-03-13.txt'];
const UPCOMING_FROM = 'chefforum-2024-03-13.txt';

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
  return scheduledAgenda(upcomingMeetingDate(now), '09:00', source);
}

/** `source`'s punkter as an undecided agenda (dagsorden) for a meeting at `date` and local `start`. */
export function scheduledAgenda(date: string, start: string, source: Meeting): Meeting {
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
  // The seed makes its dates and times itself (luxon), so a malformed one is a bug: the constructors throw.
  const day = isoDate(date);
  const at = localTime(start);
  const plannedEnd = toLocalTime(localInstant(day, at).plus({ minutes }));
  return { ...source, kind: 'dagsorden', date: day, start: at, plannedEnd, location: DEFAULT_LOCATION, items };
}

/**
 * Seeds the site: lists, then the four one-off meetings, the weekly series and today's other Teams
 * meetings as events and agendas. Safe to run again (it reuses events).
 */
export async function seedDemoData(client: GraphClient, options: { siteId: string; now: Date }): Promise<void> {
  await provision(client, options.siteId);
  const agendas = createAgendaRepository(client, { siteId: options.siteId });
  const past = await Promise.all(PAST.map(fixtureMeeting));
  const source = await fixtureMeeting(UPCOMING_FROM);
  const meetings = [...past, upcomingMeeting(options.now, source)];
  for (const meeting of meetings) {
    const event = await ensureEvent(client, meeting);
    await agendas.saveAgenda({ iCalUId: event.iCalUId, start: eventTimes(meeting).start }, meeting);
  }
  await seedTeamsMeetings(client, {
    now: options.now,
    agenda: (date, start, count) => scheduledAgenda(date, start, { ...source, items: source.items.slice(0, count) }),
    save: (ref, meeting) => agendas.saveAgenda(ref, meeting),
  });
}

/**
 * Brings a demo site seeded earlier up to date, without touching what the user did in it: the
 * lists get columns added since (provision is idempotent); the next coming Chefforum (an
 * occurrence of the series, a week on) gets the 13-03-2024 agenda if it has none, and when every
 * demo meeting is over, a new upcoming one is added, so the demo still opens on an agenda.
 * Returns whether an agenda was added.
 */
export async function refreshDemoData(client: GraphClient, options: { siteId: string; now: Date }): Promise<boolean> {
  await provision(client, options.siteId);
  const from = options.now.toISOString();
  const to = DateTime.fromJSDate(options.now).plus({ days: 60 }).toUTC().toISO() ?? from;
  const query = queryString({ startDateTime: from, endDateTime: to, $select: 'id,iCalUId,subject,start', $orderby: 'start/dateTime' });
  const coming = await client.getAll<CreatedEvent>(`/me/calendarView${query}`, { Prefer: 'outlook.timezone="UTC"' });
  const next = coming.find((e) => e.subject === 'Chefforum' && e.start);
  const agendas = createAgendaRepository(client, { siteId: options.siteId });
  const source = await fixtureMeeting(UPCOMING_FROM);
  if (next?.start) {
    const ref = { iCalUId: next.iCalUId, start: normalizeUtc(next.start.dateTime) };
    if (await agendas.loadAgenda(ref)) return false;
    const local = DateTime.fromISO(ref.start).setZone(MEETING_ZONE);
    await agendas.saveAgenda(ref, scheduledAgenda(local.toISODate() ?? '', local.toFormat('HH:mm'), source));
    return true;
  }
  const meeting = upcomingMeeting(options.now, source);
  const event = await ensureEvent(client, meeting);
  await agendas.saveAgenda({ iCalUId: event.iCalUId, start: eventTimes(meeting).start }, meeting);
  return true;
}
