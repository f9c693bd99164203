/**
 * Calendar events as stored and as Graph returns them (`event` with start/end in UTC), and the
 * conversion of a request's `{dateTime, timeZone}` into an instant. Doc: "Create event".
 */
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Caller } from './auth';
import { badRequest } from './errors';
import type { Recurrence } from './recurrence';
import { requireZone } from './time-zones';

/** An event as stored; start/end are ISO UTC instants. */
export interface EventDoc {
  id: string;
  iCalUId: string;
  subject: string;
  body: { contentType: string; content: string };
  startUtc: string;
  endUtc: string;
  location: string;
  attendees: unknown[];
  organizer: { name: string; address: string };
  isOnlineMeeting: boolean;
  chatId: string | null;
  /**
   * The mailbox (user's address) this copy lives in. Each attendee has a copy of their own with its
   * own id and the organizer's iCalUId. Absent in stores written before mailboxes: the organizer's.
   */
  owner?: string;
  /** Graph's patternedRecurrence on a series master; absent or null for a single instance. */
  recurrence?: Recurrence | null;
  /** A master's changed occurrences ("exception"), by the occurrence's original date in the series' zone. */
  exceptions?: Record<string, OccurrenceEdit>;
  /** A master's deleted occurrences, by original date: gone from calendarView and /instances. */
  cancelled?: string[];
  created: string;
  modified: string;
  changeKey: string;
}

/** The mailbox an event copy lives in. */
export const ownerOf = (event: EventDoc): string => event.owner ?? event.organizer.address;

/** Reads Graph's dateTimeTimeZone into an ISO UTC instant. */
export function toUtc(value: unknown, name: string): string {
  const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (typeof v?.dateTime !== 'string') throw badRequest(`The event needs '${name}' as {dateTime, timeZone}.`);
  const zoneName = typeof v.timeZone === 'string' ? v.timeZone : 'UTC';
  const zone = requireZone(zoneName);
  const parsed = DateTime.fromISO(v.dateTime, { zone, setZone: false });
  if (!parsed.isValid) throw badRequest(`'${name}' is not a valid date and time in the time zone '${zoneName}'.`);
  return parsed.toUTC().toISO({ suppressMilliseconds: true }) as string;
}

/**
 * Graph's itemBody (`{contentType, content}`) from a request, or `fallback` when absent. Graph
 * refuses a value of the wrong type with 400 rather than storing something it cannot serve back.
 * Doc: https://learn.microsoft.com/graph/api/resources/itembody
 */
export function itemBodyOf(value: unknown, fallback: EventDoc['body']): EventDoc['body'] {
  if (value === undefined) return fallback;
  const v = value as { contentType?: unknown; content?: unknown } | null;
  // The enum is matched case-insensitively: Graph's own "Create event" example sends 'HTML'.
  const contentType = String(v?.contentType ?? 'html').toLowerCase();
  const content = v?.content ?? '';
  if (
    typeof v !== 'object' ||
    v === null ||
    Array.isArray(v) ||
    (contentType !== 'text' && contentType !== 'html') ||
    typeof content !== 'string'
  ) {
    throw badRequest("The event's 'body' must be an itemBody: {contentType: 'text' | 'html', content: string}.");
  }
  return { contentType, content };
}

/** A location's displayName from a request (`{displayName}`), or `fallback` when absent. */
export function locationOf(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  const v = value as { displayName?: unknown } | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || (v.displayName !== undefined && typeof v.displayName !== 'string')) {
    throw badRequest("The event's 'location' must be a location: {displayName: string}.");
  }
  return v.displayName ?? '';
}

/** An event's subject from a request: a string. */
export function subjectOf(value: unknown): string {
  if (typeof value !== 'string') throw badRequest("The event's 'subject' must be a string.");
  return value;
}

/** An event's attendees from a request: an array of attendee objects (stored as given). */
export function attendeesOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((a) => typeof a !== 'object' || a === null || Array.isArray(a))) {
    throw badRequest("The event's 'attendees' must be an array of attendee objects.");
  }
  return value;
}

/** Graph's dateTimeTimeZone for a UTC instant: seven fractional digits, no zone suffix. */
export function dateTimeTimeZone(utc: string): { dateTime: string; timeZone: string } {
  const base = DateTime.fromISO(utc, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
  return { dateTime: `${base}.0000000`, timeZone: 'UTC' };
}

/** An Exchange-style opaque id. */
export const exchangeId = (): string => `AAMkAGI2${randomBytes(24).toString('base64url')}AAA=`;
/** An iCalendar UID of the form Exchange generates. */
export const iCalUId = (): string => `040000008200E00074C5B7101A82E00800000000${randomBytes(20).toString('hex').toUpperCase()}`;

/** The joinUrl Teams gives an online meeting; it carries the chat (thread) id. */
export const joinUrlOf = (chatId: string): string =>
  `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0?context=%7b%22Tid%22%3a%22punkt-demo%22%7d`;

/**
 * What a PATCH of one occurrence changed: its own start/end, and subject, body or location when
 * given (what it leaves out follows the series). https://learn.microsoft.com/graph/api/event-update
 */
export interface OccurrenceEdit {
  subject?: string;
  body?: EventDoc['body'];
  location?: string;
  startUtc: string;
  endUtc: string;
  modified: string;
  changeKey: string;
}

/** An expanded occurrence of a series master, as `eventJson` shows it. */
export interface OccurrenceView {
  id: string;
  iCalUId: string;
  startUtc: string;
  endUtc: string;
  /** Where the series put it, kept when it is moved (Graph's originalStart). */
  originalStartUtc: string;
  /** Set when the occurrence was changed on its own: Graph's type "exception". */
  edit?: OccurrenceEdit;
}

/**
 * Graph's event resource as the given caller sees it: a single instance, a series master, or (with
 * `occurrence`) one expanded occurrence of that master, with `type` and `seriesMasterId` as
 * https://learn.microsoft.com/graph/api/resources/event documents them. `isOrganizer` is true only
 * in the organizer's own copy.
 */
export function eventJson(event: EventDoc, caller: Caller, occurrence?: OccurrenceView): Record<string, unknown> {
  const master = event.recurrence ? event : null;
  const id = occurrence?.id ?? event.id;
  const edit = occurrence?.edit;
  const changeKey = edit?.changeKey ?? event.changeKey;
  const body = edit?.body ?? event.body;
  const location = edit?.location ?? event.location;
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id,
    createdDateTime: event.created,
    lastModifiedDateTime: edit?.modified ?? event.modified,
    changeKey,
    iCalUId: occurrence?.iCalUId ?? event.iCalUId,
    subject: edit?.subject ?? event.subject,
    bodyPreview: body.content.replace(/<[^>]*>/g, '').slice(0, 255),
    body,
    start: dateTimeTimeZone(occurrence?.startUtc ?? event.startUtc),
    end: dateTimeTimeZone(occurrence?.endUtc ?? event.endUtc),
    // "The start time of an event when it is initially created as an occurrence or exception in a
    // recurring series … not returned for events that are single instances", in UTC.
    ...(occurrence ? { originalStart: occurrence.originalStartUtc } : {}),
    location: { displayName: location, locationType: 'default' },
    locations: location ? [{ displayName: location, locationType: 'default' }] : [],
    attendees: event.attendees,
    organizer: { emailAddress: event.organizer },
    isOrganizer: event.organizer.address === caller.email && ownerOf(event) === caller.email,
    isAllDay: false,
    isCancelled: false,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: event.chatId ? { joinUrl: joinUrlOf(event.chatId) } : null,
    showAs: 'busy',
    type: edit ? 'exception' : occurrence ? 'occurrence' : master ? 'seriesMaster' : 'singleInstance',
    seriesMasterId: occurrence && master ? master.id : null,
    recurrence: occurrence ? null : (event.recurrence ?? null),
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
  };
}
