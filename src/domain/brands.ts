/**
 * Branded strings for the three kinds of time the domain passes around, so the compiler tells a
 * clock time from a calendar date from an instant (issue #12, point 8). At run time each is a plain
 * string (JSON and the lists hold them as such); only the constructors below make one, after
 * checking its shape, so a value of the type has been validated once at the boundary it came in by.
 *
 * This module imports nothing: every domain module may use it without an import cycle.
 */

declare const brand: unique symbol;
type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** Local wall-clock time in Europe/Copenhagen, `HH:MM` (24 h, zero-padded). */
export type LocalTime = Brand<string, 'LocalTime'>;

/** Calendar date, `YYYY-MM-DD`, a real date of the Gregorian calendar (years 1–9999). */
export type IsoDate = Brand<string, 'IsoDate'>;

/**
 * An instant in UTC as `YYYY-MM-DDTHH:MM:SSZ`, without milliseconds: the form a meeting's start
 * takes in MeetingRef and in the lists' MeetingKey (see meeting-identity.ts).
 */
export type UtcInstant = Brand<string, 'UtcInstant'>;

const CLOCK = /^(\d{1,2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)Z$/;

/** True when year/month/day form a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) return false;
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : days);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `H`/`HH` hours and `MM` minutes as a LocalTime, or null when not a time of day (24:00, 9:60). */
export function clockTime(hours: string, minutes: string): LocalTime | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (hours === '' || minutes === '' || !Number.isInteger(h) || !Number.isInteger(m) || h < 0 || m < 0 || h > 23 || m > 59) return null;
  return `${pad2(h)}:${pad2(m)}` as LocalTime;
}

/** `HH:MM` (or `H:MM`, padded) as a LocalTime; null for anything else. */
export function parseLocalTime(text: string): LocalTime | null {
  const match = CLOCK.exec(text);
  return match ? clockTime(match[1]!, match[2]!) : null;
}

/** A date from its numbers, or null when they do not form a real date. */
export function calendarDate(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger) || !isValidDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

/** `YYYY-MM-DD` naming a real date as an IsoDate; null for anything else (2023-02-29). */
export function parseIsoDate(text: string): IsoDate | null {
  const match = DATE.exec(text);
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** `YYYY-MM-DDTHH:MM:SSZ` naming a real instant as a UtcInstant; null for any other form. */
export function parseUtcInstant(text: string): UtcInstant | null {
  const match = INSTANT.exec(text);
  return match && parseIsoDate(match[1]!) ? (text as UtcInstant) : null;
}

/** A LocalTime from a literal the caller knows is one (tests, constants); throws RangeError otherwise. */
export function localTime(text: string): LocalTime {
  return parseLocalTime(text) ?? invalid('local time HH:MM', text);
}

/** An IsoDate from a literal the caller knows is one; throws RangeError otherwise. */
export function isoDate(text: string): IsoDate {
  return parseIsoDate(text) ?? invalid('date YYYY-MM-DD', text);
}

/** A UtcInstant from a literal the caller knows is one; throws RangeError otherwise. */
export function utcInstant(text: string): UtcInstant {
  return parseUtcInstant(text) ?? invalid('UTC instant YYYY-MM-DDTHH:MM:SSZ', text);
}

function invalid(what: string, text: string): never {
  throw new RangeError(`not a ${what}: '${text}'`);
}
