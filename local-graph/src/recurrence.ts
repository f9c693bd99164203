/**
 * Recurring events: a series master stores Graph's `patternedRecurrence`; its occurrences are
 * expanded when read, as Exchange does, and answer in `/me/calendarView` and `/me/events/{id}`
 * (never in `/me/events`, which lists the master).
 * Docs: https://learn.microsoft.com/graph/api/resources/patternedrecurrence,
 * https://learn.microsoft.com/graph/api/resources/recurrencepattern,
 * https://learn.microsoft.com/graph/api/resources/recurrencerange,
 * https://learn.microsoft.com/graph/api/user-list-calendarview ("occurrences … of recurring meetings").
 * The local service knows the `daily` and `weekly` patterns only (all the forum uses); others get 400.
 */
import { DateTime } from 'luxon';
import { ServiceError, badRequest } from './errors';
import { requireZone, zoneOf } from './time-zones';

/** Graph's patternedRecurrence as stored (the subset the service expands). */
export interface Recurrence {
  pattern: { type: 'daily' | 'weekly'; interval: number; daysOfWeek: string[]; firstDayOfWeek: string };
  range: {
    type: 'endDate' | 'noEnd' | 'numbered';
    startDate: string;
    endDate: string;
    numberOfOccurrences: number;
    recurrenceTimeZone: string;
  };
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a YYYY-MM-DD date the calendar has (not 2024-02-30 or 2023-13-01). */
const isCalendarDate = (value: string): boolean =>
  DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * A range date as Graph reads it: an Edm.Date, or the 400 UnableToDeserializePostBody ("were unable
 * to deserialize") Graph answers a recurrence whose date it cannot read
 * (https://github.com/microsoftgraph/msgraph-sdk-javascript/issues/404; the type:
 * https://learn.microsoft.com/graph/api/resources/recurrencerange). The property is named after
 * Graph's words so the caller can tell which.
 */
function rangeDate(value: unknown, name: string): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new ServiceError(
    400,
    'UnableToDeserializePostBody',
    `were unable to deserialize 'range.${name}': ${JSON.stringify(value ?? null)} is not a date (YYYY-MM-DD) the calendar has.`,
  );
}

/** Reads a request's `recurrence`, or null when absent; 400 for what Graph would refuse or we do not model. */
export function recurrenceOf(value: unknown, startZone: string): Recurrence | null {
  if (value === undefined || value === null) return null;
  const v = value as { pattern?: Record<string, unknown>; range?: Record<string, unknown> };
  const p = v.pattern ?? {};
  const r = v.range ?? {};
  const type = p.type;
  if (type !== 'daily' && type !== 'weekly') throw badRequest("The local service expands only 'daily' and 'weekly' recurrence patterns.");
  const interval = p.interval ?? 1;
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1)
    throw badRequest("'interval' must be a positive integer.");
  const daysOfWeek = ((p.daysOfWeek ?? []) as unknown[]).map((d) => String(d).toLowerCase());
  if (type === 'weekly' && (daysOfWeek.length === 0 || daysOfWeek.some((d) => !DAYS.includes(d)))) {
    throw badRequest("A weekly recurrence needs 'daysOfWeek'.");
  }
  const rangeType = r.type;
  if (rangeType !== 'endDate' && rangeType !== 'noEnd' && rangeType !== 'numbered') throw badRequest("'range.type' is not valid.");
  const startDate = rangeDate(r.startDate, 'startDate');
  const endDate = rangeType === 'endDate' ? rangeDate(r.endDate, 'endDate') : '0001-01-01';
  const count = r.numberOfOccurrences ?? 0;
  if (rangeType === 'numbered' && (typeof count !== 'number' || count < 1)) throw badRequest("'range.numberOfOccurrences' is required.");
  // A zone Exchange does not know is refused at creation, not stored to expand to nothing.
  const recurrenceTimeZone = typeof r.recurrenceTimeZone === 'string' ? r.recurrenceTimeZone : startZone;
  requireZone(recurrenceTimeZone);
  return {
    pattern: { type, interval, daysOfWeek, firstDayOfWeek: String(p.firstDayOfWeek ?? 'sunday').toLowerCase() },
    range: {
      type: rangeType,
      startDate,
      endDate,
      numberOfOccurrences: rangeType === 'numbered' ? (count as number) : 0,
      recurrenceTimeZone,
    },
  };
}

/** One expanded occurrence of a master. */
export interface Occurrence {
  /** The occurrence's local date in the series' zone (YYYY-MM-DD). */
  date: string;
  startUtc: string;
  endUtc: string;
}

const DAY_MS = 24 * 3600_000;
/** The largest UTC offset (+14:00): a local time on a date is never earlier than that date's UTC midnight minus this. */
const MAX_OFFSET_MS = 14 * 3600_000;

/** Days since 1970-01-01 of a calendar date (YYYY-MM-DD). */
const epochDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
/** The calendar date (YYYY-MM-DD) of a day number. */
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The ISO weekday (1 Monday … 7 Sunday) of a day number; 1970-01-01 was a Thursday. */
const weekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** An instant as luxon's `toUTC().toISO({ suppressMilliseconds: true })` writes it, without a zone lookup. */
const utcIso = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

/**
 * The occurrences of `master` that start before `untilMs` (all of them for a finite range up to it).
 * Days are walked as plain calendar dates; only a day the pattern matches is placed in the series'
 * zone with luxon (its zone offsets made the expansion cost milliseconds per day: ~450 ms for a
 * weekly series begun ten years earlier), so a calendarView costs the same however old its series are.
 */
export function occurrences(master: { startUtc: string; endUtc: string; recurrence?: Recurrence | null }, untilMs: number): Occurrence[] {
  const rec = master.recurrence;
  if (!rec) return [];
  const zone = zoneOf(rec.range.recurrenceTimeZone);
  const first = DateTime.fromISO(master.startUtc, { zone: 'utc' }).setZone(zone);
  const durationMs = Date.parse(master.endUtc) - Date.parse(master.startUtc);
  const firstDayIndex = Math.max(0, DAYS.indexOf(rec.pattern.firstDayOfWeek));
  // The day number of the first day of the week `day` is in, weeks starting on the series' firstDayOfWeek.
  const weekStart = (day: number): number => day - ((weekdayOf(day) - 1 - firstDayIndex + 7) % 7);
  const startDay = DateTime.fromISO(rec.range.startDate, { zone });
  const day0 = epochDay(rec.range.startDate);
  // A start date the calendar does not have (2024-02-30), or a zone luxon does not know, gives no
  // occurrences (the day-by-day walk never reached its end with them). recurrenceOf refuses both
  // at creation; this guards series stored before it did.
  if (!startDay.isValid || !Number.isFinite(day0)) return [];
  const week0 = weekStart(day0);
  const matches = (n: number): boolean => {
    if (rec.pattern.type === 'daily') return n % rec.pattern.interval === 0;
    const day = day0 + n;
    if (!rec.pattern.daysOfWeek.includes(DAYS[weekdayOf(day) - 1] as string)) return false;
    return ((weekStart(day) - week0) / 7) % rec.pattern.interval === 0;
  };
  const result: Occurrence[] = [];
  for (let n = 0; ; n += 1) {
    const date = dateOf(day0 + n);
    if (rec.range.type === 'endDate' && date > rec.range.endDate) break;
    if (rec.range.type === 'numbered' && result.length >= rec.range.numberOfOccurrences) break;
    // Every start on this date or later is at or after untilMs (starts only grow from day to day).
    if ((day0 + n) * DAY_MS - MAX_OFFSET_MS >= untilMs) break;
    if (!matches(n)) continue;
    const start = startDay.plus({ days: n }).set({ hour: first.hour, minute: first.minute, second: first.second });
    const startMs = start.toMillis();
    if (startMs >= untilMs) break;
    result.push({ date, startUtc: utcIso(startMs), endUtc: utcIso(startMs + durationMs) });
  }
  return result;
}

/**
 * An occurrence's iCalUId: the master's with the instance date in bytes 16–19 (year high, year
 * low, month, day), as Exchange's Global Object ID carries it. Graph: the iCalUId "is different for
 * each occurrence in a recurring series" (https://learn.microsoft.com/graph/api/resources/event);
 * layout: [MS-OXOCAL] PidLidGlobalObjectId, https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxocal/.
 */
export function occurrenceICalUId(masterICalUId: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
  return `${masterICalUId.slice(0, 32)}${hex(y, 4)}${hex(m, 2)}${hex(d, 2)}${masterICalUId.slice(40)}`;
}

const OCCURRENCE_PREFIX = 'AAMkAGI2OCC';

/** An occurrence's id: opaque to clients, as Graph's are, but it names its master and date. */
export const occurrenceId = (masterId: string, date: string): string =>
  `${OCCURRENCE_PREFIX}${Buffer.from(`${masterId}\n${date}`).toString('base64url')}`;

/** The master id and date an occurrence id names, or null when `id` is not an occurrence id. */
export function parseOccurrenceId(id: string): { masterId: string; date: string } | null {
  if (!id.startsWith(OCCURRENCE_PREFIX)) return null;
  const [masterId, date, extra] = Buffer.from(id.slice(OCCURRENCE_PREFIX.length), 'base64url').toString('utf8').split('\n');
  return masterId && date && DATE.test(date) && extra === undefined ? { masterId, date } : null;
}
