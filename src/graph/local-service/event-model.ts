/**
 * Calendar events as stored and as Graph returns them (`event` with start/end in UTC), and the
 * conversion of a request's `{dateTime, timeZone}` into an instant. Doc: "Create event".
 */
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Caller } from './auth';
import { badRequest } from './errors';

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
  created: string;
  modified: string;
  changeKey: string;
}

// Outlook sends Windows zone names; the ones a Danish tenant uses, mapped to IANA.
const WINDOWS_ZONES: Record<string, string> = {
  'Romance Standard Time': 'Europe/Copenhagen',
  'W. Europe Standard Time': 'Europe/Berlin',
  'GMT Standard Time': 'Europe/London',
  UTC: 'UTC',
};

/** Reads Graph's dateTimeTimeZone into an ISO UTC instant. */
export function toUtc(value: unknown, name: string): string {
  const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (typeof v?.dateTime !== 'string') throw badRequest(`The event needs '${name}' as {dateTime, timeZone}.`);
  const zoneName = typeof v.timeZone === 'string' ? v.timeZone : 'UTC';
  const zone = WINDOWS_ZONES[zoneName] ?? zoneName;
  const parsed = DateTime.fromISO(v.dateTime, { zone, setZone: false });
  if (!parsed.isValid) throw badRequest(`'${name}' is not a valid date and time in the time zone '${zoneName}'.`);
  return parsed.toUTC().toISO({ suppressMilliseconds: true }) as string;
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

/** Graph's event resource as the given caller sees it. */
export function eventJson(event: EventDoc, caller: Caller): Record<string, unknown> {
  return {
    '@odata.etag': `W/"${event.changeKey}"`,
    id: event.id,
    createdDateTime: event.created,
    lastModifiedDateTime: event.modified,
    changeKey: event.changeKey,
    iCalUId: event.iCalUId,
    subject: event.subject,
    bodyPreview: event.body.content.replace(/<[^>]*>/g, '').slice(0, 255),
    body: event.body,
    start: dateTimeTimeZone(event.startUtc),
    end: dateTimeTimeZone(event.endUtc),
    location: { displayName: event.location, locationType: 'default' },
    locations: event.location ? [{ displayName: event.location, locationType: 'default' }] : [],
    attendees: event.attendees,
    organizer: { emailAddress: event.organizer },
    isOrganizer: event.organizer.address === caller.email,
    isAllDay: false,
    isCancelled: false,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: event.chatId ? { joinUrl: joinUrlOf(event.chatId) } : null,
    showAs: 'busy',
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
  };
}
