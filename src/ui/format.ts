/** Display formats shared by the views: Danish-style clock times and long dates. */
import { MEETING_ZONE, localTimeAt } from '../domain/clock';
import { MONTHS, WEEKDAYS } from '../domain/danish-calendar';
import type { Language } from './i18n';

/** '09:05' → '09.05' (the Danish clock separator the documents use). */
export function formatClock(localTime: string): string {
  return localTime.replace(':', '.');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per kind and locale, built on first use: building an Intl.DateTimeFormat costs far
 * more than using one, and the managers' first open formats several dates (issue #13).
 */
function formatter(kind: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind} ${locale}`;
  let built = formatters.get(key);
  if (!built) {
    built = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, built);
  }
  return built;
}

/**
 * An ISO instant → local 'HH.MM' in Europe/Copenhagen, through the domain's clock and its one formatter
 * for the zone, which the schedule uses too (a second zone formatter cost a build).
 */
export function formatInstant(iso: string): string {
  return formatClock(localTimeAt(new Date(iso).getTime()));
}

/**
 * The day and month names of the two languages, as Intl writes them (format.test.ts compares every one with
 * Intl's): the managers' header shows a long date on the first open, and building an Intl formatter for it was
 * the page's first use of ICU, whose one-time start-up costs 17-45 ms of CPU before the agenda shows (issue #13).
 * No time zone is involved: a date of the agenda is a calendar date.
 */
const NAMES: Record<Language, { days: readonly string[]; months: readonly string[] }> = {
  // The domain spells the Danish names once (the documents write weekdays capitalised, Intl does not).
  da: { days: WEEKDAYS.map((day) => day.toLowerCase()), months: MONTHS },
  en: {
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

/** A calendar date's day, month name and year, or null when it is not a date. */
function dateParts(isoDate: string, language: Language): { weekday: string; day: number; month: string; year: number } | null {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  const names = NAMES[language];
  return {
    weekday: names.days[date.getUTCDay()]!,
    day: date.getUTCDate(),
    month: names.months[date.getUTCMonth()]!,
    year: date.getUTCFullYear(),
  };
}

/** '2024-03-13' → 'onsdag den 13. marts 2024' (or 'Wednesday, 13 March 2024'), as Intl's da-DK and en-GB write it. */
export function formatLongDate(isoDate: string, language: Language): string {
  const parts = dateParts(isoDate, language);
  if (!parts) return isoDate;
  const { weekday, day, month, year } = parts;
  return language === 'da' ? `${weekday} den ${day}. ${month} ${year}` : `${weekday}, ${day} ${month} ${year}`;
}

/** '2024-04-10' → '10. april 2024' (short, for "Udsat til …"), as Intl's da-DK and en-GB write it. */
export function formatDate(isoDate: string, language: Language): string {
  const parts = dateParts(isoDate, language);
  if (!parts) return isoDate;
  const { day, month, year } = parts;
  return language === 'da' ? `${day}. ${month} ${year}` : `${day} ${month} ${year}`;
}

/** An ISO instant's day in Copenhagen, short: '2024-03-13T08:00:00Z' → '13. mar.' (or '13 Mar'), one formatter per language. */
export function formatShortDay(iso: string, language: Language): string {
  return formatter('short-day', language === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: MEETING_ZONE,
  }).format(new Date(iso));
}
