/**
 * A recurring meeting's series and its occurrences. An agenda belongs to one occurrence (see
 * meeting-identity.ts), so when the organizer opens the whole series in Outlook, Punkt prepares the
 * next occurrence instead and says so.
 *
 * Which events belong to a series: Exchange's iCalUId is the meeting's Global Object ID in hex,
 * whose bytes 16–19 hold the occurrence's original date (year high, year low, month, day) and are
 * zero in the series master ([MS-OXOCAL] 2.2.1.27 PidLidGlobalObjectId,
 * https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxocal/).
 * So an occurrence's iCalUId is its master's with those four bytes filled in, which is why Graph's
 * iCalUId "is different for each occurrence in a recurring series"
 * (https://learn.microsoft.com/graph/api/resources/event#properties).
 */
import type { CalendarEvent } from './ports';

/** Hex digits of the GOID's date bytes 16–19. */
const DATE_FROM = 32;
const DATE_TO = 40;
/** A GOID in hex: the 16-byte class id, then at least the date bytes. */
const GOID = /^[0-9A-F]{40,}$/i;

/** Whether `iCalUId` is an occurrence of the series whose master has `masterICalUId`. */
export function belongsToSeries(masterICalUId: string, iCalUId: string): boolean {
  if (!GOID.test(masterICalUId) || !GOID.test(iCalUId) || masterICalUId.length !== iCalUId.length) return false;
  const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();
  return (
    same(masterICalUId.slice(0, DATE_FROM), iCalUId.slice(0, DATE_FROM)) &&
    same(masterICalUId.slice(DATE_TO), iCalUId.slice(DATE_TO)) &&
    !/^0+$/.test(iCalUId.slice(DATE_FROM, DATE_TO))
  );
}

/**
 * The occurrence of `master`'s series to prepare at `now`: the first in `events` (as the calendar
 * lists them, occurrences and never masters) that has not ended yet, or null.
 */
export function nextOccurrence(master: Pick<CalendarEvent, 'iCalUId'>, events: readonly CalendarEvent[], now: Date): CalendarEvent | null {
  const upcoming = events
    .filter((e) => belongsToSeries(master.iCalUId, e.iCalUId) && Date.parse(e.end) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return upcoming[0] ?? null;
}
