/**
 * The renderer: a Meeting → the forum's document format (../../shared/spec/referat-format.md).
 * `parseDocument(renderDocument(m, { internal: true }))` gives back `m` for every meeting the
 * parser produces. A meeting whose document would not read back is refused with one RenderError
 * (render-check.ts).
 *
 * Closed punkter (Lukket) are written as the public may read them unless the caller asks for the
 * internal version: the heading `Punkt N: Lukket` (with its slot) and the case number, nothing else.
 */
import { publicDocumentPart } from './closed-redaction';
import type { AgendaItem, Meeting } from './meeting';
import { headerLabel, isTocEntry } from './parse-header';
import { itemHeading } from './parse-item';
import { checkRenderable } from './render-check';
import { dateLine, documentSections, headingTitle, kindLine, participantText } from './render-parts';

export { RenderError, type RenderProblem } from './render-check';

/** How to render. */
export interface RenderOptions {
  /**
   * Write the content of closed punkter (sections, decision): only for those allowed to read
   * them. Default false: the public version, fit for an invitation.
   */
  internal?: boolean;
}

/**
 * Renders a meeting as a document; paragraphs separated by blank lines, ending in a newline.
 * Throws RenderError (only) when a field would not read back as written.
 */
export function renderDocument(meeting: Meeting, options: RenderOptions = {}): string {
  const m = options.internal ? meeting : { ...meeting, items: meeting.items.map(publicDocumentPart) };
  checkRenderable(m);
  const blocks: string[] = [kindLine(m), dateLine(m)];
  if (m.location) blocks.push(`Mødested ${m.location}`);
  if (m.participants.length > 0) blocks.push(`Mødedeltagere ${m.participants.map(participantText).join(', ')}`);
  // Loops rather than push(...xs): a spread of half a million lines overflows the stack.
  for (const line of m.preamble) blocks.push(line);
  const toc = m.items.map(tocEntry).filter((line): line is string => line !== null);
  if (toc.length > 0) blocks.push('Indholdsfortegnelse');
  for (const line of toc) blocks.push(line);
  for (const item of m.items) for (const block of renderItem(item)) blocks.push(block);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * A table-of-contents line. The model has no page numbers, so the line ends in dots only.
 * Entries that would read back as something else (a header line, a punkt heading) are left out.
 */
function tocEntry(item: AgendaItem): string | null {
  const line = `${headingTitle(item)}.....`;
  return headerLabel(line) || itemHeading(line) || !isTocEntry(line) ? null : line;
}

function renderItem(item: AgendaItem): string[] {
  const blocks = [`Punkt ${item.number}: ${headingTitle(item)}`, item.caseNumber];
  let durationWritten = false;
  for (const { section } of documentSections(item)) {
    if (section.heading !== '') blocks.push(section.heading);
    if (section.heading === 'Anledning' && !durationWritten && item.durationMinutes !== null) {
      blocks.push(`(${item.durationMinutes} min.)`);
      durationWritten = true;
    }
    if (section.text !== '') blocks.push(section.text);
  }
  return blocks;
}
