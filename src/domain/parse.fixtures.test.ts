/**
 * The three real minutes, field by field. Expected values were read off the documents by hand.
 */
import { describe, expect, it } from 'vitest';
// Vite's ?raw import: src/domain tests may not use node:fs (the layer rule).
import text2017 from '../../tests/fixtures/referater/chefforum-2017-03-02.txt?raw';
import text2021 from '../../tests/fixtures/referater/chefforum-2021-09-02.txt?raw';
import text2024 from '../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { parseDocument } from './parse';

const TEXTS: Record<string, string> = { '2017-03-02': text2017, '2021-09-02': text2021, '2024-03-13': text2024 };
const fixture = (name: string) => parseDocument(TEXTS[name]!);

describe('fixture chefforum-2024-03-13', () => {
  const m = fixture('2024-03-13');

  it('header and participants, chair first', () => {
    expect(m).toMatchObject({
      kind: 'referat',
      forum: 'Chefforum',
      date: '2024-03-13',
      start: '09:00',
      plannedEnd: null,
      location: '915',
      preamble: [],
    });
    expect(m.participants).toHaveLength(10);
    expect(m.participants[0]).toEqual({ name: 'Henrik Harder', role: 'Kommunaldirektør', chair: true });
    expect(m.participants[1]).toEqual({ name: 'René Birkemark Olesen', role: 'Afdelingschef Kultur, Fritid & Erhverv', chair: false });
    expect(m.participants[9]).toEqual({ name: 'Lise Lise Valentin Bayer', role: 'Direktør Børn, Sundhed & Velfærd', chair: false });
    expect(m.participants.filter((p) => p.chair)).toHaveLength(1);
  });

  it('items: numbers, prefixes, titles, case numbers', () => {
    expect(m.items.map((i) => [i.number, i.prefix, i.title, i.caseNumber])).toEqual([
      [1, 'CF', 'Godkendelse af dagsorden og referat', '00.01.00-P35-7-23'],
      [2, 'CF', 'Udpegning af holdledere og bemanning af valgsteder til Europaparlamentsvalg', '84.07.00-A00-1-23'],
      [3, 'CF', 'Genindførelse af miljøledelse', '09.00.00-G01-27-23'],
      [4, 'CF', 'Status på arbejdet med budget 2025', '00.30.00-P05-1-24'],
      [5, 'CF', 'Netværk i Albertslund Kommune og kommissorier for netværk', '00.00.00-A21-1-24'],
      [6, 'CF', 'Lederdøgn 2024', '00.00.00-A21-7-23'],
      [7, 'CF', 'Interne styringsdokumenter', '00.15.01-A00-1-24'],
      [8, 'CF', 'Tryghedspolitik 2024-2026', '27.00.00-P22-2-24'],
      [9, 'CF', 'Nyt fra afdelingerne', '00.01.00-P35-7-23'],
      [10, 'CF', 'Temaer til kommende møder og eventuelt', '00.01.00-P35-7-23'],
    ]);
    expect(m.items.every((i) => !i.closed && i.slot === null && i.durationMinutes === null)).toBe(true);
  });

  it('sections in document order (Indstilling before Sagsfremstilling in punkt 9 and 10)', () => {
    expect(m.items[0]!.sections.map((s) => s.heading)).toEqual(['Indstilling', 'Beslutning']);
    expect(m.items[1]!.sections.map((s) => s.heading)).toEqual(['Anledning', 'Sagsfremstilling', 'Indstilling', 'Beslutning', 'Bilag']);
    expect(m.items[8]!.sections.map((s) => s.heading)).toEqual(['Indstilling', 'Sagsfremstilling', 'Beslutning']);
    expect(m.items[9]!.sections.map((s) => s.heading)).toEqual(['Indstilling', 'Sagsfremstilling', 'Beslutning', 'Bilag']);
  });

  it('recommenders and points', () => {
    expect(m.items[0]!.recommendation).toEqual({
      by: 'Kommunaldirektøren',
      points: ['at dagsorden til dette møde godkendes', 'at referat fra mødet den 29. februar 2024 godkendes'],
    });
    expect(m.items[2]!.recommendation!.by).toBe('Direktøren for By, Kultur, Miljø & Beskæftigelse');
    expect(m.items[3]!.recommendation!.points).toEqual([
      'at opfølgning på arbejdet med budget 2025 tages til efterretning',
      'at ideer til AI-tiltag drøftes',
      'at listen med regelforenklingstiltag drøftes',
      'at der udveksles ideer til indkøbsbesparelser',
    ]);
    expect(m.items[6]!.recommendation!.by).toBe('Chef for Økonomi & Stab');
    expect(m.items[7]!.recommendation!.by).toBe('Konstitueret direktør for Børn, Sundhed & Velfærd');
    expect(m.items.map((i) => i.recommendation?.points.length)).toEqual([2, 2, 2, 4, 3, 1, 1, 1, 1, 1]);
  });

  it('decisions and statuses, including both kinds of postponement', () => {
    expect(m.items[0]!.decision).toBe('Chefforum godkendte dagsordenen til dette møde samt referat fra Chefforum den 29. februar 2024');
    expect(m.items[6]!.decision).toBe('Punktet blev udsat til Chefforum den 10. april 2024');
    expect(m.items.map((i) => [i.status, i.postponedTo])).toEqual([
      ['approved', null],
      ['approved', null],
      ['discussed', null],
      ['discussed', null],
      ['approved', null],
      ['approved', null],
      ['postponed', '2024-04-10'],
      ['approved', null],
      ['postponed', null],
      ['postponed', '2024-03-20'],
    ]);
  });

  it('attachments', () => {
    expect(m.items.map((i) => i.attachments.length)).toEqual([0, 2, 4, 3, 3, 3, 4, 1, 0, 1]);
    expect(m.items[5]!.attachments).toEqual([
      'Program Lederdøgn april 2024_CF.docx',
      'Drejebog Lederdøgn april 2024_CF.docx',
      'Kommissorium Ledernetværk_CF.docx',
    ]);
    expect(m.items[9]!.attachments).toEqual(['Oversigt mål 2023']);
  });

  it('keeps a table and bullets inside Sagsfremstilling', () => {
    const text = m.items[1]!.sections[1]!.text;
    expect(text).toContain('Valgsted\tHoldleder\tHoldlederassistent\nEgelundskolen\t');
    expect(text).toContain('- Økonomi & Stab: 14\n- Borger & Arbejdsmarked: 21');
  });
});

describe('fixture chefforum-2021-09-02', () => {
  const m = fixture('2021-09-02');

  it('header: no participants line', () => {
    expect(m).toMatchObject({ date: '2021-09-02', start: '08:30', location: 'Mødelokale 1', participants: [], preamble: [] });
  });

  it('items with slots; "CF- " without a space before the dash', () => {
    expect(m.items.map((i) => [i.number, i.prefix, i.title, i.slot && `${i.slot.start}-${i.slot.end}`])).toEqual([
      [1, 'CF', 'Byudviklingsforum', '08:30-09:30'],
      [2, 'CF', 'Godkendelse af dagsorden og referat', null],
      [3, 'CF', 'Godkendelse af pilotprojekter i Digitaliseringsstrategien 2021 - 2025', '09:30-10:15'],
      [4, 'CF', 'Lederdag 22. september 2021', '10:25-10:45'],
      [5, 'CF', 'Drøftelse af Erhvervs fremtidige placering i organisationen', '10:45-11:10'],
      [6, 'CF', 'Cirkulære indkøb som led i deltagelse i KKR VIP-projekt', '11:10-11:25'],
      [7, 'CF', 'Orientering om budgetprocessen', '11:25-11:45'],
      [8, 'CF', 'Fælles journaliseringspraksis i Albertslund Kommune', '11:45-11:55'],
      [9, 'CF', 'Evt.', null],
    ]);
    expect(m.items.map((i) => i.caseNumber)).toEqual([
      '00.00.00-A00-8-21',
      '00.00.00-A00-2-21',
      '00.15.00-P22-1-21',
      '00.00.00-A00-10-20',
      '00.17.20-A00-2-21',
      '88.00.00-G01-46-21',
      '00.00.00-A00-2-21',
      '85.02.01-A26-1-20',
      '00.00.00-A00-2-21',
    ]);
  });

  it('"(20 min.)" inside Sagsfremstilling is text, not a duration', () => {
    expect(m.items[0]!.durationMinutes).toBeNull();
    expect(m.items[0]!.sections[1]!.text).toContain('1. Introduktion til ny organisering v. Kristine (20 min.)');
  });

  it('recommenders and points ("At", non-consecutive numbers)', () => {
    expect(m.items[0]!.recommendation!.by).toBe('Kommunaldirektøren og direktøren for By, Kultur, Miljø & Beskæftigelse');
    expect(m.items[5]!.recommendation).toEqual({
      by: 'Afdelingschefen for Økonomi og Stab',
      points: [
        'At de to indsatser for genanvendelse af kontormøbler drøftes.',
        'At incitament og finansieringen omkring indsatserne drøftes og godkendes.',
      ],
    });
    expect(m.items[8]!.recommendation).toBeNull();
  });

  it('statuses and attachments', () => {
    expect(m.items.map((i) => i.status)).toEqual([
      'noted',
      'approved',
      'approved',
      'noted',
      'discussed',
      'none',
      'noted',
      'noted',
      'discussed',
    ]);
    expect(m.items.map((i) => i.attachments.length)).toEqual([1, 0, 10, 1, 1, 1, 0, 1, 0]);
    expect(m.items[0]!.attachments).toEqual(['1. Notat_Oplæg Tættere kobling til CF_BF den 10. august 2021.docx']);
    expect(m.items[8]!.sections.map((s) => s.heading)).toEqual(['Beslutning']);
  });
});

describe('fixture chefforum-2017-03-02', () => {
  const m = fixture('2017-03-02');

  it('header and items', () => {
    expect(m).toMatchObject({ date: '2017-03-02', start: '09:00', location: 'Mødelokale 2', participants: [], preamble: [] });
    expect(m.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden og referat', '00.01.00-A00-3-17'],
      [2, 'Budgetproces 2018', '00.01.00-S00-1-17'],
      [3, 'Uddannelse i netværksledelse', '00.00.00-A00-3-17'],
      [4, 'Netværkstemaer med opstart april 2017', '00.01.00-A00-3-17'],
      [5, 'Spilleregler for god økonomistyring', '00.32.02-P24-1-16'],
      [6, 'Orientering om udbudsplan 2017', '88.00.00-A00-7-16'],
      [7, 'Evt.', '00.01.00-A00-3-17'],
    ]);
    expect(m.items.every((i) => i.prefix === 'CF' && i.slot === null && !i.closed)).toBe(true);
  });

  it('a line holding one space inside Indstilling is blank; bulleted points', () => {
    expect(m.items[1]!.recommendation).toEqual({
      by: 'Kommunaldirektøren',
      points: ['at Chefforum fortsætter drøftelserne af brugen af tal og fakta i budgetprocessen.'],
    });
    expect(m.items[4]!.recommendation).toEqual({
      by: 'Chef for Økonomi og Stab',
      points: [
        'at chefforum tager implementering af nyt ledelsestilsyn til efterretning',
        'at chefforum tager nye arbejds gange om økonomistyring af eksternt finansierede projekter til efterretning',
      ],
    });
    expect(m.items[3]!.recommendation).toBeNull();
  });

  it('statuses and attachments', () => {
    expect(m.items.map((i) => i.status)).toEqual(['approved', 'discussed', 'approved', 'none', 'noted', 'noted', 'none']);
    expect(m.items.map((i) => i.attachments.length)).toEqual([0, 0, 4, 0, 2, 1, 0]);
    expect(m.items[2]!.attachments[1]).toBe('Bilag 1 - undervisningsgange');
  });
});
