/**
 * The signed-in user's calendar through Graph: events in a window, one event, the event of the
 * Teams meeting the tab is open in, and an event by its iCalUId. Times are asked for in UTC
 * (`Prefer: outlook.timezone="UTC"`), so every start/end maps to an ISO instant without zone guessing.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { findTeamsMeeting, lookupWindow, type MeetingChat, type MeetingLookup, type TeamsMeetingContext } from '../domain/meeting-lookup';
import type { CalendarEvent, CalendarSource } from '../domain/ports';
import type { GraphClient, GraphRequest, GraphResponse } from './client';
import { errorFromResponse } from './errors';
import { normalizeUtc } from './list-definitions';
import { quote, queryString } from './odata';

const UTC = { Prefer: 'outlook.timezone="UTC"' };
const SELECT = 'id,iCalUId,subject,start,end,location,organizer,isOrganizer,attendees';

/** The calendar, plus the lookups the Teams host and the seed need. */
export interface CalendarRepository extends CalendarSource {
  /**
   * The event of the Teams meeting the tab is open in, in the signed-in user's own calendar (their
   * copy, found by join URL: see src/domain/meeting-lookup.ts). One round trip: the chat and
   * today's calendarView go in one $batch.
   */
  findTeamsMeeting(context: TeamsMeetingContext, now: Date): Promise<MeetingLookup>;
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
    organizerEmail: event.organizer?.emailAddress?.address || null,
    isOrganizer: event.isOrganizer === true,
    // People only: a room or equipment (type 'resource') gets no referat (https://learn.microsoft.com/graph/api/resources/attendee).
    attendees: (event.attendees ?? []).flatMap((a) => (a.type !== 'resource' && a.emailAddress?.address ? [a.emailAddress.address] : [])),
    // Only when there is one (asked for with $select=onlineMeeting), so other callers' events stay as they were.
    ...(event.onlineMeeting?.joinUrl ? { joinUrl: event.onlineMeeting.joinUrl } : {}),
  };
}

/**
 * The chat's answer, or null when it is not there for us (404, or 403: not a member). Any other
 * failure (throttled, unavailable) throws, so the user gets "try again", not "not in your calendar".
 */
function chatOf(response: GraphResponse<unknown> | undefined): MeetingChat | null {
  if (!response || response.status === 404 || response.status === 403) return null;
  if (response.status !== 200) throw failedPart(response);
  const info = (response.body as { onlineMeetingInfo?: { joinWebUrl?: string | null; calendarEventId?: string | null } | null })
    .onlineMeetingInfo;
  return info ? { joinWebUrl: info.joinWebUrl ?? null, calendarEventId: info.calendarEventId ?? null } : null;
}

/** A failed part of a $batch as the typed error the client would have thrown for it alone. */
function failedPart(response: GraphResponse<unknown> | undefined): Error {
  if (!response) return new Error('The $batch answered without one of its parts');
  return errorFromResponse(response.status, response.body, response.headers, { requestId: null });
}

/** The calendarView request for the events of [fromIso, toIso), alone or inside a $batch. */
export function calendarViewRequest(fromIso: string, toIso: string): GraphRequest {
  const query = queryString({ startDateTime: fromIso, endDateTime: toIso, $select: SELECT, $orderby: 'start/dateTime', $top: 100 });
  return { method: 'GET', path: `/me/calendarView${query}`, headers: UTC };
}

/** The events that start in [fromIso, toIso), by start: calendarView includes events that merely overlap it. */
export function eventsInWindow(events: CalendarEvent[], fromIso: string, toIso: string): CalendarEvent[] {
  const from = normalizeUtc(fromIso);
  const to = normalizeUtc(toIso);
  // Starts are normalized UTC instants of one fixed width, so code-unit order is time order.
  // localeCompare would build an ICU collator first: about 15 ms of the first open's CPU (issue #13).
  return events.filter((e) => e.start >= from && e.start < to).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The events that start in [fromIso, toIso), every page of the calendarView. */
export async function listEventsOf(client: GraphClient, fromIso: string, toIso: string): Promise<CalendarEvent[]> {
  const events = await client.getAll<Event>(calendarViewRequest(fromIso, toIso).path, UTC);
  return eventsInWindow(events.map(toCalendarEvent), fromIso, toIso);
}

/** A calendarView answer from inside a $batch as events, its further pages (if any) read with `client`. */
export async function eventsOfView(client: GraphClient, response: GraphResponse<unknown> | undefined): Promise<CalendarEvent[]> {
  if (!response || response.status !== 200) throw failedPart(response);
  const page = response.body as { value?: Event[]; '@odata.nextLink'?: string };
  const rest = page['@odata.nextLink'] ? await client.getAll<Event>(page['@odata.nextLink'], UTC) : [];
  return [...(page.value ?? []), ...rest].map(toCalendarEvent);
}

/**
 * The requests that find the Teams meeting the tab is open in: today's calendarView and the meeting
 * chat; none without a chat or channel. No $select on /chats/{id}: "This operation does not currently
 * support OData query parameters to customize the response" (https://learn.microsoft.com/graph/api/chat-get).
 * The view does not depend on the chat, so both go in one $batch (https://learn.microsoft.com/graph/json-batching).
 */
export function teamsLookupRequests(context: TeamsMeetingContext, now: Date): GraphRequest[] {
  if (!context.chatId && !context.channelId) return [];
  const { from, to } = lookupWindow(now);
  const view: GraphRequest = {
    method: 'GET',
    path: `/me/calendarView${queryString({ startDateTime: from, endDateTime: to, $select: `${SELECT},onlineMeeting`, $orderby: 'start/dateTime', $top: 100 })}`,
    headers: UTC,
  };
  return context.chatId ? [view, { method: 'GET', path: `/chats/${encodeURIComponent(context.chatId)}` }] : [view];
}

/** The Teams meeting from the answers to teamsLookupRequests, with the events it was found among. */
export async function teamsLookupOf(
  client: GraphClient,
  context: TeamsMeetingContext,
  now: Date,
  [viewResponse, chatResponse]: (GraphResponse<unknown> | undefined)[],
): Promise<{ lookup: MeetingLookup; events: CalendarEvent[] }> {
  const events = await eventsOfView(client, viewResponse);
  return { lookup: findTeamsMeeting({ context, chat: chatOf(chatResponse), events, now }), events };
}

/** Creates the calendar repository over a Graph client. */
export function createCalendarRepository(client: GraphClient): CalendarRepository {
  const getEvent = async (id: string) =>
    toCalendarEvent(await client.get<Event>(`/me/events/${encodeURIComponent(id)}${queryString({ $select: SELECT })}`, UTC));
  return {
    listEvents: (fromIso, toIso) => listEventsOf(client, fromIso, toIso),
    getEvent,
    async findTeamsMeeting(context, now) {
      const requests = teamsLookupRequests(context, now);
      if (requests.length === 0) return { kind: 'no-meeting' };
      return (await teamsLookupOf(client, context, now, await client.batch(requests))).lookup;
    },
    async findEventByICalUId(iCalUId) {
      const query = queryString({ $filter: `iCalUId eq ${quote(iCalUId)}`, $select: SELECT, $top: 1 });
      const page = await client.get<{ value?: Event[] }>(`/me/events${query}`, UTC);
      const first = page.value?.[0];
      return first ? toCalendarEvent(first) : null;
    },
  };
}
