/**
 * The pieces of a punkt as the renderer writes them, shared by the renderer and its check
 * (render-check.ts): the heading's title, and the sections with the field each one comes from.
 */
import { MONTHS, dateParts, pad2, weekdayName } from './danish-calendar';
import type { AgendaItem, Meeting, Participant, Section, TimeSlot } from './meeting';

/** A section to write, with the path (within the item) of the field it comes from. */
export interface SourcedSection {
  section: Section;
  path: (string | number)[];
}

/** `REFERAT Chefforum d. 13-03-2024`. */
export function kindLine(meeting: Meeting): string {
  const { year, month, day } = dateParts(meeting.date);
  return `${meeting.kind === 'referat' ? 'REFERAT' : 'DAGSORDEN'} ${meeting.forum} d. ${pad2(day)}-${pad2(month)}-${pad4(year)}`;
}

/** `Mødedato Onsdag d. 13. marts 2024 kl. 09:00`, with `-12:00` when the planned end is known. */
export function dateLine(meeting: Meeting): string {
  const { year, month, day } = dateParts(meeting.date);
  const end = meeting.plannedEnd ? `-${meeting.plannedEnd}` : '';
  return `Mødedato ${weekdayName(meeting.date)} d. ${pad2(day)}. ${MONTHS[month - 1] ?? ''} ${pad4(year)} kl. ${meeting.start}${end}`;
}

// The format writes four-digit years; the parser reads exactly four.
const pad4 = (year: number): string => String(year).padStart(4, '0');

/** `Forperson Henrik Harder (Kommunaldirektør)`. */
export function participantText(p: Participant): string {
  return `${p.chair ? 'Forperson ' : ''}${p.name}${p.role === null ? '' : ` (${p.role})`}`;
}

/** The title as written in the heading: prefix, title and slot; a closed punkt is only "Lukket". */
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
 * The item's sections plus any a derived field needs but the sections lack. The sections are
 * authoritative: a derived field (decision, recommendation, history, Bilag) only matters when a
 * meeting was built elsewhere (JSON, the UI) without the matching section, and is then written
 * as a section of its own. A duration needs an Anledning to be written under.
 */
export function documentSections(item: AgendaItem): SourcedSection[] {
  const sections: SourcedSection[] = item.sections.map((section, k) => ({ section, path: ['sections', k, 'text'] }));
  const has = (heading: Section['heading']): boolean => item.sections.some((s) => s.heading === heading);
  if (item.durationMinutes !== null && !has('Anledning')) {
    const anledning = { section: { heading: 'Anledning' as const, text: '' }, path: ['durationMinutes'] };
    sections.splice(sections[0]?.section.heading === '' ? 1 : 0, 0, anledning);
  }
  if (item.recommendation && !has('Indstilling')) {
    const { by, points } = item.recommendation;
    const lines = [...(by ? [`${by} indstiller,`] : []), ...points.map((p, i) => `${i + 1}. ${p}`)];
    sections.push({ section: { heading: 'Indstilling', text: lines.join('\n') }, path: ['recommendation'] });
  }
  if (item.history && !has('Historik')) sections.push({ section: { heading: 'Historik', text: item.history }, path: ['history'] });
  if (item.decision && !has('Beslutning')) sections.push({ section: { heading: 'Beslutning', text: item.decision }, path: ['decision'] });
  if (item.attachments.length > 0 && !has('Bilag')) {
    sections.push({ section: { heading: 'Bilag', text: item.attachments.join('\n') }, path: ['attachments'] });
  }
  return sections;
}
