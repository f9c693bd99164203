import { describe, expect, it } from 'vitest';
import { bilagOf, formatBilag, isOpenableUrl, parseBilag } from './bilag';
import { parseDocument } from './parse';
import { renderDocument } from './render';

const URL_1 = 'https://kommune.sharepoint.com/sites/chefforum/Delte%20dokumenter/Bilag/2024/2024-03-13/Notat.pdf';
const URL_2 = 'https://kommune.sharepoint.com/sites/chefforum/Delte%20dokumenter/Bilag%20(lukket)/2024/2024-03-13/Sag.docx';

const doc = (bilag: string[]) =>
  [
    'DAGSORDEN Chefforum d. 13-03-2024',
    'Mødedato Onsdag d. 13. marts 2024 kl. 09:00',
    'Punkt 1: CF - Åbent punkt (9.00-9.20)',
    '00.01.00-P35-7-23',
    'Bilag',
    ...bilag,
    'Punkt 2: Lukket (9.30-10.00)',
    '00.30.14-S00-15-20',
    'Bilag',
    formatBilag({ name: 'Fortrolig sag.docx', url: URL_2 }),
  ].join('\n');

describe('Bilag lines (spec "Bilag": one attachment per line, a link after the name)', () => {
  it('reads a name followed by its address in angle brackets', () => {
    expect(parseBilag(`Bilag 1 - Notat.pdf <${URL_1}>`)).toEqual({ name: 'Bilag 1 - Notat.pdf', url: URL_1 });
  });

  it('keeps an older name-only line a name, and a bare https line its own link', () => {
    expect(parseBilag('1. Notat_Oplæg om x.docx')).toEqual({ name: '1. Notat_Oplæg om x.docx', url: null });
    expect(parseBilag(URL_1)).toEqual({ name: URL_1, url: URL_1 });
  });

  it('keeps an address that may not be opened part of the name (javascript:, file:, http elsewhere)', () => {
    for (const line of ['a <javascript:alert(1)>', 'a <file:///C:/x.pdf>', 'a <http://evil.example/x.pdf>']) {
      expect(parseBilag(line)).toEqual({ name: line, url: null });
    }
    expect(isOpenableUrl('http://localhost:5173/_punkt/files/1/s')).toBe(true);
    expect(isOpenableUrl('http://example.com/x')).toBe(false);
  });

  it('writes a name on one line and leaves out a link that may not be opened', () => {
    expect(formatBilag({ name: 'Notat\n2024.pdf', url: URL_1 })).toBe(`Notat 2024.pdf <${URL_1}>`);
    expect(formatBilag({ name: 'Notat.pdf', url: 'javascript:alert(1)' })).toBe('Notat.pdf');
    expect(formatBilag({ name: 'Notat.pdf', url: null })).toBe('Notat.pdf');
  });

  it('round-trips linked and name-only Bilag through the document format', () => {
    const bilag = [
      { name: 'Bilag 1 - Notat.pdf', url: URL_1 },
      { name: 'Tryghedspolitikken 2024-2026', url: null },
    ];
    const meeting = parseDocument(doc(bilag.map(formatBilag)));
    expect(bilagOf(meeting.items[0]!.attachments)).toEqual(bilag);
    const again = parseDocument(renderDocument(meeting, { internal: true }));
    expect(bilagOf(again.items[0]!.attachments)).toEqual(bilag);
    expect(bilagOf(again.items[1]!.attachments)).toEqual([{ name: 'Fortrolig sag.docx', url: URL_2 }]);
  });

  it("never writes a closed punkt's Bilag, name or link, in the public version", () => {
    const out = renderDocument(parseDocument(doc([formatBilag({ name: 'Notat.pdf', url: URL_1 })])));
    expect(out).toContain(URL_1);
    expect(out).not.toContain('Fortrolig');
    expect(out).not.toContain('lukket');
  });
});
