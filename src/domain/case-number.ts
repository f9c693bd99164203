/**
 * Case (journal) numbers: the KLE shape `dd.dd.dd-Xdd-n-yy`, e.g. `00.01.00-P35-7-23`:
 * KLE subject number, action facet (an upper-case letter and two digits), serial, two-digit year.
 */

/** The parts of a case number. */
export interface CaseNumber {
  kle: string;
  facet: string;
  serial: number;
  year: number;
}

// Anchored at both ends with bounded repeats, so it stays linear even on a huge line.
const CASE_NUMBER = /^(\d{2}\.\d{2}\.\d{2})-([A-Z]\d{2})-(\d{1,9})-(\d{2})$/;

/** The human-readable shape, used in error messages. */
export const CASE_NUMBER_SHAPE = 'dd.dd.dd-Xdd-n-yy';

/** Splits a case number into its parts, or null when `s` does not have the KLE shape. */
export function parseCaseNumber(s: string): CaseNumber | null {
  const m = CASE_NUMBER.exec(s);
  if (!m) return null;
  return { kle: m[1]!, facet: m[2]!, serial: Number(m[3]), year: Number(m[4]) };
}

/** True when `s` is exactly a case number in the KLE shape (no surrounding text). */
export function isCaseNumber(s: string): boolean {
  return CASE_NUMBER.test(s);
}
