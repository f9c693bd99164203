/**
 * The renderer: a Meeting → the forum's document format (../../shared/spec/referat-format.md).
 * `parseDocument(renderDocument(m))` gives back `m` for every meeting the parser produces.
 *
 * The sections are authoritative: they are written as they are. The derived fields only matter
 * when a meeting was built elsewhere (JSON, the UI) without the matching section: then a
 * decision, recommendation, history or attachment list is written as a section of its own.
 */
import { MONTHS, dateParts, pad2, weekdayName } from './danish-calendar';
import type { AgendaItem, Meeting, Participant, Section, TimeSlot } from './meeting';
import { isTocEntry } from './parse-header';
import { itemHeading } from './parse-item';

/** Renders a meeting as a document; paragraphs separated by blank lines, ending in a newline. */
export function renderDocument(meeting: Meeting): string {
  const blocks: string[] = [];
  const { year, month, day } = dateParts(meeting.date);
  blocks.push(`${meeting.kind === 'referat' ? 'REFERAT' : 'DAGSORDEN'} ${meeting.forum} d. ${pad2(day)}-${pad2(month)}-${year}`);
  const end = meeting.plannedEnd ? `-${meeting.plannedEnd}` : '';
  blocks.push(
    `Mødedato ${weekdayName(meeting.date)} d. ${pad2(day)}. ${MONTHS[month - 1] ?? ''} ${year} kl. ${meeting.start}${end}`,
  );
  if (meeting.location) blocks.push(`Mødested ${meeting.location}`);
  if (meeting.participants.length > 0) blocks.push(`Mødedeltagere ${meeting.participants.map(participant).join(', ')}`);
  // Loops rather than push(...xs): a spread of half a million lines overflows the stack.
  for (const line of meeting.preamble) blocks.push(line);
  const toc = meeting.items.map(tocEntry).filter((line): line is string => line !== null);
  if (toc.length > 0) blocks.push('Indholdsfortegnelse');
  for (const line of toc) blocks.push(line);
  for (const item of meeting.items) for (const block of renderItem(item)) blocks.push(block);
  return `${blocks.join('\n\n')}\n`;
}

function participant(p: Participant): string {
  return `${p.chair ? 'Forperson ' : ''}${p.name}${p.role === null ? '' : ` (${p.role})`}`;
}

/** The title as written in the heading: prefix, title and slot. */
export function headingTitle(item: AgendaItem): string {
  const title = item.closed ? 'Lukket' : item.prefix ? `${item.prefix} - ${item.title}` : item.title;
  return item.slot ? `${title} ${slotText(item.slot)}`.trim() : title;
}

/** `(9.00-9.20)`: the documents write slot hours without a leading zero. */
function slotText(slot: TimeSlot): string {
  const short = (t: string): string => `${Number(t.slice(0, 2))}.${t.slice(3, 5)}`;
  return `(${short(slot.start)}-${short(slot.end)})`;
}

/**
 * A table-of-contents line. The model has no page numbers, so the line ends in dots only.
 * Entries that would read back as something else (a header line, a punkt heading) are left out.
 */
function tocEntry(item: AgendaItem): string | null {
  const line = `${headingTitle(item)}.....`;
  const word = (line.split(/\s/, 1)[0] ?? '').replace(/:$/, '');
  const special = ['Mødedato', 'Mødested', 'Mødedeltagere', 'Indholdsfortegnelse'].includes(word);
  return special || itemHeading(line) || !isTocEntry(line) ? null : line;
}

function renderItem(item: AgendaItem): string[] {
  const blocks = [`Punkt ${item.number}: ${headingTitle(item)}`, item.caseNumber];
  const sections = withDerivedSections(item);
  let durationWritten = false;
  for (const section of sections) {
    if (section.heading !== '') blocks.push(section.heading);
    if (section.heading === 'Anledning' && !durationWritten && item.durationMinutes !== null) {
      blocks.push(`(${item.durationMinutes} min.)`);
      durationWritten = true;
    }
    if (section.text !== '') blocks.push(section.text);
  }
  return blocks;
}

/** The item's sections plus any a derived field needs but the sections lack (see the file comment). */
function withDerivedSections(item: AgendaItem): Section[] {
  const sections = [...item.sections];
  const has = (heading: Section['heading']): boolean => sections.some((s) => s.heading === heading);
  if (item.durationMinutes !== null && !has('Anledning')) {
    sections.splice(sections[0]?.heading === '' ? 1 : 0, 0, { heading: 'Anledning', text: '' });
  }
  if (item.recommendation && !has('Indstilling')) {
    const { by, points } = item.recommendation;
    const lines = [...(by ? [`${by} indstiller,`] : []), ...points.map((p, i) => `${i + 1}. ${p}`)];
    sections.push({ heading: 'Indstilling', text: lines.join('\n') });
  }
  if (item.history && !has('Historik')) sections.push({ heading: 'Historik', text: item.history });
  if (item.decision && !has('Beslutning')) sections.push({ heading: 'Beslutning', text: item.decision });
  if (item.attachments.length > 0 && !has('Bilag')) sections.push({ heading: 'Bilag', text: item.attachments.join('\n') });
  return sections;
}
