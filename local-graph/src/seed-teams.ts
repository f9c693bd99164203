/**
 * The demo calendar's Teams meetings, placed by the service's clock so the side panel has
 * something to find today: the forum's weekly series (Graph: a series master and its occurrences,
 * one chat and one join URL for the whole series, https://learn.microsoft.com/graph/api/resources/onlinemeeting
 * "joinWebUrl … of the recurring meeting") with an occurrence running now, and, a little later
 * today, a meeting created in Outlook (its chat reports no calendarEventId) and a channel meeting.
 * A meeting's agenda must end on the day it starts (the domain keeps local times), so near
 * midnight the series starts early enough to end by midnight, still running now.
 */
import { DateTime } from 'luxon';
import type { Meeting } from '../../src/domain/meeting';
import type { MeetingRef } from '../../src/domain/ports';
import { MEETING_ZONE } from '../../src/domain/time';
import type { GraphClient } from '../../src/graph/client';
import { normalizeUtc } from '../../src/graph/list-definitions';
import { queryString } from '../../src/graph/odata';
import { ensureEvent, eventTimes } from './seed-events';

export const SERIES_SUBJECT = 'Chefforum';
export const OUTLOOK_SUBJECT = 'Chefforum – ekstraordinært møde';
export const CHANNEL_SUBJECT = 'Chefforum – temamøde i kanalen';
/** The channel meeting's conversation: the channel's thread, not a chat (no GET /chats for it). */
export const CHANNEL_THREAD = '19:punkt-demo-chefforum@thread.tacv2';
const WEEKS_BEFORE = 4;
const WEEKS_AFTER = 12;
const SHORT_MEETING_MINUTES = 60;
const LAST_OFFSET_MINUTES = 30;
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** What the seed gives this module: the agenda of a meeting at a local date and time, and a way to save it. */
export interface TeamsSeed {
  now: Date;
  /** `source`'s punkter (the first `count`, else all) as an agenda at `date` `start` local time. */
  agenda(date: string, start: string, count?: number): Meeting;
  save(ref: MeetingRef, meeting: Meeting): Promise<unknown>;
}

/** The latest end of a meeting on `day`'s date: 23.55. */
const lastEnd = (day: DateTime) => day.startOf('day').plus({ days: 1 }).minus({ minutes: 5 });
const minutesOf = (meeting: Meeting) => meeting.items.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);
const at = (local: DateTime) => ({ date: local.toISODate() ?? '', start: local.toFormat('HH:mm') });

/** Today's series start: this hour, or earlier so a meeting of `minutes` ends before midnight (a planned end of 00.00 is before the start). */
export function seriesStart(now: Date, minutes: number): DateTime {
  const hour = DateTime.fromJSDate(now).setZone(MEETING_ZONE).startOf('hour');
  const latest = lastEnd(hour).minus({ minutes });
  return hour < latest ? hour : latest;
}

/** The series (with agendas for its occurrences up to today's) and today's two other Teams meetings. */
export async function seedTeamsMeetings(client: GraphClient, seed: TeamsSeed): Promise<void> {
  const probe = at(DateTime.fromJSDate(seed.now).setZone(MEETING_ZONE));
  const today = seriesStart(seed.now, minutesOf(seed.agenda(probe.date, '00:00')));
  const first = today.minus({ weeks: WEEKS_BEFORE });
  const recurrence = {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: [DAYS[today.weekday - 1]], firstDayOfWeek: 'monday' },
    range: {
      type: 'endDate',
      startDate: first.toISODate(),
      endDate: today.plus({ weeks: WEEKS_AFTER }).toISODate(),
      recurrenceTimeZone: 'Romance Standard Time',
    },
  };
  const firstAt = at(first);
  await ensureEvent(client, seed.agenda(firstAt.date, firstAt.start), { subject: SERIES_SUBJECT, recurrence });
  // Every occurrence up to today's has an agenda, the past ones as they were planned; later ones
  // get theirs when they come near (refreshDemoData), as the upcoming one-off always did.
  for (let week = -WEEKS_BEFORE; week <= 0; week++) {
    const occurrence = today.plus({ weeks: week });
    const when = at(occurrence);
    const meeting = seed.agenda(when.date, when.start);
    const event = await occurrenceAt(client, eventTimes(meeting).start);
    await seed.save({ iCalUId: event.iCalUId, start: eventTimes(meeting).start }, meeting);
  }
  // Placed from this hour, not from the series' start: a long series starts hours early in the
  // evening, and meetings after it would be over before the panel looks for them.
  const later = seriesStart(seed.now, SHORT_MEETING_MINUTES + LAST_OFFSET_MINUTES);
  for (const [offset, subject, teams, attendees] of [
    [15, OUTLOOK_SUBJECT, 'outlook', undefined],
    [LAST_OFFSET_MINUTES, CHANNEL_SUBJECT, `channel=${CHANNEL_THREAD}`, []],
  ] as const) {
    const when = at(later.plus({ minutes: offset }));
    const meeting = shortAgenda(seed, when.date, when.start);
    const event = await ensureEvent(client, meeting, { subject, teams, ...(attendees ? { attendees: [...attendees] } : {}) });
    await seed.save({ iCalUId: event.iCalUId, start: eventTimes(meeting).start }, meeting);
  }
}

/** The first punkter that fit in an hour and before midnight. */
function shortAgenda(seed: TeamsSeed, date: string, start: string): Meeting {
  const full = seed.agenda(date, start);
  const startLocal = DateTime.fromISO(`${date}T${start}`, { zone: MEETING_ZONE });
  const room = Math.min(SHORT_MEETING_MINUTES, lastEnd(startLocal).diff(startLocal, 'minutes').minutes);
  let count = 0;
  for (let total = 0; count < full.items.length && total + (full.items[count]?.durationMinutes ?? 0) <= room; count++) {
    total += full.items[count]?.durationMinutes ?? 0;
  }
  return seed.agenda(date, start, Math.max(1, count));
}

/** The series' occurrence starting at `startUtc`, from the calendar view. */
async function occurrenceAt(client: GraphClient, startUtc: string): Promise<{ id: string; iCalUId: string }> {
  const end = new Date(Date.parse(startUtc) + 60_000).toISOString();
  const query = queryString({ startDateTime: startUtc, endDateTime: end, $select: 'id,iCalUId,subject,start,type' });
  const events = await client.getAll<{ id: string; iCalUId: string; subject?: string; type?: string; start?: { dateTime: string } }>(
    `/me/calendarView${query}`,
    { Prefer: 'outlook.timezone="UTC"' },
  );
  const found = events.find(
    (e) => e.type === 'occurrence' && e.subject === SERIES_SUBJECT && normalizeUtc(e.start?.dateTime ?? '') === startUtc,
  );
  if (!found) throw new Error(`the demo series has no occurrence at ${startUtc}`);
  return found;
}
