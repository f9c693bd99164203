/**
 * The status of a punkt, read from its decision (Beslutning) text: approved, noted, discussed,
 * postponed (with the target meeting's date when stated) or none.
 */
import { calendarDate } from './brands';
import { dateParts, monthNumber } from './danish-calendar';
import type { IsoDate, ItemStatus } from './meeting';

/** A status and, for a postponed punkt, the date it was postponed to when the text names one. */
export interface DecisionStatus {
  status: ItemStatus;
  postponedTo: IsoDate | null;
}

// Words are looked up with indexOf in the lower-cased text and their Unicode word boundaries
// checked by hand: `\b` is ASCII-only (it would split "udsættes"), and case-insensitive Unicode
// regexes scan several times slower than indexOf on long decisions.
// "udsat" but not "udsatte" (socially vulnerable people).
const POSTPONED = ['udsat', 'udsættes', 'udsætte', 'udskudt', 'udskydes', 'udskyde'];
// Past or present tense only: "godkendes af socialtilsynet" and "Godkendelse af …" are not approvals.
const APPROVED = ['godkendt', 'godkendte', 'godkender'];
const DISCUSSED_STEM = 'drøft';
const NOTED = /til\s+efterretning/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// "den 10. april 2024", "d. 10. april", "den 10/4", "den 10/4 2024", "den 10/4-24", "den 10.4.2024".
// A two-digit year only after - / . so "den 10/4 10:00" does not read 10 as the year.
const TARGET_DATE = /(?<![\p{L}\p{N}])(?:den|d\.)\s*(\d{1,2})(?:\.\s*(\p{L}+)\.?|[./](\d{1,2}))(?:\s+(\d{4})|[-/.](\d{4}|\d{2}))?(?!\d)/iu;

const isWordChar = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);

/** Index of the first occurrence of one of `words` standing as a whole word (or, if `stem`, starting one). */
function wordAt(lower: string, words: readonly string[], stem = false): number {
  let first = -1;
  for (const word of words) {
    for (let i = lower.indexOf(word); i >= 0 && (first < 0 || i < first); i = lower.indexOf(word, i + 1)) {
      if (!isWordChar(lower[i - 1]) && (stem || !isWordChar(lower[i + word.length]))) {
        first = i;
        break;
      }
    }
  }
  return first;
}

/**
 * Reads the status from a decision. Postponement wins over the other words, because a postponed
 * punkt often says what it was meant to approve; then approved, noted, discussed.
 * `meetingDate` supplies the year when the target date leaves it out.
 */
export function decisionStatus(text: string | null, meetingDate: IsoDate): DecisionStatus {
  if (text === null || text.trim() === '') return { status: 'none', postponedTo: null };
  const lower = text.toLowerCase();
  const postponed = wordAt(lower, POSTPONED);
  if (postponed >= 0) {
    // Lower-casing rarely changes the length; when it does, read the date from the lower-cased text.
    const from = lower.length === text.length ? text.slice(postponed) : lower.slice(postponed);
    return { status: 'postponed', postponedTo: targetDate(from, meetingDate) };
  }
  if (wordAt(lower, APPROVED) >= 0) return { status: 'approved', postponedTo: null };
  if (NOTED.test(lower)) return { status: 'noted', postponedTo: null };
  if (wordAt(lower, [DISCUSSED_STEM], true) >= 0) return { status: 'discussed', postponedTo: null };
  return { status: 'none', postponedTo: null };
}

/** The date named in the sentence that postpones, or null ("et senere Chefforum"). */
function targetDate(fromPostponement: string, meetingDate: IsoDate): IsoDate | null {
  const sentence = firstSentence(fromPostponement);
  const m = TARGET_DATE.exec(sentence);
  if (!m) return null;
  const day = Number(m[1]);
  const month = m[2] !== undefined ? monthNumber(m[2]) : Number(m[3]);
  if (month === null) return null;
  const meeting = dateParts(meetingDate);
  let year: number;
  const written = m[4] ?? m[5];
  if (written !== undefined) {
    year = written.length === 2 ? 2000 + Number(written) : Number(written);
  } else {
    // No year: the meeting's year, or the next one when that date has already passed.
    const earlier = month < meeting.month || (month === meeting.month && day < meeting.day);
    year = earlier ? meeting.year + 1 : meeting.year;
  }
  return calendarDate(year, month, day);
}

/**
 * Text up to the end of the sentence: a line break, or a full stop before a capital letter
 * (not one after a digit: "den 10. April" is a date, not two sentences).
 */
function firstSentence(text: string): string {
  const end = text.search(/\n|(?<!\d)[.!?]\s+(?=\p{Lu})/u);
  return end < 0 ? text : text.slice(0, end);
}
