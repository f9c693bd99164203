import { describe, expect, it } from 'vitest';
import type { Meeting } from './meeting';
import { ParseError, parseDocument as parseOnly } from './parse';
import { renderDocument } from './render';

// Every hand-written document here also checks the round trip parse(render(parse(x))) = parse(x).
const parseDocument = (text: string): Meeting => {
  const meeting = parseOnly(text);
  expect(parseOnly(renderDocument(meeting))).toEqual(meeting);
  return meeting;
};

const HEAD = ['REFERAT Chefforum d. 13-03-2024', 'Mødedato Onsdag d. 13. marts 2024 kl. 09:00', 'Mødested 915'];
const doc = (...lines: string[]): string => [...HEAD, ...lines].join('\n');
const item = (heading: string, ...body: string[]) => parseDocument(doc(heading, '00.01.00-P35-7-23', ...body)).items[0]!;
const parseError = (text: string): ParseError => {
  try {
    parseDocument(text);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
};

describe('parseDocument: header (spec "Document")', () => {
  it('reads kind, forum, date, start and location', () => {
    const m = parseDocument(doc());
    expect(m).toMatchObject({ kind: 'referat', forum: 'Chefforum', date: '2024-03-13', start: '09:00', location: '915' });
    expect(m).toMatchObject({ plannedEnd: null, participants: [], preamble: [], items: [] });
  });

  it('reads a DAGSORDEN as kind dagsorden', () => {
    expect(parseDocument('DAGSORDEN Chefforum d. 04-04-2024\nMødedato Torsdag d. 4. april 2024 kl. 9.00').kind).toBe('dagsorden');
  });

  it.each([
    ['kl. 9.00', '09:00', null],
    ['kl. 09:00-12:00', '09:00', '12:00'],
    ['kl. 9.00 - 12.00', '09:00', '12:00'],
    ['kl. 8.30 – 11.45', '08:30', '11:45'],
  ])('spec "Mødedato": %s → start %s, planned end %s', (time, start, plannedEnd) => {
    const m = parseDocument(`REFERAT Chefforum d. 13-03-2024\nMødedato Onsdag d. 13. marts 2024 ${time}`);
    expect(m.start).toBe(start);
    expect(m.plannedEnd).toBe(plannedEnd);
  });

  it('accepts "Kl." and a colon after the labels', () => {
    const m = parseDocument('REFERAT Chefforum d. 13-03-2024\nMødedato: Onsdag d. 13. marts 2024 Kl. 10.15\nMødested: 915');
    expect(m).toMatchObject({ start: '10:15', location: '915' });
  });

  it('reads participants "Name (Role)", commas inside parentheses not splitting; a leading Forperson marks the chair', () => {
    const m = parseDocument(
      doc(
        'Mødedeltagere Forperson Henrik Harder (Kommunaldirektør), René Olesen (Afdelingschef Kultur, Fritid & Erhverv), Gæst Uden Rolle',
      ),
    );
    expect(m.participants).toEqual([
      { name: 'Henrik Harder', role: 'Kommunaldirektør', chair: true },
      { name: 'René Olesen', role: 'Afdelingschef Kultur, Fritid & Erhverv', chair: false },
      { name: 'Gæst Uden Rolle', role: null, chair: false },
    ]);
  });

  it('reads a participants line of half a million entries without overflowing the stack', () => {
    expect(parseOnly(doc(`Mødedeltagere ${'a,'.repeat(500_000)}`)).participants).toHaveLength(500_000);
  });

  it('accepts "Formand" for the chair too', () => {
    expect(parseDocument(doc('Mødedeltagere Formand Anne Ås (Borgmester)')).participants).toEqual([
      { name: 'Anne Ås', role: 'Borgmester', chair: true },
    ]);
  });

  it('spec "Indholdsfortegnelse": recognises TOC lines (item headings are authoritative) and keeps other header text in the preamble', () => {
    const m = parseDocument(
      doc(
        'Indholdsfortegnelse',
        'CF – Godkendelse af dago.....\t3',
        'CF - Evt.....\t14',
        'CF - Uden prikker\t15',
        'CF - Som gengivet.....',
        'En note fra sekretæren',
        'Side 2',
        'Punkt 1: CF - Evt.',
        '00.01.00-P35-7-23',
      ),
    );
    expect(m.preamble).toEqual(['En note fra sekretæren', 'Side 2']);
    expect(m.items.map((i) => i.title)).toEqual(['Evt.']);
  });

  it('accepts CRLF, a BOM, lines holding one space and NBSP', () => {
    const text =
      '\uFEFFREFERAT Chefforum d. 13-03-2024\r\n \r\nMødedato\u00a0Onsdag d. 13. marts 2024 kl. 09:00\r\n\u00a0\r\nPunkt 1: CF - Evt.\r\n00.01.00-P35-7-23\r\nBeslutning\u00a0\r\n \r\nIntet.\r\n';
    const m = parseDocument(text);
    expect(m.start).toBe('09:00');
    expect(m.items[0]!.sections).toEqual([{ heading: 'Beslutning', text: 'Intet.' }]);
  });

  it.each([
    ['', 1, 'REFERAT|DAGSORDEN'],
    ['Hej med dig', 1, 'REFERAT|DAGSORDEN'],
    ['REFERAT Chefforum d. 31-02-2024\nMødedato Onsdag d. 13. marts 2024 kl. 09:00', 1, 'REFERAT|DAGSORDEN'],
    ['REFERAT Chefforum d. 13-03-2024\nMødedato i morgen', 2, 'Mødedato'],
    ['REFERAT Chefforum d. 13-03-2024\nMødedato Onsdag d. 13. marts 2024 kl. 25.00', 2, 'Mødedato'],
    ['REFERAT Chefforum d. 13-03-2024\nMødested 915\nPunkt 1: CF - Evt.\n00.01.00-P35-7-23', 3, 'Mødedato'],
  ])('malformed header %j → ParseError at line %i', (text, line, expected) => {
    const error = parseError(text);
    expect(error.line).toBe(line);
    expect(error.expected).toContain(expected);
  });
});

describe('parseDocument: punkt headings (spec "Agenda item")', () => {
  it.each([
    ['Punkt 1: CF - Godkendelse', 'CF', 'Godkendelse'],
    ['Punkt 1: CF – Godkendelse af dagsorden og referat', 'CF', 'Godkendelse af dagsorden og referat'],
    ['Punkt 8: CF- Fælles journaliseringspraksis', 'CF', 'Fælles journaliseringspraksis'],
    ['Punkt 2: DIF/CF - Ny hjemmeside – ansvar og løft i fremtiden', 'DIF/CF', 'Ny hjemmeside – ansvar og løft i fremtiden'],
    ['Punkt 3: Temadrøftelse uden præfiks', null, 'Temadrøftelse uden præfiks'],
  ])('%s → prefix %s, title %s', (heading, prefix, title) => {
    expect(item(heading)).toMatchObject({ prefix, title, closed: false, slot: null });
  });

  it.each([
    ['Punkt 2: CF - Ny hjemmeside (9.00-9.20)', { start: '09:00', end: '09:20' }],
    ['Punkt 2: CF - Ny hjemmeside (10.45–11.15)', { start: '10:45', end: '11:15' }],
  ])('spec "Time slot": strips %s into a zero-padded slot', (heading, slot) => {
    expect(item(heading)).toMatchObject({ title: 'Ny hjemmeside', slot });
  });

  it('keeps a slot-like text that is not a time of day in the title', () => {
    expect(item('Punkt 2: CF - Ny (9.75-9.80)')).toMatchObject({ title: 'Ny (9.75-9.80)', slot: null });
  });

  it('spec "Closed item": Punkt 6: Lukket with only a case number', () => {
    const m = parseDocument(doc('Punkt 6: Lukket', '00.30.14-S00-15-20', 'Punkt 7: CF - Evt.', '00.01.00-P35-7-23'));
    expect(m.items[0]).toMatchObject({
      number: 6,
      closed: true,
      title: 'Lukket',
      prefix: null,
      sections: [],
      caseNumber: '00.30.14-S00-15-20',
    });
    expect(m.items[1]).toMatchObject({ number: 7, closed: false });
  });

  it('spec "Case number": a line after the heading that is not one is a ParseError naming the punkt', () => {
    const error = parseError(doc('', 'Punkt 3: CF - Budget', '', '00.01.00-P35-7', 'Anledning'));
    expect(error.line).toBe(7);
    expect(error.message).toBe("expected a case number (dd.dd.dd-Xdd-n-yy) after 'Punkt 3: CF - Budget', found '00.01.00-P35-7'");
  });

  it('a punkt heading on the last line is a ParseError (no case number)', () => {
    expect(parseError(doc('Punkt 1: CF - Evt.')).expected).toContain('case number');
  });

  it('several items may share one case number', () => {
    const m = parseDocument(doc('Punkt 1: A', '00.01.00-P35-7-23', 'Punkt 2: B', '00.01.00-P35-7-23'));
    expect(m.items.map((i) => i.caseNumber)).toEqual(['00.01.00-P35-7-23', '00.01.00-P35-7-23']);
  });
});
