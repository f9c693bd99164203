/**
 * The one identity of a meeting occurrence, used by every layer: its iCalUId plus its start as a
 * UTC instant without milliseconds, `${iCalUId}|${YYYY-MM-DDTHH:MM:SSZ}` (the lists' MeetingKey).
 *
 * Why both parts. An event's `id` belongs to one mailbox: each attendee's copy has its own id,
 * while `iCalUId` is shared by every calendar holding the event
 * (https://learn.microsoft.com/graph/api/resources/event#properties: "iCalUId: A unique identifier
 * for an event across calendars. This ID is different for each occurrence in a recurring series").
 * So Graph already gives each occurrence of a series its own iCalUId; the start is kept in the key
 * so that a backend that shares one iCalUId across a series (Outlook's item model, iCalendar's
 * UID + RECURRENCE-ID) still keys each occurrence apart.
 *
 * Outlook's series and occurrences: in the Outlook task pane an occurrence has its own item id and
 * a `seriesId` naming its master
 * (https://learn.microsoft.com/javascript/api/outlook/office.appointmentread#outlook-office-appointmentread-seriesid-member).
 * The host converts that item id to a REST id and asks Graph for the event, whose iCalUId and
 * start are the occurrence's own; the master (Graph `type: 'seriesMaster'`) is never a meeting
 * here, only its occurrences are. So an occurrence opened in Outlook, found in Teams or picked in
 * the browser maps to the same key.
 */
import { utcInstant, type UtcInstant } from './brands';
import type { MeetingRef } from './ports';

/**
 * An instant as `YYYY-MM-DDTHH:MM:SSZ`. Graph writes event times as `2024-03-13T08:00:00.0000000`
 * with the zone apart; a time without a designator is read as UTC, never as the machine's zone.
 */
export function normalizeUtc(iso: string): UtcInstant {
  const ms = instantMs(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant: ${iso}`);
  return utcInstant(new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

/** Milliseconds of an ISO instant, UTC when it has no zone designator; NaN when unreadable. */
function instantMs(iso: string): number {
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(iso) ? iso : `${iso}Z`);
}

/** A MeetingRef with its start normalized; anything with an iCalUId and a start (a CalendarEvent) will do. */
export function meetingRefOf(event: MeetingRef): MeetingRef {
  return { iCalUId: event.iCalUId, start: normalizeUtc(event.start) };
}

/** The key of a meeting occurrence: `${iCalUId}|${start as UTC ISO without milliseconds}`. */
export function meetingKeyOf(ref: MeetingRef): string {
  return `${ref.iCalUId}|${normalizeUtc(ref.start)}`;
}

/** Whether two refs name the same occurrence (same iCalUId, same instant however it is written). */
export function sameMeeting(a: MeetingRef | null | undefined, b: MeetingRef | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.iCalUId !== b.iCalUId) return false;
  const start = instantMs(a.start);
  return !Number.isNaN(start) && start === instantMs(b.start);
}

/** `iCalUId|2024-03-13T08:00:00Z` → a MeetingRef; null for anything else (an event id). */
export function parseMeetingKey(value: string): MeetingRef | null {
  const bar = value.lastIndexOf('|');
  if (bar <= 0) return null;
  const start = value.slice(bar + 1);
  if (Number.isNaN(instantMs(start))) return null;
  return { iCalUId: value.slice(0, bar), start: normalizeUtc(start) };
}

/**
 * What every key of this meeting's occurrence starts with, whatever its start: `${iCalUId}|`. An
 * occurrence the organizer moved keeps its iCalUId (moved-meeting.ts), so its stored agenda is found by
 * this prefix when its exact key misses.
 */
export function meetingKeyPrefix(ref: Pick<MeetingRef, 'iCalUId'>): string {
  return `${ref.iCalUId}|`;
}

/** Whether `key` is a key of this iCalUId under any start (the iCalUId itself may hold '|'). */
export function isKeyOfICalUId(key: string, iCalUId: string): boolean {
  return parseMeetingKey(key)?.iCalUId === iCalUId;
}
