/** Display formats shared by the views: Danish-style clock times and long dates. */
import { localTimeAt } from '../domain/clock';
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
 * An ISO instant → local 'HH.MM' in Europe/Copenhagen, through the domain's clock, whose one
 * formatter the first open builds anyway for the schedule (a second zone formatter cost a build).
 */
export function formatInstant(iso: string): string {
  return formatClock(localTimeAt(new Date(iso).getTime()));
}

/** '2024-03-13' → 'onsdag 13. marts 2024' (or 'Wednesday 13 March 2024'). */
export function formatLongDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter('long', language === 'da' ? 'da-DK' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** '2024-04-10' → '10. april 2024' (short, for "Udsat til …"). */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter('date', language === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
