/**
 * What the page ought to show, read back from the embedded service through the app's own
 * repositories (never hard-coded): the next upcoming meeting of the seeded calendar, its agenda,
 * and the slots the schedule rule gives for it.
 */
import { isoDate } from '../../../src/domain/brands';
import type { CalendarEvent, StoredAgenda } from '../../../src/domain/ports';
import { computeSchedule } from '../../../src/domain/schedule';
import { formatSlot } from '../../../src/domain/time';
import { createAgendaRepository, createCalendarRepository, createGraphClient } from '../../../src/graph/index';

export const DEV_TOKEN = 'punkt-dev-token';
export const READER_TOKEN = 'punkt-dev-token-reader';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The app's repositories against the service at `graphUrl`, as the given demo user. */
export function repositories(graphUrl: string, token = DEV_TOKEN) {
  // The tests' oracle reads through the service's injected faults (20 % 429 in the notes test): six
  // attempts leave a four-request $batch unfinished about once in a hundred reads, so it keeps trying.
  const client = createGraphClient({ baseUrl: graphUrl, tokens: { getAccessToken: async () => token }, maxAttempts: 20 });
  return { client, calendar: createCalendarRepository(client), agenda: createAgendaRepository(client, { siteId: 'punkt-demo' }) };
}

/** The seeded events from today (UTC midnight) over the next 60 days, ordered by start. */
export async function upcomingEvents(graphUrl: string, now = new Date()): Promise<CalendarEvent[]> {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const events = await repositories(graphUrl).calendar.listEvents(from.toISOString(), new Date(from.getTime() + 60 * DAY_MS).toISOString());
  return events.filter((e) => Date.parse(e.end) > now.getTime()).sort((a, b) => a.start.localeCompare(b.start));
}

/** The seed's next meeting: the first of the upcoming events (one is running today). */
export async function nextMeeting(graphUrl: string): Promise<CalendarEvent> {
  const [next] = await upcomingEvents(graphUrl);
  if (!next) throw new Error('the seed has no upcoming meeting');
  return next;
}

/** One punkt as it should appear. */
export interface ExpectedPunkt {
  number: number;
  title: string;
  caseNumber: string;
  closed: boolean;
  readable: boolean;
  /** `HH.MM–HH.MM` from computeSchedule. */
  slot: string;
}

/** The agenda of `event` as the given user reads it, with its slots. */
export async function expectedAgenda(
  graphUrl: string,
  event: CalendarEvent,
  token = DEV_TOKEN,
): Promise<{ stored: StoredAgenda; punkter: ExpectedPunkt[] }> {
  const stored = await repositories(graphUrl, token).agenda.loadAgenda({ iCalUId: event.iCalUId, start: event.start });
  if (!stored) throw new Error(`the seeded event ${event.subject} has no agenda`);
  const schedule = computeSchedule(stored.meeting);
  const punkter = stored.items.map(({ item, readable }) => {
    const slot = schedule.items.find((s) => s.number === item.number);
    return {
      number: item.number,
      title: item.title,
      caseNumber: item.caseNumber,
      closed: item.closed,
      readable,
      slot: slot ? formatSlot(slot.start, slot.end) : 'unscheduled',
    };
  });
  return { stored, punkter };
}

/** Every seeded event between 2000 and 2100 (the fixture meetings lie in the past), ordered by start. */
export async function allEvents(graphUrl: string): Promise<CalendarEvent[]> {
  const events = await repositories(graphUrl).calendar.listEvents('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
  return [...events].sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * Adds a meeting of its own to the calendar (a week after `like`), with `like`'s agenda and punkt
 * `closedNumber` made closed, and returns its event: the demo fixtures have no closed punkt.
 */
export async function addMeetingWithClosedPunkt(graphUrl: string, like: CalendarEvent, closedNumber: number): Promise<CalendarEvent> {
  const { client, calendar, agenda } = repositories(graphUrl);
  const source = await agenda.loadAgenda({ iCalUId: like.iCalUId, start: like.start });
  if (!source) throw new Error('the model meeting has no agenda');
  const week = 7 * DAY_MS;
  const start = new Date(Date.parse(like.start) + week).toISOString();
  const end = new Date(Date.parse(like.end) + week).toISOString();
  const created = await client.send<{ id: string }>({
    method: 'POST',
    path: '/me/events',
    body: {
      subject: `${like.subject} (lukket punkt)`,
      start: { dateTime: start.replace(/Z$/, ''), timeZone: 'UTC' },
      end: { dateTime: end.replace(/Z$/, ''), timeZone: 'UTC' },
      // Invited, the note-taker and the manager get their own copies, as in Exchange.
      attendees: ['referent@punkt-demo.local', 'leder@punkt-demo.local'].map((address) => ({
        emailAddress: { address },
        type: 'required',
      })),
    },
  });
  const event = await calendar.getEvent(created.body.id);
  const date = isoDate(new Date(Date.parse(source.meeting.date) + week).toISOString().slice(0, 10));
  const items = source.meeting.items.map((item) => (item.number === closedNumber ? { ...item, closed: true } : item));
  await agenda.saveAgenda({ iCalUId: event.iCalUId, start: event.start }, { ...source.meeting, date, items });
  return event;
}
