import { describe, expect, it } from 'vitest';
import type { Meeting } from './meeting';
import { parseDocument as parseOnly } from './parse';
import { renderDocument } from './render';

// Every hand-written document here also checks the round trip parse(render(parse(x))) = parse(x).
const parseDocument = (text: string): Meeting => {
  const meeting = parseOnly(text);
  expect(parseOnly(renderDocument(meeting))).toEqual(meeting);
  return meeting;
};

const HEAD = ['REFERAT Chefforum d. 13-03-2024', 'Mødedato Onsdag d. 13. marts 2024 kl. 09:00'];
const item = (...body: string[]) => parseDocument([...HEAD, 'Punkt 1: CF - Sag', '00.01.00-P35-7-23', ...body].join('\n')).items[0]!;

describe('parseDocument: sections (spec "Sections")', () => {
  it('keeps every section in document order with its heading as written and its text', () => {
    const it1 = item(
      'Anledning',
      'Fordi.',
      'Indstilling',
      'Chefen indstiller,',
      '1. at x',
      'Sagsfremstilling',
      'Tekst.',
      'Supplerende Sagsfremstilling',
      'Mere.',
      'Historik',
      'Direktørforum den 19. marts 2024:',
      'Godkendt.',
      'Beslutning',
      'Godkendt.',
      'Bilag',
      'Bilag 1 - a.pdf',
    );
    expect(it1.sections.map((s) => s.heading)).toEqual([
      'Anledning',
      'Indstilling',
      'Sagsfremstilling',
      'Supplerende Sagsfremstilling',
      'Historik',
      'Beslutning',
      'Bilag',
    ]);
    expect(it1.history).toBe('Direktørforum den 19. marts 2024:\nGodkendt.');
  });

  it('folds blank lines: paragraphs separated by one blank line, none leading or trailing', () => {
    expect(item('Sagsfremstilling', '', '', 'A', 'B', '', ' ', '', 'C', '', '').sections).toEqual([
      { heading: 'Sagsfremstilling', text: 'A\nB\n\nC' },
    ]);
  });

  it('keeps text between the case number and the first heading in a section with heading ""', () => {
    expect(item('Dagsordenspunktet eftersendes.', 'Beslutning', 'Ok.').sections[0]).toEqual({
      heading: '',
      text: 'Dagsordenspunktet eftersendes.',
    });
  });

  it('keeps sub-headings and lines that merely start with a section word in the current section', () => {
    const s = item(
      'Sagsfremstilling',
      'Økonomi',
      'Bilag 2 findes oplægget om kobling',
      'Beslutningen træffes senere',
      'Tidsplan for 2024',
    ).sections;
    expect(s).toEqual([
      { heading: 'Sagsfremstilling', text: 'Økonomi\nBilag 2 findes oplægget om kobling\nBeslutningen træffes senere\nTidsplan for 2024' },
    ]);
  });

  it('spec "Duration": (N min.) as the first paragraph of Anledning is the duration and leaves the text', () => {
    const i = item('Anledning', '', '(20 min.)', '', 'Fordi.');
    expect(i.durationMinutes).toBe(20);
    expect(i.sections[0]).toEqual({ heading: 'Anledning', text: 'Fordi.' });
  });

  it('spec "Duration": (N min.) elsewhere is ordinary text', () => {
    const i = item('Anledning', 'Fordi.', '(20 min.)', 'Sagsfremstilling', '(15 min.)', '1. Introduktion (20 min.)');
    expect(i.durationMinutes).toBeNull();
    expect(i.sections[1]!.text).toBe('(15 min.)\n1. Introduktion (20 min.)');
  });

  it('a missing section leaves its field empty; an empty Bilag means no attachments', () => {
    const i = item('Anledning', 'Fordi.', 'Bilag', '');
    expect(i).toMatchObject({ recommendation: null, decision: null, history: null, attachments: [], status: 'none' });
    expect(i.sections[1]).toEqual({ heading: 'Bilag', text: '' });
  });

  it('spec "Bilag": one attachment per non-empty line', () => {
    expect(
      item('Bilag', 'Bilag 1 - Skriv_til_albertslunddk.pdf', '', '1. Notat_Oplæg om x.docx', 'Tryghedspolitikken 2024-2026').attachments,
    ).toEqual(['Bilag 1 - Skriv_til_albertslunddk.pdf', '1. Notat_Oplæg om x.docx', 'Tryghedspolitikken 2024-2026']);
  });

  it('spec "Beslutning": free text of several paragraphs and bullets; the status follows it', () => {
    const i = item('Beslutning', 'Chefforum godkendte planen med bemærkninger:', '', '- a', '- b', '', 'Slut.');
    expect(i.decision).toBe('Chefforum godkendte planen med bemærkninger:\n\n- a\n- b\n\nSlut.');
    expect(i.status).toBe('approved');
  });

  it('spec "Beslutning": in a DAGSORDEN the decision is null even if a template left text', () => {
    const m = parseDocument(
      [
        'DAGSORDEN Chefforum d. 04-04-2024',
        'Mødedato Torsdag d. 4. april 2024 kl. 9.00',
        'Punkt 1: CF - Sag',
        '00.01.00-P35-7-23',
        'Beslutning',
        'Udfyldes.',
      ].join('\n'),
    );
    expect(m.items[0]).toMatchObject({ decision: null, status: 'none', sections: [{ heading: 'Beslutning', text: 'Udfyldes.' }] });
  });

  it('postponed to a stated meeting', () => {
    expect(item('Beslutning', 'Punktet blev udsat til Chefforum den 10. april 2024')).toMatchObject({
      status: 'postponed',
      postponedTo: '2024-04-10',
    });
  });
});

describe('parseDocument: Indstilling (spec "Indstilling")', () => {
  it.each([
    ['Kommunaldirektøren indstiller,', 'Kommunaldirektøren'],
    ['Kommunaldirektøren indstiller, at:', 'Kommunaldirektøren'],
    ['Afdelingschef for Økonomi & Stab indstiller:', 'Afdelingschef for Økonomi & Stab'],
    ['Chefen for Miljø & Teknik indstiller', 'Chefen for Miljø & Teknik'],
  ])('recommender line %j → by %j', (line, by) => {
    expect(item('Indstilling', line, '1. at x godkendes').recommendation).toEqual({ by, points: ['at x godkendes'] });
  });

  it('numbered points separated by blank lines, or not', () => {
    expect(item('Indstilling', 'K indstiller,', '', '1. at a', '2. at b', '', '3. at c').recommendation!.points).toEqual([
      'at a',
      'at b',
      'at c',
    ]);
  });

  it('bulleted points, starting with "at", "At" or neither', () => {
    expect(item('Indstilling', 'K indstiller:', '- at a', '- At b', '- Chefforum godkender den nye model').recommendation!.points).toEqual([
      'at a',
      'At b',
      'Chefforum godkender den nye model',
    ]);
  });

  it('continuation lines join their point', () => {
    expect(item('Indstilling', 'K indstiller,', '1. at den lange', 'indstilling fortsætter', '2. at b').recommendation!.points).toEqual([
      'at den lange indstilling fortsætter',
      'at b',
    ]);
  });

  it('points without number or bullet are told apart by "at"', () => {
    expect(item('Indstilling', 'K indstiller,', 'at a godkendes', 'og b', 'at c').recommendation!.points).toEqual([
      'at a godkendes og b',
      'at c',
    ]);
  });

  it('the recommender line may go on with the first point', () => {
    expect(item('Indstilling', 'Kommunaldirektøren indstiller, at dagsordenen godkendes', 'at referatet godkendes').recommendation).toEqual(
      {
        by: 'Kommunaldirektøren',
        points: ['at dagsordenen godkendes', 'at referatet godkendes'],
      },
    );
  });

  it('without a recommender line, by is null', () => {
    expect(item('Indstilling', '1. at a').recommendation).toEqual({ by: null, points: ['at a'] });
  });
});
