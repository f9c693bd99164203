/**
 * The public referat leaves the building by default: for every fixture with a punkt closed, no
 * version (text, HTML, DOCX, OParl) holds anything of that punkt but its number, case number,
 * slot and "Lukket" (issue #14, Tests). The fixtures have no closed punkt of their own, so each
 * test closes the fixture's punkt with the most content.
 */
import { describe, expect, it } from 'vitest';
import text2017 from '../../tests/fixtures/referater/chefforum-2017-03-02.txt?raw';
import text2021 from '../../tests/fixtures/referater/chefforum-2021-09-02.txt?raw';
import text2024 from '../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { docxPart, docxText } from '../../tests/helpers/documents/docx-text';
import type { Meeting } from '../domain/meeting';
import { parseDocument } from '../domain/parse';
import { renderDocument } from '../domain/render';
import { oparlMeeting } from '../domain/referat/oparl';
import { referatHtml } from '../domain/referat/referat-html';
import { referatText } from '../domain/referat/referat-text';
import { referatDocxBytes } from './referat-docx';

/** The fixture with its longest punkt closed, and the lines of that punkt no other part of the document holds. */
function withClosedPunkt(source: string): { meeting: Meeting; secrets: string[] } {
  const m = parseDocument(source);
  const size = (i: Meeting['items'][number]) => i.sections.reduce((n, s) => n + s.text.length, 0);
  const target = m.items.reduce((a, b) => (size(b) > size(a) ? b : a));
  const meeting = { ...m, items: m.items.map((i) => (i === target ? { ...i, closed: true } : i)) };
  const rest = renderDocument({ ...m, items: m.items.filter((i) => i !== target) }, { internal: true });
  const own = [target.title, ...target.sections.flatMap((s) => s.text.split('\n'))].map((l) => l.trim());
  const secrets = own.filter((l) => l.length >= 12 && !rest.includes(l));
  return { meeting, secrets };
}

const FIXTURES = [
  ['2017-03-02', text2017],
  ['2021-09-02', text2021],
  ['2024-03-13', text2024],
] as const;

describe.each(FIXTURES)('public referat of fixture %s with a closed punkt', (_name, source) => {
  const { meeting, secrets } = withClosedPunkt(source);

  it('the closed punkt has content to leak (the internal versions hold it)', async () => {
    expect(secrets.length).toBeGreaterThan(3);
    const internal = [
      referatText(meeting, { internal: true }),
      referatHtml(meeting, { internal: true }),
      docxText(docxPart(await referatDocxBytes(meeting, { internal: true }), 'word/document.xml')),
    ];
    for (const version of internal) expect(secrets.filter((s) => version.includes(s))).not.toEqual([]);
  });

  it('text: none of it', () => {
    const text = referatText(meeting);
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  });

  it('HTML: none of it (unescaped text compared, as a reader sees it)', () => {
    const html = referatHtml(meeting)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(secrets.filter((s) => html.includes(s))).toEqual([]);
  });

  it('DOCX: none of it in the document', async () => {
    const bytes = await referatDocxBytes(meeting);
    const text = docxText(docxPart(bytes, 'word/document.xml'));
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  });

  it('OParl: none of it in any value', () => {
    const out = oparlMeeting(meeting, { baseUrl: 'https://punkt.example.dk/oparl', meetingId: 'x|2024-01-01T08:00:00Z' });
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(out);
    expect(secrets.filter((s) => strings.some((v) => v.includes(s)))).toEqual([]);
  });
});
