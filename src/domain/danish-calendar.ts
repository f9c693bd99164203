/**
 * Danish month and weekday names, and small calendar checks shared by the parser, the renderer
 * and the decision rules. Kept here so the names are spelled in one place.
 */
import type { IsoDate } from './meeting';

/** Month names as written in the documents, January first. */
export const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Weekday names, Sunday first (the order of Date#getUTCDay). */
export const WEEKDAYS = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'] as const;

/**
 * The month number (1–12) of a Danish month name, also the usual abbreviations
 * ("sept.", "okt"); null when the word is not a month.
 */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((name) => name.startsWith(w) || (w === 'sept' && name === 'september'));
  return index < 0 ? null : index + 1;
}

/** True when year/month/day form a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) return false;
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : days);
}

/** Formats a date as `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Splits an IsoDate into numbers. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
}

/** The Danish weekday name of a date (computed in UTC: a calendar date has no time zone). */
export function weekdayName(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return WEEKDAYS[d.getUTCDay()] ?? '';
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `H`/`HH` and `MM` to a zero-padded `HH:MM`, or null when not a time of day. */
export function localTime(hours: string, minutes: string): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h > 23 || m > 59) return null;
  return `${pad2(h)}:${pad2(m)}`;
}
