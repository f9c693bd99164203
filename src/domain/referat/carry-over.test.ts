import { describe, expect, it } from 'vitest';
// Vite's ?raw import: src/domain tests may not use node:fs (the layer rule).
import text2024 from '../../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { isoDate, localTime } from '../brands';
import { parseDocument } from '../parse';
import { renderDocument } from '../render';
import { carriedOver, postponedPunkter, postponementEntry } from './carry-over';

const march = parseDocument(text2024);
const punkt = (n: number) => march.items.find((i) => i.number === n)!;

describe('carry-over of postponed punkter (fixture 2024-03-13: punkt 7, 9 and 10 were udsat)', () => {
  it('offers exactly the postponed punkter, in agenda order', () => {
    expect(postponedPunkter(march).map((i) => i.number)).toEqual([7, 9, 10]);
  });

  it('writes the Historik entry as the spec does, with the decision as minuted', () => {
    expect(postponementEntry(march, punkt(7))).toBe('Chefforum den 13. marts 2024:\nPunktet blev udsat til Chefforum den 10. april 2024');
    expect(postponementEntry(march, punkt(9))).toBe(
      'Chefforum den 13. marts 2024:\nPunktet blev udsat til behandling på et senere Chefforum.',
    );
  });

  it('uses the forum’s own sentence when the postponed punkt has no decision text', () => {
    const bare = { ...punkt(7), decision: null, sections: punkt(7).sections.filter((s) => s.heading !== 'Beslutning') };
    expect(postponementEntry(march, bare)).toBe('Chefforum den 13. marts 2024:\nPunktet blev udsat til Chefforum den 10. april 2024');
    expect(postponementEntry({ forum: 'Direktørforum', date: isoDate('2024-03-19') }, { ...bare, postponedTo: null })).toBe(
      'Direktørforum den 19. marts 2024:\nPunktet blev udsat til behandling på et senere Direktørforum.',
    );
  });

  it('keeps title, case number and texts, leaves the decision behind and adds Historik before Bilag', () => {
    const next = carriedOver(punkt(7), march);
    expect(next).toMatchObject({
      title: 'Interne styringsdokumenter',
      caseNumber: '00.15.01-A00-1-24',
      prefix: 'CF',
      decision: null,
      status: 'none',
      postponedTo: null,
      history: 'Chefforum den 13. marts 2024:\nPunktet blev udsat til Chefforum den 10. april 2024',
    });
    expect(next.sections.map((s) => s.heading)).toEqual(['Anledning', 'Sagsfremstilling', 'Indstilling', 'Historik', 'Bilag']);
    expect(next.sections.find((s) => s.heading === 'Sagsfremstilling')).toEqual(
      punkt(7).sections.find((s) => s.heading === 'Sagsfremstilling'),
    );
    // The document format reads the history back.
    const doc = renderDocument({ ...march, kind: 'dagsorden', date: isoDate('2024-04-10'), items: [{ ...next, number: 1 }] });
    expect(parseDocument(doc).items[0]?.history).toBe(next.history);
  });

  it('adds to an existing Historik, below the earlier treatment', () => {
    const earlier = {
      ...punkt(9),
      sections: [{ heading: 'Historik' as const, text: 'Direktørforum den 19. februar 2024:\nGodkendt.' }, ...punkt(9).sections],
    };
    expect(carriedOver(earlier, march).history).toBe(
      'Direktørforum den 19. februar 2024:\nGodkendt.\n\nChefforum den 13. marts 2024:\nPunktet blev udsat til behandling på et senere Chefforum.',
    );
  });

  it('turns a fixed slot into its length', () => {
    const slotted = { ...punkt(7), slot: { start: localTime('10:00'), end: localTime('10:25') }, durationMinutes: null };
    expect(carriedOver(slotted, march)).toMatchObject({ slot: null, durationMinutes: 25 });
  });
});
