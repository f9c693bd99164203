/**
 * One agenda item (punkt): the heading with prefix, title and slot, the case number, and the
 * sections. See ../../shared/spec/referat-format.md, "Agenda item (punkt)" and "Sections".
 */
import { CASE_NUMBER_SHAPE, isCaseNumber } from './case-number';
import { clockTime } from './brands';
import { SECTION_HEADINGS } from './meeting';
import type { AgendaItem, SectionHeading, TimeSlot } from './meeting';
import { ParseError, quoteForMessage } from './parse-error';
import { joinParagraphs, matchKey } from './source-lines';
import type { SourceLine } from './source-lines';

/** An item as read from the document, before the derived fields (recommendation, decision, …) are filled in. */
export type RawItem = Pick<AgendaItem, 'number' | 'prefix' | 'title' | 'caseNumber' | 'closed' | 'slot' | 'durationMinutes' | 'sections'>;

const ITEM_HEADING = /^Punkt\s+(\d{1,4})\s*:\s*([\s\S]*)$/;
// Forum prefixes are short upper-case codes, possibly compound: CF, DIF/CF.
const PREFIX = /^([A-ZÆØÅ]{1,10}(?:\/[A-ZÆØÅ]{1,10}){0,3})\s*[-–]\s+([\s\S]+)$/;
const SLOT = /^\((\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\)$/;
const DURATION = /^\((\d{1,3})\s*min\.?\)$/;
const HEADINGS: ReadonlySet<string> = new Set(SECTION_HEADINGS);
const ODD_SPACE = /[^\S ]| {2}/;
const LONGEST_HEADING = Math.max(...SECTION_HEADINGS.map((h) => h.length));

/** The item number and raw title when the line is an item heading (`Punkt N: …`). */
export function itemHeading(text: string): { number: number; title: string } | null {
  if (!text.startsWith('Punkt')) return null;
  const m = ITEM_HEADING.exec(text);
  return m ? { number: Number(m[1]), title: m[2]!.trim() } : null;
}

/** The section heading when the line is exactly one (inner whitespace folded), else null. */
export function sectionHeading(text: string): SectionHeading | null {
  if (text.length > LONGEST_HEADING + 8) return null;
  if (HEADINGS.has(text)) return text as SectionHeading;
  // Only a heading with odd inner whitespace (NBSP, tabs, double spaces) needs folding.
  if (!ODD_SPACE.test(text)) return null;
  const key = matchKey(text);
  return HEADINGS.has(key) ? (key as SectionHeading) : null;
}

/** The minutes of a duration paragraph (`(20 min.)`, the first paragraph of Anledning), else null. */
export function durationOf(text: string): number | null {
  const m = DURATION.exec(text);
  return m ? Number(m[1]) : null;
}

/** Splits a raw title into prefix, title and slot; `Lukket` alone marks a closed item. */
export function parseTitle(raw: string): { prefix: string | null; title: string; slot: TimeSlot | null; closed: boolean } {
  let rest = raw;
  let slot: TimeSlot | null = null;
  if (rest.endsWith(')')) {
    const open = rest.lastIndexOf('(');
    const m = open >= 0 ? SLOT.exec(rest.slice(open)) : null;
    const start = m ? clockTime(m[1]!, m[2]!) : null;
    const end = m ? clockTime(m[3]!, m[4]!) : null;
    if (start && end) {
      slot = { start, end };
      rest = rest.slice(0, open).trim();
    }
  }
  if (rest === 'Lukket') return { prefix: null, title: 'Lukket', slot, closed: true };
  const m = PREFIX.exec(rest);
  if (m) return { prefix: m[1]!, title: m[2]!.trim(), slot, closed: false };
  return { prefix: null, title: rest, slot, closed: false };
}

/** Reads the item whose heading is `lines[at]`; its body runs to `lines[end)`. */
export function parseItem(lines: readonly SourceLine[], at: number, end: number): RawItem {
  const headingLine = lines[at]!;
  const heading = itemHeading(headingLine.text)!;
  const where = `after ${quoteForMessage(headingLine.text)}`;
  if (heading.title === '') throw new ParseError(headingLine.no, `a title after 'Punkt ${heading.number}:'`);
  const { prefix, title, slot, closed } = parseTitle(heading.title);

  let i = at + 1;
  while (i < end && lines[i]!.text === '') i += 1;
  if (i >= end) {
    const no = lines[Math.min(end, lines.length - 1)]?.no ?? headingLine.no;
    throw new ParseError(no, `a case number (${CASE_NUMBER_SHAPE})`, `${where}, found no more lines in the punkt`);
  }
  const caseLine = lines[i]!;
  if (!isCaseNumber(caseLine.text)) {
    throw new ParseError(caseLine.no, `a case number (${CASE_NUMBER_SHAPE})`, `${where}, found ${quoteForMessage(caseLine.text)}`);
  }

  const sections: { heading: SectionHeading | ''; lines: string[] }[] = [];
  for (i += 1; i < end; i += 1) {
    const text = lines[i]!.text;
    const h = sectionHeading(text);
    if (h) sections.push({ heading: h, lines: [] });
    else if (sections.length > 0) sections[sections.length - 1]!.lines.push(text);
    // Text between the case number and the first heading gets a section with heading ''.
    else if (text !== '') sections.push({ heading: '', lines: [text] });
  }

  let durationMinutes: number | null = null;
  const occasion = sections.find((s) => s.heading === 'Anledning');
  if (occasion) {
    // Only the first paragraph of Anledning can be the duration; elsewhere `(20 min.)` is text.
    const first = occasion.lines.findIndex((l) => l !== '');
    const minutes = first >= 0 ? durationOf(occasion.lines[first]!) : null;
    if (minutes !== null) {
      durationMinutes = minutes;
      occasion.lines.splice(first, 1);
    }
  }

  return {
    number: heading.number,
    prefix,
    title,
    caseNumber: caseLine.text,
    closed,
    slot,
    durationMinutes,
    sections: sections.map((s) => ({ heading: s.heading, text: joinParagraphs(s.lines) })),
  };
}
