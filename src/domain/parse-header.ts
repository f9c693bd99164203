/**
 * The document header: the kind line, Mødedato, Mødested, Mødedeltagere and the table of
 * contents (Indholdsfortegnelse). See ../../shared/spec/referat-format.md, "Document".
 */
import { calendarDate, clockTime, isValidDate } from './brands';
import { monthNumber } from './danish-calendar';
import type { LocalTime, Meeting, Participant } from './meeting';
import { ParseError, quoteForMessage } from './parse-error';
import type { SourceLine } from './source-lines';

/** What the header holds: the whole meeting but its punkter. */
export type Header = Omit<Meeting, 'items'>;

/** The header while it is read: the start is null until the Mødedato line has been seen. */
type HeaderDraft = Omit<Header, 'start'> & { start: LocalTime | null };

const KIND_LINE = /^(REFERAT|DAGSORDEN)\s+([\s\S]+?)\s+(?:d\.\s*)?(\d{1,2})-(\d{1,2})-(\d{4})$/i;
const KIND_SHAPE = "'REFERAT|DAGSORDEN <forum> d. dd-mm-yyyy'";
// Weekday optional; the start may be `09:00` or `9.00`, with an optional planned end after a dash.
const MEETING_DATE =
  /^Mødedato:?\s+(?:\p{L}+\s+)?(?:d\.\s*)?(\d{1,2})\.?\s*(\p{L}+\.?)\s+(\d{4}),?\s+[kK]l\.?\s*(\d{1,2})[.:](\d{2})(?:\s*[-–]\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2}))?$/u;
const MEETING_DATE_SHAPE = "'Mødedato <ugedag> d. <dag>. <måned> <år> kl. HH:MM'";
const CHAIR = /^(?:Forperson|Formand|Forkvinde)\s+([\s\S]+)$/;
// Header lines are short; longer ones are not matched against the patterns above, whose lazy and
// optional parts could otherwise backtrack for a long time on a huge line.
const MAX_HEADER_LINE = 1000;

/** Parses the header lines `lines[0..end)`; `end` is the index of the first item heading. */
export function parseHeader(lines: readonly SourceLine[], end: number): Header {
  let i = 0;
  while (i < end && lines[i]!.text === '') i += 1;
  const first = lines[i];
  if (i >= end || !first) throw new ParseError(lines[Math.min(i, lines.length - 1)]?.no ?? 1, KIND_SHAPE);
  const kindMatch = first.text.length <= MAX_HEADER_LINE ? KIND_LINE.exec(first.text) : null;
  const date = kindMatch ? calendarDate(Number(kindMatch[5]), Number(kindMatch[4]), Number(kindMatch[3])) : null;
  if (!kindMatch || !date) {
    throw new ParseError(first.no, KIND_SHAPE, `at the start of the document, found ${quoteForMessage(first.text)}`);
  }
  const header: HeaderDraft = {
    kind: kindMatch[1]!.toUpperCase() === 'REFERAT' ? 'referat' : 'dagsorden',
    forum: kindMatch[2]!,
    date,
    start: null,
    plannedEnd: null,
    location: null,
    participants: [],
    preamble: [],
  };
  let inToc = false;
  for (i += 1; i < end; i += 1) {
    const line = lines[i]!;
    const text = line.text;
    if (text === '') continue;
    const word = firstWord(text);
    const label = headerLabel(text);
    if (label === 'Mødedato') readMeetingDate(line, header);
    else if (label === 'Mødested') header.location = text.slice(word.length).trim() || null;
    else if (label === 'Mødedeltagere') header.participants = header.participants.concat(parseParticipants(text.slice(word.length)));
    else if (text === 'Indholdsfortegnelse') inToc = true;
    // The table of contents is derived from the item headings (which are authoritative) and is
    // regenerated on render, so its entries are recognised and not kept.
    else if (!(inToc && isTocEntry(text))) header.preamble.push(text);
  }
  if (header.start === null) {
    const at = lines[end]?.no ?? lines[lines.length - 1]?.no ?? 1;
    throw new ParseError(at, `a line ${MEETING_DATE_SHAPE}`, 'in the header, before the first punkt');
  }
  return { ...header, start: header.start };
}

/** The header label a line starts with (`Mødested: 915` too), or null; the TOC heading counts as one. */
export function headerLabel(text: string): 'Mødedato' | 'Mødested' | 'Mødedeltagere' | 'Indholdsfortegnelse' | null {
  if (text === 'Indholdsfortegnelse') return text;
  const word = firstWord(text);
  // Labels are written without a colon, but "Mødested: 915" is an easy slip to accept.
  const label = word.endsWith(':') ? word.slice(0, -1) : word;
  return label === 'Mødedato' || label === 'Mødested' || label === 'Mødedeltagere' ? label : null;
}

function firstWord(text: string): string {
  const space = text.search(/\s/);
  return space < 0 ? text : text.slice(0, space);
}

function readMeetingDate(line: SourceLine, header: HeaderDraft): void {
  const m = line.text.length <= MAX_HEADER_LINE ? MEETING_DATE.exec(line.text) : null;
  const start = m ? clockTime(m[4]!, m[5]!) : null;
  const end = m?.[6] !== undefined ? clockTime(m[6], m[7]!) : null;
  const month = m ? monthNumber(m[2]!) : null;
  if (!m || !start || month === null || (m[6] !== undefined && !end) || !isValidDate(Number(m[3]), month, Number(m[1]))) {
    throw new ParseError(line.no, MEETING_DATE_SHAPE, `found ${quoteForMessage(line.text)}`);
  }
  header.start = start;
  header.plannedEnd = end;
}

/**
 * A table-of-contents entry: `Title.....<TAB>page`, `Title.....` as the renderer writes it
 * (the model has no page numbers), or `Title<TAB>page`. Scanned by hand: a regex with `\.{2,}\s*…$` backtracks
 * quadratically on long runs of dots.
 */
export function isTocEntry(text: string): boolean {
  let end = text.length;
  while (end > 0 && isDigit(text.charCodeAt(end - 1))) end -= 1;
  let tabbedPage = false;
  if (end < text.length) {
    const beforeDigits = end;
    while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
    if (end === beforeDigits) return false;
    tabbedPage = text.slice(end, beforeDigits).includes('\t');
  }
  let dots = 0;
  while (end > 0 && text[end - 1] === '.') {
    end -= 1;
    dots += 1;
  }
  // "Title.....<TAB>3", "Title....." (as rendered), or "Title<TAB>3" without the leader dots.
  return end > 0 && (dots >= 3 || tabbedPage);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Splits `Forperson A (Rolle), B (Rolle, Afdeling)` into participants. Commas inside parentheses
 * do not split; a leading Forperson/Formand marks the chair.
 */
export function parseParticipants(list: string): Participant[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(list.slice(from));
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(parseParticipant);
}

function parseParticipant(entry: string): Participant {
  let name = entry;
  let role: string | null = null;
  if (entry.endsWith(')')) {
    const open = matchingOpen(entry, entry.length - 1);
    if (open >= 0) {
      name = entry.slice(0, open).trim();
      role = entry.slice(open + 1, -1).trim();
    }
  }
  const chair = CHAIR.exec(name);
  return chair ? { name: chair[1]!.trim(), role, chair: true } : { name, role, chair: false };
}

/** Index of the `(` matching the `)` at `close`, or -1. */
function matchingOpen(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i -= 1) {
    if (text[i] === ')') depth += 1;
    else if (text[i] === '(') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}
