/**
 * Reading a .docx in tests as Word would: unzip it, take a part's XML, and its text runs.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The XML of a part of the .docx (a zip), e.g. `word/document.xml`. */
export function docxPart(bytes: Uint8Array, part: string): string {
  const file = unzipSync(bytes)[part];
  if (!file) throw new Error(`no ${part} in the document`);
  return strFromU8(file);
}

/** The names of the parts in the .docx. */
export function docxParts(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text runs of a part's XML, decoded, one run a line (the builder writes a line of a paragraph as one run). */
export function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_e, name: string) => ENTITIES[name] ?? ''))
    .join('\n');
}
