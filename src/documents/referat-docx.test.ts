import { describe, expect, it } from 'vitest';
import text2017 from '../../tests/fixtures/referater/chefforum-2017-03-02.txt?raw';
import text2021 from '../../tests/fixtures/referater/chefforum-2021-09-02.txt?raw';
import text2024 from '../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { docxPart, docxParts, docxText } from '../../tests/helpers/documents/docx-text';
import { parseDocument } from '../domain/parse';
import { referatDocxBytes } from './referat-docx';

/** The non-empty lines of a text. */
const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

describe('referatDocxBytes: the Word document', () => {
  it.each([
    ['2017-03-02', text2017],
    ['2021-09-02', text2021],
    ['2024-03-13', text2024],
  ])('fixture %s: document.xml holds every title, case number and decision', async (_name, source) => {
    const m = parseDocument(source);
    const text = docxText(docxPart(await referatDocxBytes(m), 'word/document.xml'));
    for (const item of m.items) {
      for (const line of [...lines(item.title), item.caseNumber, ...lines(item.decision ?? '')])
        expect(text.includes(line.trim()), line).toBe(true);
    }
  });

  it('has heading styles, a TOC field, page numbers and the header block', async () => {
    const bytes = await referatDocxBytes(parseDocument(text2024));
    const xml = docxPart(bytes, 'word/document.xml');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toMatch(/TOC \\[^<]*/);
    expect(xml).toContain('Mødedeltagere');
    expect(xml).toContain('Forperson Henrik Harder (Kommunaldirektør)');
    const footers = docxParts(bytes).filter((p) => /^word\/footer\d*\.xml$/.test(p));
    expect(footers.map((p) => docxPart(bytes, p)).join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });
});
