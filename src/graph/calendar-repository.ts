/**
 * The signed-in user's calendar through Graph: events in a window, one event, the event behind a
 * Teams meeting chat, and an event by its iCalUId. Times are asked for in UTC
 * (`Prefer: outlook.timezone="UTC"`), so every start/end maps to an ISO instant without zone guessing.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import type { CalendarEvent, CalendarSource } from '../domain/ports';
import type { GraphClient } from './client';
import { isGraphError } from './errors';
import { normalizeUtc } from './list-definitions';
import { quote, queryString } from './odata';

const UTC = { Prefer: 'outlook.timezone="UTC"' };
const SELECT = 'id,iCalUId,subject,start,end,location,organizer,isOrganizer';

/** The calendar, plus the lookups the Teams host and the seed need. */
export interface CalendarRepository extends CalendarSource {
  /** The event of a Teams meeting chat, or null when the chat is not a meeting chat. */
  findEventForChat(chatId: string): Promise<CalendarEvent | null>;
  /** The event with this iCalUId (the series master for a recurring meeting), or null. */
  findEventByICalUId(iCalUId: string): Promise<CalendarEvent | null>;
}

/** Maps a Graph event to the domain's CalendarEvent. Graph sends UTC times when asked with the Prefer header. */
export function toCalendarEvent(event: Event): CalendarEvent {
  const time = (t: Event['start']) => {
    if (!t?.dateTime) throw new Error(`The event ${event.id ?? '?'} has no start or end time`);
    // With the Prefer header the zone is UTC; any other zone would need a Windows zone table we do not have.
    if (t.timeZone && t.timeZone.toUpperCase() !== 'UTC')
      throw new Error(`The event ${event.id ?? '?'} came in zone ${t.timeZone}, expected UTC`);
    return normalizeUtc(t.dateTime);
  };
  return {
    id: event.id ?? '',
    iCalUId: event.iCalUId ?? '',
    subject: event.subject ?? '',
    start: time(event.start),
    end: time(event.end),
    location: event.location?.displayName || null,
    organizerName: event.organizer?.emailAddress?.name ?? null,
    isOrganizer: event.isOrganizer === true,
  };
}

/** Creates the calendar repository over a Graph client. */
export function createCalendarRepository(client: GraphClient): CalendarRepository {
  const getEvent = async (id: string) =>
    toCalendarEvent(await client.get<Event>(`/me/events/${encodeURIComponent(id)}${queryString({ $select: SELECT })}`, UTC));
  return {
    async listEvents(fromIso, toIso) {
      const query = queryString({ startDateTime: fromIso, endDateTime: toIso, $select: SELECT, $orderby: 'start/dateTime', $top: 100 });
      const events = (await client.getAll<Event>(`/me/calendarView${query}`, UTC)).map(toCalendarEvent);
      // The window is [from, to): calendarView includes events that merely overlap it.
      return events
        .filter((e) => e.start >= normalizeUtc(fromIso) && e.start < normalizeUtc(toIso))
        .sort((a, b) => a.start.localeCompare(b.start));
    },
    getEvent,
    async findEventForChat(chatId) {
      let chat: { onlineMeetingInfo?: { calendarEventId?: string | null } | null };
      try {
        chat = await client.get(`/chats/${encodeURIComponent(chatId)}${queryString({ $select: 'id,onlineMeetingInfo' })}`);
      } catch (error) {
        if (isGraphError(error) && error.status === 404) return null;
        throw error;
      }
      const eventId = chat.onlineMeetingInfo?.calendarEventId;
      return eventId ? getEvent(eventId) : null;
    },
    async findEventByICalUId(iCalUId) {
      const query = queryString({ $filter: `iCalUId eq ${quote(iCalUId)}`, $select: SELECT, $top: 1 });
      const page = await client.get<{ value?: Event[] }>(`/me/events${query}`, UTC);
      const first = page.value?.[0];
      return first ? toCalendarEvent(first) : null;
    },
  };
}
