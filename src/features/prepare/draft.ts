/**
 * The secretary's working copy of an agenda: the meeting header and the punkter as the form
 * holds them (strings exactly as typed), and the conversion back to a Meeting for the schedule
 * preview, the document text and saving. Pure: no React, so the rules are tested on their own.
 *
 * The sections stay authoritative (see render.ts): an edited field replaces its section; sections
 * the form does not show (Historik, Beslutning, Supplerende Sagsfremstilling) are kept as loaded.
 */
import { completeItem } from '../../domain/parse';
import { clockTime } from '../../domain/brands';
import type { AgendaItem, LocalTime, Meeting, Section, SectionHeading } from '../../domain/meeting';
import { SECTION_HEADINGS } from '../../domain/meeting';

/** How a punkt is placed in time (the spec's schedule rule: a slot, a duration, or neither). */
export type Timing = 'duration' | 'slot' | 'none';

/** One punkt in the form. Text fields hold what was typed; validation reads them. */
export interface DraftItem {
  /** Stable across moves, so React keeps each editor's focus and state. */
  key: string;
  prefix: string;
  title: string;
  caseNumber: string;
  closed: boolean;
  timing: Timing;
  duration: string;
  slotStart: string;
  slotEnd: string;
  anledning: string;
  sagsfremstilling: string;
  /** One attachment name per line. */
  attachments: string;
  recommender: string;
  /** One recommendation point per line. */
  points: string;
  /** False until the user edits the Indstilling, so a loaded section is written back as it was. */
  recommendationEdited: boolean;
  /** The sections as loaded; the fields above override theirs. */
  sections: Section[];
}

/**
 * The working copy: the meeting without its items, and the punkter in order. The header's times
 * are the text as typed (`9.00`), read into LocalTimes by toMeeting.
 */
export interface Draft {
  meeting: Omit<Meeting, 'items' | 'start' | 'plannedEnd'> & { start: string; plannedEnd: string | null };
  items: DraftItem[];
}

let counter = 0;
/** A key unique within this page. */
export function newKey(): string {
  counter += 1;
  return `punkt-${counter}`;
}

function sectionText(sections: readonly Section[], heading: SectionHeading): string {
  return sections
    .filter((s) => s.heading === heading && s.text !== '')
    .map((s) => s.text)
    .join('\n\n');
}

/** A new, empty punkt (20 minutes, the forum's usual length). */
export function emptyItem(): DraftItem {
  return {
    key: newKey(),
    prefix: 'CF',
    title: '',
    caseNumber: '',
    closed: false,
    timing: 'duration',
    duration: '20',
    slotStart: '',
    slotEnd: '',
    anledning: '',
    sagsfremstilling: '',
    attachments: '',
    recommender: '',
    points: '',
    recommendationEdited: false,
    sections: [],
  };
}

/** The form's copy of a stored punkt. */
export function toDraftItem(item: AgendaItem): DraftItem {
  return {
    key: newKey(),
    prefix: item.prefix ?? '',
    title: item.closed && item.title === 'Lukket' ? '' : item.title,
    caseNumber: item.caseNumber,
    closed: item.closed,
    timing: item.slot ? 'slot' : item.durationMinutes !== null ? 'duration' : 'none',
    duration: item.durationMinutes === null ? '' : String(item.durationMinutes),
    slotStart: item.slot?.start ?? '',
    slotEnd: item.slot?.end ?? '',
    anledning: sectionText(item.sections, 'Anledning'),
    sagsfremstilling: sectionText(item.sections, 'Sagsfremstilling'),
    // The Bilag section as written (it may separate names by blank lines); the derived list otherwise.
    attachments: sectionText(item.sections, 'Bilag') || item.attachments.join('\n'),
    recommender: item.recommendation?.by ?? '',
    points: item.recommendation?.points.join('\n') ?? '',
    recommendationEdited: false,
    sections: item.sections,
  };
}

/** The form's copy of a meeting. */
export function toDraft(meeting: Draft['meeting'] & Pick<Meeting, 'items'>): Draft {
  const { items, ...header } = meeting;
  return { meeting: header, items: items.map(toDraftItem) };
}

/** Section text as the format wants it: no trailing spaces, one blank line between paragraphs, none at the ends. */
export function normaliseText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Replaces the sections titled `heading` by one with `text` (none when empty), in the format's order. */
export function withSection(sections: readonly Section[], heading: SectionHeading, text: string): Section[] {
  const value = normaliseText(text);
  const at = sections.findIndex((s) => s.heading === heading);
  const rest = sections.filter((s) => s.heading !== heading);
  if (value === '') return rest;
  const section: Section = { heading, text: value };
  if (at >= 0) {
    // Put it back where the first one was, among the remaining sections.
    const before = sections.slice(0, at).filter((s) => s.heading !== heading).length;
    return [...rest.slice(0, before), section, ...rest.slice(before)];
  }
  const rank = (h: Section['heading']): number => (h === '' ? -1 : SECTION_HEADINGS.indexOf(h));
  const after = rest.findIndex((s) => rank(s.heading) > rank(heading));
  return after < 0 ? [...rest, section] : [...rest.slice(0, after), section, ...rest.slice(after)];
}

/** The Indstilling section as the documents write it: `X indstiller,` and numbered points. */
export function recommendationText(by: string, points: string): string {
  const list = points
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (list.length === 0 && by.trim() === '') return '';
  const head = by.trim() === '' ? [] : [`${by.trim()} indstiller,`, ''];
  return [...head, ...list.map((p, i) => `${i + 1}. ${p}`)].join('\n');
}

const CLOCK = /^(\d{1,2})[:.](\d{2})$/;

/** `9.05`, `09:05` → `09:05`; null when not a time of day. */
export function readClock(text: string): LocalTime | null {
  const m = CLOCK.exec(text.trim());
  return m ? clockTime(m[1]!, m[2]!) : null;
}

/** Whole minutes 1–999 (what `(N min.)` can hold); null otherwise. */
export function readMinutes(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= 1 ? n : null;
}

/** A punkt as the model holds it; fields that do not validate count as absent (the form shows why). */
export function toAgendaItem(draft: DraftItem, number: number, meeting: Draft['meeting']): AgendaItem {
  // Only a changed field rewrites its section, so repeated or oddly spaced sections load and save unchanged.
  let sections = draft.sections;
  const fields: Array<[SectionHeading, string]> = [
    ['Anledning', draft.anledning],
    ['Sagsfremstilling', draft.sagsfremstilling],
    ['Bilag', draft.attachments],
  ];
  for (const [heading, text] of fields) {
    if (text !== sectionText(draft.sections, heading)) sections = withSection(sections, heading, text);
  }
  if (draft.recommendationEdited) sections = withSection(sections, 'Indstilling', recommendationText(draft.recommender, draft.points));
  const start = readClock(draft.slotStart);
  const end = readClock(draft.slotEnd);
  const prefix = draft.prefix.trim();
  return completeItem(
    {
      number,
      prefix: draft.closed || prefix === '' ? null : prefix,
      title: draft.closed && draft.title.trim() === '' ? 'Lukket' : draft.title.trim(),
      caseNumber: draft.caseNumber.trim(),
      closed: draft.closed,
      slot: draft.timing === 'slot' && start && end ? { start, end } : null,
      durationMinutes: draft.timing === 'duration' ? readMinutes(draft.duration) : null,
      sections,
    },
    meeting.kind,
    meeting.date,
  );
}

/** The whole meeting, punkter numbered 1… in the draft's order. */
export function toMeeting(draft: Draft): Meeting {
  const { start, plannedEnd } = draft.meeting;
  return {
    ...draft.meeting,
    // The header times as typed (`9.00`) become the model's `HH:MM`; an empty planned end is none.
    // Text that is no time is kept as typed (cast, not read): the form's validation names it and
    // nothing is saved until it reads; the schedule preview refuses it meanwhile.
    start: readClock(start) ?? (start as LocalTime),
    plannedEnd: plannedEnd === null || plannedEnd.trim() === '' ? null : (readClock(plannedEnd) ?? (plannedEnd as LocalTime)),
    items: draft.items.map((item, i) => toAgendaItem(item, i + 1, draft.meeting)),
  };
}

/** The draft with punkt `index` moved by `by` places (clamped to the list). */
export function moveItem(items: readonly DraftItem[], index: number, by: number): DraftItem[] {
  const to = Math.max(0, Math.min(items.length - 1, index + by));
  const next = [...items];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}
