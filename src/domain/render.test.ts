import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import text2017 from '../../tests/fixtures/referater/chefforum-2017-03-02.txt?raw';
import text2021 from '../../tests/fixtures/referater/chefforum-2021-09-02.txt?raw';
import text2024 from '../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import type { Meeting } from './meeting';
import { ParseError, parseDocument } from './parse';
import { renderDocument } from './render';

// The internal version: the public one leaves out a closed punkt's content (render-closed.test.ts).
const roundTrips = (text: string): void => {
  const once = parseDocument(text);
  expect(parseDocument(renderDocument(once, { internal: true }))).toEqual(once);
};

const HEAD = 'REFERAT Chefforum d. 13-03-2024\nMødedato Onsdag d. 13. marts 2024 kl. 09:00\n';
const DOCUMENTS: Record<string, string> = {
  'agenda with planned end, participants and preamble':
    'DAGSORDEN Chefforum d. 04-04-2024\nMødedato Torsdag d. 4. april 2024 kl. 9.00 - 12.00\nMødested 915\n' +
    'Mødedeltagere Formand A (Rolle, Afd.), B, C (Chef (konst.))\nEn løs linje\nIndholdsfortegnelse\nCF - X.....\t3\nIkke en TOC-linje\n' +
    'Punkt 1: CF - X\n00.01.00-P35-7-23\nBeslutning\nUdfyldes.',
  'slots, closed item, prefixes': `${HEAD}Punkt 1: CF – A (9.00-9.20)\n00.01.00-P35-7-23\nPunkt 2: Lukket\n00.30.14-S00-15-20\nPunkt 3: DIF/CF - B (10.45–11.15)\n84.07.00-A00-1-23\nPunkt 4: Uden præfiks\n84.07.00-A00-1-23\nPunkt 5: CF- C\n84.07.00-A00-1-23`,
  'duration and text before the first heading': `${HEAD}Punkt 1: CF - A\n00.01.00-P35-7-23\nEftersendes.\n\nAnledning\n(20 min.)\nFordi.\nSagsfremstilling\n(15 min.)`,
  'duration alone in Anledning': `${HEAD}Punkt 1: CF - A\n00.01.00-P35-7-23\nAnledning\n\n(5 min.)\n\nIndstilling\nK indstiller, at:\n- at a\n  fortsat\n- b`,
  'every section, out of order, empty Bilag': `${HEAD}Punkt 1: A\n00.01.00-P35-7-23\nIndstilling\nK indstiller\nat a\nat b\nSupplerende Sagsfremstilling\nS\nHistorik\nDirektørforum den 19. marts 2024:\nGodkendt\nBeslutning\nUdsat til den 10/4\nBilag\n\nAnledning\nA`,
};

describe('renderDocument: round trip parse(render(parse(x))) = parse(x)', () => {
  it.each([
    ['2017-03-02', text2017],
    ['2021-09-02', text2021],
    ['2024-03-13', text2024],
  ])('fixture %s', (_name, text) => roundTrips(text));

  it.each(Object.entries(DOCUMENTS))('hand-written document: %s', (_name, text) => roundTrips(text));

  it('writes the format: kind line, Mødedato with weekday and month, slot with unpadded hours, sections', () => {
    const out = renderDocument(parseDocument(DOCUMENTS['slots, closed item, prefixes']!));
    expect(out.startsWith('REFERAT Chefforum d. 13-03-2024\n\nMødedato Onsdag d. 13. marts 2024 kl. 09:00\n\n')).toBe(true);
    expect(out).toContain('Punkt 1: CF - A (9.00-9.20)\n\n00.01.00-P35-7-23\n\nPunkt 2: Lukket\n\n00.30.14-S00-15-20');
    expect(out).toContain('Indholdsfortegnelse\n\nCF - A (9.00-9.20).....\n\nLukket.....');
  });

  it('writes the planned end and the chair', () => {
    const out = renderDocument(parseDocument(DOCUMENTS['agenda with planned end, participants and preamble']!));
    expect(out).toContain('Mødedato Torsdag d. 04. april 2024 kl. 09:00-12:00');
    expect(out).toContain('Mødedeltagere Forperson A (Rolle, Afd.), B, C (Chef (konst.))');
  });

  it('renders half a million preamble lines and items without overflowing the stack', () => {
    const m = parseDocument(`${HEAD}${'løs linje\n'.repeat(500_000)}${'Punkt 1: A\n00.01.00-P35-7-23\n'.repeat(100_000)}`);
    expect(m.preamble).toHaveLength(500_000);
    expect(parseDocument(renderDocument(m)).items).toHaveLength(100_000);
  });

  it('writes derived fields that lack a section (a meeting built outside the parser)', () => {
    const m = parseDocument(`${HEAD}Punkt 1: CF - A\n00.01.00-P35-7-23`);
    const item = {
      ...m.items[0]!,
      decision: 'Chefforum godkendte.',
      attachments: ['a.pdf'],
      recommendation: { by: 'K', points: ['at a'] },
    };
    const again = parseDocument(renderDocument({ ...m, items: [item] })).items[0]!;
    expect(again).toMatchObject({
      decision: 'Chefforum godkendte.',
      attachments: ['a.pdf'],
      recommendation: { by: 'K', points: ['at a'] },
      status: 'approved',
    });
  });
});

// Lines that exercise the classifier: headings, look-alikes, markers, odd whitespace.
const TOKENS = [
  'Anledning',
  'Sagsfremstilling',
  'Supplerende Sagsfremstilling',
  'Indstilling',
  'Historik',
  'Beslutning',
  'Bilag',
  'Bilag 2 findes',
  '(20 min.)',
  '(9.00-9.20)',
  'CF - ',
  'CF– ',
  'DIF/CF - ',
  'Lukket',
  'indstiller,',
  ' indstiller',
  ', at:',
  '1. ',
  '- ',
  'at ',
  'At ',
  '.....',
  '\t3',
  'Mødested',
  'Indholdsfortegnelse',
  'Forperson ',
  '(',
  ')',
  ',',
  '\u00a0',
  ' ',
  'udsat til den 10/4',
  'godkendte',
  'æøå',
  '"',
  '–',
  'x',
];
const fragment = fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((parts) => parts.join(''));
const body = fc.array(fc.oneof(fragment, fc.constant('')), { maxLength: 12 });
const itemArb = fc.record({ title: fragment, caseNo: fc.constantFrom('00.01.00-P35-7-23', '84.07.00-A00-1-23'), body });
const documentArb = fc
  .record({
    kind: fc.constantFrom('REFERAT', 'DAGSORDEN'),
    header: fc.array(fragment, { maxLength: 4 }),
    items: fc.array(itemArb, { maxLength: 4 }),
  })
  .map(({ kind, header, items }) =>
    [
      `${kind} Chefforum d. 13-03-2024`,
      'Mødedato Onsdag d. 13. marts 2024 kl. 9.00',
      ...header.map((h) => (h.startsWith('Mødedato') ? `x${h}` : h)),
      ...items.flatMap((it, k) => [`Punkt ${k + 1}: ${it.title}`, it.caseNo, ...it.body]),
    ].join('\n'),
  );

describe('renderDocument: round trip over generated documents (fast-check)', () => {
  it('parse(render(m)) = m for every m the parser produces', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        let once: Meeting;
        try {
          once = parseDocument(text);
        } catch (error) {
          if (error instanceof ParseError) return;
          throw error;
        }
        expect(parseDocument(renderDocument(once, { internal: true }))).toEqual(once);
      }),
      { numRuns: 400, seed: 20240313 },
    );
  });
});
