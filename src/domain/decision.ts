/**
 * The status of a punkt, read from its decision (Beslutning) text: approved, noted, discussed,
 * postponed (with the target meeting's date when stated) or none.
 */
import { dateParts, isValidDate, isoDate, monthNumber } from './danish-calendar';
import type { IsoDate, ItemStatus } from './meeting';

/** A status and, for a postponed punkt, the date it was postponed to when the text names one. */
export interface DecisionStatus {
  status: ItemStatus;
  postponedTo: IsoDate | null;
}

// Words are found by their literal start (fast to scan for) and then checked for Unicode word
// boundaries by hand: `\b` is ASCII-only and would split "udsættes", and a leading lookbehind
// makes the engine try every position.
// "udsat" but not "udsatte" (socially vulnerable people), plus udsættes/udskudt/udskydes.
const POSTPONED = /(?:udsat|udsættes|udsætte|udskudt|udskydes|udskyde)(?![\p{L}\p{N}])/giu;
// Past or present tense only: "godkendes af socialtilsynet" and "Godkendelse af …" are not approvals.
const APPROVED = /godkend(?:t|te|er)(?![\p{L}\p{N}])/giu;
const DISCUSSED = /drøft/giu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Index of the first match of a global pattern that starts a word, or -1. */
function wordAt(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index === 0 || !LETTER_OR_DIGIT.test(text[m.index - 1]!)) return m.index;
  }
  return -1;
}

const NOTED = /til\s+efterretning/i;
// "den 10. april 2024", "den 10. april", "den 10/4", "den 10/4 2024", "den 10/4-24".
const TARGET_DATE = /(?<![\p{L}\p{N}])den\s+(\d{1,2})(?:\.\s*(\p{L}+)\.?|\/(\d{1,2}))(?:[\s\-/]+(\d{4}|\d{2})(?!\d))?/iu;

/**
 * Reads the status from a decision. Postponement wins over the other words, because a postponed
 * punkt often says what it was meant to approve; then approved, noted, discussed.
 * `meetingDate` supplies the year when the target date leaves it out.
 */
export function decisionStatus(text: string | null, meetingDate: IsoDate): DecisionStatus {
  if (text === null || text.trim() === '') return { status: 'none', postponedTo: null };
  const postponed = wordAt(text, POSTPONED);
  if (postponed >= 0) {
    return { status: 'postponed', postponedTo: targetDate(text.slice(postponed), meetingDate) };
  }
  if (wordAt(text, APPROVED) >= 0) return { status: 'approved', postponedTo: null };
  if (NOTED.test(text)) return { status: 'noted', postponedTo: null };
  if (wordAt(text, DISCUSSED) >= 0) return { status: 'discussed', postponedTo: null };
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
  if (m[4] !== undefined) {
    year = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  } else {
    // No year: the meeting's year, or the next one when that date has already passed.
    const earlier = month < meeting.month || (month === meeting.month && day < meeting.day);
    year = earlier ? meeting.year + 1 : meeting.year;
  }
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

/** Text up to the end of the sentence: a line break, or a full stop before a capital letter. */
function firstSentence(text: string): string {
  const end = text.search(/\n|[.!?]\s+(?=\p{Lu})/u);
  return end < 0 ? text : text.slice(0, end);
}
