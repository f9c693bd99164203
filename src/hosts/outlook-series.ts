/**
 * Recurring meetings in Outlook. An occurrence opened in Outlook has its own item id (and a
 * `seriesId` naming its master), so its Graph event is the occurrence and its agenda is found as
 * any other. The series itself (the organizer opens "the whole series" to edit it) is no meeting:
 * an agenda belongs to one occurrence, so the host prepares the next one and says so.
 *
 * Telling the master apart (Mailbox 1.7): `seriesId` "returns null for items that don't have parent
 * items such as single appointments, series items, or meeting requests"
 * (https://learn.microsoft.com/javascript/api/outlook/office.appointmentread#outlook-office-appointmentread-seriesid-member),
 * and `recurrence` is a Recurrence object for a series and its instances and null for a single
 * appointment (https://learn.microsoft.com/javascript/api/outlook/office.recurrence; in compose
 * mode read with getAsync). So a master is the item with a recurrence and no seriesId. A client
 * without Mailbox 1.7 has neither, and its item is taken as it is.
 */
import { nextOccurrence } from '../domain/meeting-series';
import type { CalendarEvent } from '../domain/ports';
import { officeAsync } from './office-async';
import type { AsyncField, OutlookItem } from './outlook-compose';

/** How far ahead the next occurrence is looked for: a weekly or monthly series, then a rarer one. */
const WINDOWS_DAYS = [45, 400];
const DAY_MS = 24 * 60 * 60 * 1000;

function isAsync(field: unknown): field is AsyncField<unknown> {
  return typeof (field as AsyncField<unknown> | null)?.getAsync === 'function';
}

/** Whether the open item is a series master (the whole series), not one occurrence or a single meeting. */
export async function isSeriesMaster(item: OutlookItem): Promise<boolean> {
  if (item.seriesId) return false;
  const field = item.recurrence;
  const recurrence = isAsync(field) ? await officeAsync<unknown>((cb) => field.getAsync(cb)) : field;
  return recurrence !== null && recurrence !== undefined;
}

/**
 * The occurrence of `master`'s series to prepare at `now` (one running now counts), from the
 * calendar's view of the coming weeks, else of the coming year; null when the series has none left.
 */
export async function occurrenceToPrepare(
  master: CalendarEvent,
  listEvents: (fromIso: string, toIso: string) => Promise<CalendarEvent[]>,
  now: Date,
): Promise<CalendarEvent | null> {
  // From a day back, so an occurrence still running is found however long it lasts.
  const from = new Date(now.getTime() - DAY_MS).toISOString();
  for (const days of WINDOWS_DAYS) {
    const found = nextOccurrence(master, await listEvents(from, new Date(now.getTime() + days * DAY_MS).toISOString()), now);
    if (found) return found;
  }
  return null;
}
