/**
 * Local time helpers for the forum's meetings. Every wall-clock time in a document is local
 * time in Europe/Copenhagen; luxon's time-zone database turns it into instants so daylight-saving
 * changes are handled by a maintained library, never by offset arithmetic of our own.
 */
import { DateTime } from 'luxon';
import { localTime, utcInstant, type IsoDate, type LocalTime, type UtcInstant } from './brands';
import { MEETING_ZONE, wallClockMs } from './clock';

// The zone and the slot notation live in clock.ts (no luxon), which the first render imports.
export { MEETING_ZONE, formatSlot } from './clock';

/**
 * The instant of a local wall-clock time on a date in Europe/Copenhagen, as the schedule reads it
 * (clock.ts): a time that does not exist (02:30 on the spring-forward day) is moved forward by the
 * gap; an ambiguous one (02:30 on the fall-back day) is the second occurrence, in standard time.
 * Not luxon's own fromISO: that picks the repeated hour by the offset in force today, so the same
 * agenda got another instant in summer than in winter (time.test.ts runs both).
 * Throws RangeError for a malformed date or time: the parser guarantees both, so this is a bug.
 */
export function localInstant(date: IsoDate, time: LocalTime, zone: string = MEETING_ZONE): DateTime {
  return DateTime.fromMillis(wallClockMs(date, time, zone), { zone });
}

/** `HH:MM` local wall-clock time of an instant in the meeting zone. */
export function toLocalTime(instant: DateTime, zone: string = MEETING_ZONE): LocalTime {
  return localTime(instant.setZone(zone).toFormat('HH:mm'));
}

/**
 * ISO 8601 UTC instant in whole seconds, e.g. `2024-03-13T08:00:00Z` (the form ports.ts uses). Most
 * instants come from localInstant (whole minutes), but a live meeting replans from the moment a
 * punkt was started (a clock reading with milliseconds): those are cut to the second, not refused.
 */
export function toUtcIso(instant: DateTime): UtcInstant {
  return utcInstant(instant.toUTC().startOf('second').toISO({ suppressMilliseconds: true }) ?? '');
}

/** Parses an ISO 8601 instant; throws RangeError when it is not one. */
export function fromIso(iso: string): DateTime {
  const instant = DateTime.fromISO(iso, { setZone: true });
  if (!instant.isValid) throw new RangeError(`not an ISO 8601 instant: '${iso}'`);
  return instant;
}

/** Whole real minutes from `from` to `to` (negative when `to` is earlier), across DST changes. */
export function minutesBetween(from: DateTime, to: DateTime): number {
  return Math.round(to.diff(from, 'minutes').minutes);
}

/** An instant as local clock time in Danish notation: `2024-03-13T08:00:00Z` → `09.00`. */
export function formatClock(iso: string, zone: string = MEETING_ZONE): string {
  return fromIso(iso).setZone(zone).toFormat('HH.mm');
}
