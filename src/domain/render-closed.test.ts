import { describe, expect, it } from 'vitest';
import { punkt } from '../../tests/fakes/agenda-items';
import type { Meeting } from './meeting';
import { parseDocument } from './parse';
import { renderDocument } from './render';

// Punkt 2 is closed and holds everything a closed punkt can hold in the model: a real title and
// prefix (as the secretary typed them), a duration, sections, a recommendation and a decision.
const DOC = [
  'REFERAT Chefforum d. 13-03-2024',
  'Mødedato Onsdag d. 13. marts 2024 kl. 09:00',
  'Punkt 1: CF - Åbent punkt (9.00-9.20)',
  '00.01.00-P35-7-23',
  'Sagsfremstilling',
  'Alle må læse dette.',
  'Punkt 2: Lukket (9.30-10.00)',
  '00.30.14-S00-15-20',
  'Sagsfremstilling',
  'Fortrolig personsag om medarbejder NN.',
  'Indstilling',
  'Kommunaldirektøren indstiller,',
  '1. at NN afskediges',
  'Beslutning',
  'Chefforum godkendte afskedigelsen.',
  'Punkt 3: CF - Evt.',
  '00.01.00-P35-7-23',
].join('\n');

const SECRET = ['Fortrolig', 'NN', 'afskedig', 'Indstilling', 'Beslutning'];

/** The parsed document, with punkt 2 as the prepare form builds it: a title, prefix and duration too. */
function meeting(): Meeting {
  const m = parseDocument(DOC);
  const items = m.items.map((i) => (i.number === 2 ? { ...i, prefix: 'CF', title: 'Personalesag NN', durationMinutes: 30 } : i));
  return { ...m, items };
}

describe('renderDocument: closed punkter (spec "Closed item": the heading Punkt N: Lukket, then only a case number)', () => {
  it('writes a closed punkt as number, "Lukket", its slot and case number only by default (the public version)', () => {
    const out = renderDocument(meeting());
    expect(out).toContain('Punkt 2: Lukket (9.30-10.00)\n\n00.30.14-S00-15-20\n\nPunkt 3: CF - Evt.');
    for (const secret of SECRET) expect(out).not.toContain(secret);
    expect(out).not.toContain('Personalesag');
    expect(out).not.toContain('(30 min.)');
    // The open punkt keeps its content.
    expect(out).toContain('Sagsfremstilling\n\nAlle må læse dette.');
  });

  it('the public version parses as a closed punkt without content', () => {
    const closed = parseDocument(renderDocument(meeting())).items[1]!;
    // The builder's closed punkt is "Lukket" without prefix or content: only the number, case number and slot are left.
    expect(closed).toEqual(punkt(2, { closed: true, caseNumber: '00.30.14-S00-15-20', slot: { start: '09:30', end: '10:00' } }));
  });

  it('writes the closed content only when asked for the internal version', () => {
    const out = renderDocument(meeting(), { internal: true });
    expect(out).toContain(
      'Punkt 2: Lukket (9.30-10.00)\n\n00.30.14-S00-15-20\n\nAnledning\n\n(30 min.)\n\nSagsfremstilling\n\nFortrolig personsag',
    );
    expect(out).toContain('Beslutning\n\nChefforum godkendte afskedigelsen.');
    // The format has no place for a closed punkt's title: the heading still says Lukket.
    expect(out).not.toContain('Personalesag');
  });

  it('the internal version round-trips a parsed document with closed content', () => {
    const parsed = parseDocument(DOC);
    expect(parseDocument(renderDocument(parsed, { internal: true }))).toEqual(parsed);
  });

  it('internal: false is the public version', () => {
    expect(renderDocument(meeting(), { internal: false })).toBe(renderDocument(meeting()));
  });
});
