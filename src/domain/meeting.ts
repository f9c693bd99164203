/**
 * The meeting model: one agenda (dagsorden) or set of minutes (referat) of a forum.
 * Pure data, no behaviour; see ../../shared/spec/referat-format.md for the document format.
 */

import type { IsoDate, LocalTime } from './brands';

// The time types are branded strings made only by the constructors in brands.ts.
export type { IsoDate, LocalTime };

export type MeetingKind = 'referat' | 'dagsorden';

export interface Participant {
  name: string;
  /** The role in parentheses after the name, or null when none is given. */
  role: string | null;
  /** True for the chair ("Forperson"/"Formand"). */
  chair: boolean;
}

export interface Meeting {
  kind: MeetingKind;
  forum: string;
  date: IsoDate;
  start: LocalTime;
  /** Planned end when the document or calendar states it, otherwise null. */
  plannedEnd: LocalTime | null;
  location: string | null;
  participants: Participant[];
  /** Header lines the parser did not recognise, kept so nothing is dropped. */
  preamble: string[];
  items: AgendaItem[];
}

/** The section headings the format knows, exactly as written in documents. */
export const SECTION_HEADINGS = [
  'Anledning',
  'Sagsfremstilling',
  'Supplerende Sagsfremstilling',
  'Indstilling',
  'Historik',
  'Beslutning',
  'Bilag',
] as const;
export type SectionHeading = (typeof SECTION_HEADINGS)[number];

export interface Section {
  /** The heading as written; '' for text between the case number and the first heading. */
  heading: SectionHeading | '';
  /** Lines of the section; paragraphs separated by one empty line; no leading/trailing blank lines. */
  text: string;
}

export interface TimeSlot {
  start: LocalTime;
  end: LocalTime;
}

export interface Recommendation {
  /** Who recommends, without the verb: "Kommunaldirektøren". Null when not stated. */
  by: string | null;
  points: string[];
}

export type ItemStatus = 'approved' | 'noted' | 'discussed' | 'postponed' | 'none';

export interface AgendaItem {
  number: number;
  /** Forum prefix such as "CF" or "DIF/CF"; null for a closed item or a title without one. */
  prefix: string | null;
  title: string;
  caseNumber: string;
  closed: boolean;
  slot: TimeSlot | null;
  durationMinutes: number | null;
  /** Every section in document order. The fields below are derived from these. */
  sections: Section[];
  recommendation: Recommendation | null;
  decision: string | null;
  history: string | null;
  attachments: string[];
  status: ItemStatus;
  /** For a postponed item, the date of the meeting it was postponed to, when stated. */
  postponedTo: IsoDate | null;
}
