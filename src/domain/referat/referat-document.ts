/**
 * A referat as blocks for the rich renderings (the print page and the Word document), built from
 * the same pieces as the text renderer (render-parts.ts) so the three say the same thing. The
 * public version writes a closed punkt as the public may read it (closed-redaction.ts): number,
 * "Lukket", slot and case number only.
 */
import { publicDocumentPart } from '../closed-redaction';
import type { Meeting, SectionHeading } from '../meeting';
import { dateLine, documentSections, headingTitle, kindLine, participantText } from '../render-parts';
import { withForumWording } from './forum-wording';

/** Which version: the internal one holds closed punkter in full. */
export interface ReferatOptions {
  internal?: boolean;
}

/** One section of a punkt: its heading ('' for text before the first heading) and its paragraphs. */
export interface ReferatSection {
  heading: SectionHeading | '';
  paragraphs: string[];
}

/** One punkt as written. */
export interface ReferatItem {
  number: number;
  /** `Punkt 2: CF - Title (9.00-9.20)`, `Punkt 6: Lukket` for a closed punkt. */
  heading: string;
  caseNumber: string;
  closed: boolean;
  sections: ReferatSection[];
}

/** The whole document. */
export interface ReferatDocument {
  /** `REFERAT Chefforum d. 13-03-2024`. */
  title: string;
  /** The header block: label and value (Mødedato, Mødested, Mødedeltagere). */
  header: { label: string; value: string }[];
  items: ReferatItem[];
}

/** Builds the referat's blocks; the public version unless `internal` is asked for. */
export function referatDocument(meeting: Meeting, options: ReferatOptions = {}): ReferatDocument {
  const worded = withForumWording(meeting);
  const m = options.internal ? worded : { ...worded, items: worded.items.map(publicDocumentPart) };
  const header = [{ label: 'Mødedato', value: dateLine(m).replace(/^Mødedato /, '') }];
  if (m.location) header.push({ label: 'Mødested', value: m.location });
  if (m.participants.length > 0) header.push({ label: 'Mødedeltagere', value: m.participants.map(participantText).join(', ') });
  const items = m.items.map((item) => {
    // As the text renderer: the duration is the first paragraph of the first Anledning.
    let duration = item.durationMinutes === null ? '' : `(${item.durationMinutes} min.)\n\n`;
    const sections = documentSections(item).map(({ section }) => {
      const text = section.heading === 'Anledning' ? `${duration}${section.text}` : section.text;
      if (section.heading === 'Anledning') duration = '';
      return { heading: section.heading, paragraphs: paragraphs(text) };
    });
    return {
      number: item.number,
      heading: `Punkt ${item.number}: ${headingTitle(item)}`,
      caseNumber: item.caseNumber,
      closed: item.closed,
      sections,
    };
  });
  return { title: kindLine(m), header, items };
}

/** Paragraphs of a section's text: separated by blank lines, lines within one kept apart. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
