/**
 * What the renderer refuses: a meeting whose document `parse` would reject or read as something
 * else (a date not in the calendar, a line break in a title that starts a `Punkt 99:`, a line in a
 * section that starts a section of its own). The checks use the parser's own rules, so the two
 * cannot drift apart. Surrounding whitespace is not a problem: the format trims every line.
 */
import { isCaseNumber } from './case-number';
import { isValidDate } from './brands';
import type { AgendaItem, Meeting } from './meeting';
import { formatJsonPath } from './meeting-json';
import { quoteForMessage } from './parse-error';
import { headerLabel, parseHeader, parseParticipants } from './parse-header';
import { durationOf, itemHeading, parseTitle, sectionHeading } from './parse-item';
import { dateLine, documentSections, headingTitle, kindLine, participantText } from './render-parts';
import { toLines } from './source-lines';

type Path = (string | number)[];

/**
 * Why a value cannot be written: not a valid value of its kind (a date, a time, a case number), a
 * line break in a one-line field, empty where the format needs text, would read back as something
 * else ("Lukket" as a title), or a line that would start a punkt, a section or a header line.
 */
export type RenderProblem = 'value' | 'lineBreak' | 'empty' | 'readsDifferently' | 'startsLine';

/** A meeting the renderer cannot write: `path` is the field, as in the meeting's JSON (`items[2].title`). */
export class RenderError extends Error {
  readonly path: Path;
  readonly reason: RenderProblem;
  /** The problem in words (English, for the command line). */
  readonly problem: string;

  constructor(path: Path, reason: RenderProblem, problem: string) {
    super(`${formatJsonPath(path)}: ${problem}`);
    this.name = 'RenderError';
    this.path = path;
    this.reason = reason;
    this.problem = problem;
  }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LINE_BREAK = /[\r\n]/;

/** Throws RenderError for the first field of `meeting` (as it will be written) that would not read back. */
export function checkRenderable(meeting: Meeting): void {
  checkHeader(meeting);
  for (let k = 0; k < meeting.items.length; k += 1) checkItem(meeting.items[k]!, ['items', k]);
}

function checkHeader(m: Meeting): void {
  const date = DATE.exec(m.date);
  if (!date) fail(['date'], 'value', `expected a date YYYY-MM-DD, found ${quoteForMessage(m.date)}`);
  if (!isValidDate(Number(date[1]), Number(date[2]), Number(date[3]))) fail(['date'], 'value', `${m.date} is not a date in the calendar`);
  checkTime(m.start, ['start']);
  if (m.plannedEnd !== null) checkTime(m.plannedEnd, ['plannedEnd']);
  oneLine(m.forum, ['forum']);
  if (m.forum.trim() === '') fail(['forum'], 'empty', 'is empty');
  let forum: string | null = null;
  try {
    forum = parseHeader(toLines(`${kindLine(m)}\n${dateLine(m)}`), 2).forum;
  } catch {
    // Reported below: the forum is the only free text on these two lines.
  }
  if (forum !== m.forum.trim()) fail(['forum'], 'readsDifferently', `${quoteForMessage(m.forum)} would not read back as the forum's name`);
  if (m.location !== null) oneLine(m.location, ['location']);

  m.participants.forEach((p, k) => {
    oneLine(p.name, ['participants', k, 'name']);
    if (p.role !== null) oneLine(p.role, ['participants', k, 'role']);
  });
  const read = parseParticipants(m.participants.map(participantText).join(', '));
  const differs = m.participants.findIndex((p, k) => {
    const back = read[k];
    return !back || back.name !== p.name.trim() || back.role !== (p.role?.trim() ?? null) || back.chair !== p.chair;
  });
  const at = differs >= 0 ? differs : read.length > m.participants.length ? m.participants.length - 1 : -1;
  if (at >= 0) {
    fail(
      ['participants', at],
      'readsDifferently',
      `${quoteForMessage(participantText(m.participants[at]!))} would not read back as one participant (a comma, a parenthesis or a leading Forperson/Formand in a name changes it)`,
    );
  }

  for (let k = 0; k < m.preamble.length; k += 1) {
    const line = m.preamble[k]!;
    oneLine(line, ['preamble', k]);
    const text = line.trim();
    if (text === '') fail(['preamble', k], 'empty', 'is empty; the document would lose it');
    const label = headerLabel(text);
    if (label) fail(['preamble', k], 'startsLine', `starts with the header label '${label}'`);
    if (itemHeading(text)) fail(['preamble', k], 'startsLine', `would start a punkt of its own (${quoteForMessage(text)})`);
  }
}

function checkItem(item: AgendaItem, at: Path): void {
  if (!Number.isInteger(item.number) || item.number < 0 || item.number > 9999) {
    fail([...at, 'number'], 'value', `expected a whole number from 0 to 9999, found ${item.number}`);
  }
  if (!isCaseNumber(item.caseNumber))
    fail([...at, 'caseNumber'], 'value', `expected a case number dd.dd.dd-Xdd-n-yy, found ${quoteForMessage(item.caseNumber)}`);
  if (item.slot) {
    checkTime(item.slot.start, [...at, 'slot', 'start']);
    checkTime(item.slot.end, [...at, 'slot', 'end']);
  }
  const minutes = item.durationMinutes;
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0 || minutes > 999)) {
    fail([...at, 'durationMinutes'], 'value', `expected whole minutes from 0 to 999 (what '(N min.)' holds), found ${minutes}`);
  }
  checkHeading(item, at);
  checkSections(item, at);
}

/** The heading must read back as this prefix, title, slot and closed state. */
function checkHeading(item: AgendaItem, at: Path): void {
  if (item.closed) return; // Written as "Lukket": neither prefix nor title is written.
  if (item.prefix !== null) oneLine(item.prefix, [...at, 'prefix']);
  oneLine(item.title, [...at, 'title']);
  const title = item.title.trim();
  // `Punkt 1: (9.00-9.20)` is a punkt with a slot and an empty title; `Punkt 1:` alone is refused.
  if (headingTitle(item).trim() === '') fail([...at, 'title'], 'empty', 'is empty');
  const prefix = item.prefix?.trim() || null;
  const back = parseTitle(headingTitle(item));
  if (back.closed) fail([...at, 'title'], 'readsDifferently', "'Lukket' alone would read back as a closed punkt");
  if (back.prefix !== prefix) {
    if (prefix !== null)
      fail(
        [...at, 'prefix'],
        'readsDifferently',
        `${quoteForMessage(prefix)} would not read back as a prefix (capital letters, up to four joined by '/')`,
      );
    fail(
      [...at, 'title'],
      'readsDifferently',
      `would read back as the prefix '${back.prefix ?? ''}' and the title ${quoteForMessage(back.title)}`,
    );
  }
  const slotBack = back.slot ? `${back.slot.start}-${back.slot.end}` : null;
  const slot = item.slot ? `${item.slot.start}-${item.slot.end}` : null;
  if (slotBack !== slot || back.title !== title)
    fail(
      [...at, 'title'],
      'readsDifferently',
      `would read back as the title ${quoteForMessage(back.title)}${slotBack !== slot ? ' and a time slot' : ''}`,
    );
}

/** No line of a section may start a punkt or a section; no text may join another section. */
function checkSections(item: AgendaItem, at: Path): void {
  let anledning = false;
  documentSections(item).forEach(({ section, path }, k) => {
    const where = [...at, ...path];
    const lines = section.text.split(/\r\n?|\n/).map((l) => l.trim());
    const first = lines.find((l) => l !== '');
    if (section.heading === '' && k > 0)
      fail(
        [...where.slice(0, -1), 'heading'],
        'readsDifferently',
        'text without a heading must come first: it would join the section before it',
      );
    if (section.heading === '' && first === undefined) fail(where, 'empty', 'is empty; the document would lose it');
    if (section.heading === 'Anledning' && !anledning) {
      anledning = true;
      // The parser reads `(N min.)` first in the first Anledning as the punkt's duration.
      if (item.durationMinutes === null && first !== undefined && durationOf(first) !== null) {
        fail(where, 'readsDifferently', `its first line ${quoteForMessage(first)} would read back as the punkt's duration`);
      }
    }
    lines.forEach((line, n) => {
      if (itemHeading(line)) fail(where, 'startsLine', `line ${n + 1} would start a punkt of its own (${quoteForMessage(line)})`);
      if (sectionHeading(line)) fail(where, 'startsLine', `line ${n + 1} would start a section of its own (${quoteForMessage(line)})`);
    });
  });
}

function checkTime(value: string, path: Path): void {
  if (!TIME.test(value)) fail(path, 'value', `expected a time HH:MM, found ${quoteForMessage(value)}`);
}

function oneLine(value: string, path: Path): void {
  if (LINE_BREAK.test(value)) fail(path, 'lineBreak', 'holds a line break, which would start a new line in the document');
}

function fail(path: Path, reason: RenderProblem, problem: string): never {
  throw new RenderError(path, reason, problem);
}
