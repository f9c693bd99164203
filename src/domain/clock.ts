/**
 * The zone math the first render needs (the schedule, the live state), without a date library:
 * luxon is about 22 kB gzip, a tenth of the managers' first open (issue #13), and every open needs
 * these few steps. The offsets come from the IANA time-zone database the browser (and Node) ship
 * with Intl (https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/DateTimeFormat#timezone),
 * so daylight-saving rules stay someone else's maintained data. Only the step from a wall-clock time
 * to an instant is done here, the way luxon does it (its `fixOffset`); clock.test.ts checks it
 * against luxon (time.ts, which the other views still use) on random dates.
 *
 * Instants are epoch milliseconds: plain numbers compare, add and subtract as real time.
 */
import { isValidDate, localTime, utcInstant, type IsoDate, type LocalTime, type UtcInstant } from './brands';

/** The forum's time zone: all `HH:MM` times in documents are read in it. */
export const MEETING_ZONE = 'Europe/Copenhagen';

const CLOCK = /^(\d{1,2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Epoch milliseconds of a UTC date and time; years below 100 too (Date.UTC maps them to 19xx). */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * The zone whose wall clock is the instant itself. It needs no zone data, so it is answered without Intl:
 * a page's first use of Intl pays ICU's one-time start-up (17-45 ms of CPU, issue #13), and the first
 * render's wall-clock schedule (schedule.ts wallClockSchedule) reads the agenda's times in it.
 */
export const UTC_ZONE = 'UTC';

/** The wall clock of an instant in `zone`, as the numbers of a UTC date (whole seconds). */
function wallClockOf(epochMs: number, zone: string): number {
  if (zone === UTC_ZONE) return Math.floor(epochMs / 1000) * 1000;
  const field: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(epochMs)) {
    if (part.type !== 'literal') field[part.type] = Number(part.value);
  }
  // Some engines write midnight as hour 24 even with h23.
  return utcMs(field.year!, field.month!, field.day!, field.hour! % 24, field.minute!, field.second!);
}

/** The zone's offset from UTC at an instant, in milliseconds (+3 600 000 for CET). */
function offsetMs(epochMs: number, zone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockOf(wholeSecond, zone) - wholeSecond;
}

/**
 * The instant of a local wall-clock time on a date in `zone` (epoch ms). A time that does not exist
 * (02:30 on the spring-forward day) is moved forward by the gap; an ambiguous one (02:30 on the
 * fall-back day) is the second occurrence, in standard time, whatever today's date (luxon's own
 * pick depends on the offset in force when it runs). Throws RangeError for a malformed date or time.
 */
export function wallClockMs(date: IsoDate, time: LocalTime, zone: string = MEETING_ZONE): number {
  const clock = CLOCK.exec(time);
  const day = DATE.exec(date);
  if (!clock) throw new RangeError(`not a local time HH:MM: '${time}'`);
  const [hour, minute] = [Number(clock[1]), Number(clock[2])];
  const [y, m, d] = day ? [Number(day[1]), Number(day[2]), Number(day[3])] : [0, 0, 0];
  if (!day || !isValidDate(y, m, d) || hour > 23 || minute > 59) {
    throw new RangeError(`not a valid local date and time: '${date} ${time}'`);
  }
  const local = utcMs(y, m, d, hour, minute, 0);
  // First guess: the offset at the wall clock read as UTC, which for a zone east of UTC lies just
  // after the instant sought, so a repeated hour resolves to its second (standard time) occurrence.
  const first = offsetMs(local, zone);
  const guess = local - first;
  const second = offsetMs(guess, zone);
  if (second === first) return guess;
  const corrected = local - second;
  const third = offsetMs(corrected, zone);
  if (third === second) return corrected;
  // In the gap: neither offset gives this wall clock; the earlier offset moves it forward by the gap.
  return local - Math.min(second, third);
}

/** `HH:MM` local wall-clock time of an instant in `zone`. */
export function localTimeAt(epochMs: number, zone: string = MEETING_ZONE): LocalTime {
  const wall = new Date(wallClockOf(epochMs, zone));
  const pad = (n: number) => String(n).padStart(2, '0');
  return localTime(`${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`);
}

/** ISO 8601 UTC instant in whole seconds, e.g. `2024-03-13T08:00:00Z` (the form ports.ts uses). */
export function utcIsoAt(epochMs: number): UtcInstant {
  return utcInstant(new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
}

/** Whole real minutes from `from` to `to` (negative when `to` is earlier), across DST changes. */
export function minutesFrom(fromMs: number, toMs: number): number {
  return Math.round((toMs - fromMs) / MINUTE_MS);
}

/** `minutes` real minutes after an instant. */
export const plusMinutes = (epochMs: number, minutes: number): number => epochMs + minutes * MINUTE_MS;

/** Danish clock notation: `09:00` → `09.00`. */
function dotted(time: LocalTime): string {
  const match = CLOCK.exec(time);
  if (!match) throw new RangeError(`not a local time HH:MM: '${time}'`);
  return `${match[1]!.padStart(2, '0')}.${match[2]!}`;
}

/** A time slot as shown to users: `formatSlot('09:00', '09:20')` → `09.00–09.20` (en dash). */
export function formatSlot(start: LocalTime, end: LocalTime): string {
  return `${dotted(start)}–${dotted(end)}`;
}
