/**
 * The document parser: an agenda (DAGSORDEN) or minutes (REFERAT) in the forum's text format
 * → a Meeting. The format is in ../../shared/spec/referat-format.md.
 *
 * Malformed input gives a ParseError naming the line and what was expected, and nothing else:
 * every step is total over strings, and the patterns are chosen so a huge line stays linear.
 * Text the parser does not recognise is kept (in the current section or `meeting.preamble`).
 */
import { decisionStatus } from './decision';
import type { AgendaItem, IsoDate, Meeting, MeetingKind, Section, SectionHeading } from './meeting';
import { parseHeader } from './parse-header';
import { itemHeading, parseItem } from './parse-item';
import type { RawItem } from './parse-item';
import { parseRecommendation } from './recommendation';
import { toLines } from './source-lines';

export { ParseError } from './parse-error';

/** Parses a whole document. Throws ParseError (only) when the text is not in the format. */
export function parseDocument(text: string): Meeting {
  const lines = toLines(text);
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i += 1) if (itemHeading(lines[i]!.text)) starts.push(i);
  const header = parseHeader(lines, starts[0] ?? lines.length);
  const items = starts.map((at, k) => {
    const raw = parseItem(lines, at, starts[k + 1] ?? lines.length);
    return completeItem(raw, header.kind, header.date);
  });
  return {
    kind: header.kind,
    forum: header.forum,
    date: header.date,
    start: header.start,
    plannedEnd: header.plannedEnd,
    location: header.location,
    participants: header.participants,
    preamble: header.preamble,
    items,
  };
}

/**
 * Fills in the fields derived from the sections: recommendation, decision, history,
 * attachments, status. Exported for the renderer's tests and for JSON input.
 */
export function completeItem(raw: RawItem, kind: MeetingKind, meetingDate: IsoDate): AgendaItem {
  const decisionText = sectionText(raw.sections, 'Beslutning');
  // In an agenda the decision is not taken yet, whatever a template left under Beslutning.
  const decision = kind === 'dagsorden' ? null : decisionText;
  const recommendationText = sectionText(raw.sections, 'Indstilling');
  const attachments = raw.sections
    .filter((s) => s.heading === 'Bilag')
    .flatMap((s) => s.text.split('\n'))
    .filter((l) => l !== '');
  const { status, postponedTo } = decisionStatus(decision, meetingDate);
  return {
    ...raw,
    recommendation: recommendationText === null ? null : parseRecommendation(recommendationText),
    decision,
    history: sectionText(raw.sections, 'Historik'),
    attachments,
    status,
    postponedTo,
  };
}

/** The text of all sections with this heading, or null when there is none or it is empty. */
function sectionText(sections: readonly Section[], heading: SectionHeading): string | null {
  const text = sections
    .filter((s) => s.heading === heading && s.text !== '')
    .map((s) => s.text)
    .join('\n\n');
  return text === '' ? null : text;
}
