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
