import { describe, expect, it } from 'vitest';
import { draftDecision, draftsFor } from './decision-draft';
// Vite's ?raw import keeps the domain free of Node APIs, even in its tests.
import fixture2017 from '../../tests/fixtures/referater/chefforum-2017-03-02.txt?raw';
import fixture2021 from '../../tests/fixtures/referater/chefforum-2021-09-02.txt?raw';
import fixture2024 from '../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';

const withPoints = (...points: string[]) => ({ recommendation: { by: 'Kommunaldirektøren', points } });

describe('draftDecision: the examples of the issue', () => {
  it.each([
    ['at dagsorden til dette møde godkendes', 'Chefforum godkendte dagsordenen til dette møde'],
    ['at referat fra mødet den 29. februar 2024 godkendes', 'Chefforum godkendte referatet fra mødet den 29. februar 2024'],
    ['at orienteringen tages til efterretning', 'Chefforum tog orienteringen til efterretning'],
    ['at Chefforum drøfter program for Lederdøgn 2024.', 'Chefforum drøftede programmet for Lederdøgn 2024'],
    [
      'at Chefforum godkender kommissoriet for netværk for budgetprocessen',
      'Chefforum godkendte kommissoriet for netværk for budgetprocessen',
    ],
    [
      'at der afsættes de nødvendige ressourcer til opgaven i alle afdelinger',
      'Chefforum besluttede, at der afsættes de nødvendige ressourcer til opgaven i alle afdelinger',
    ],
  ])('%s', (point, draft) => {
    expect(draftDecision(point, 'Chefforum')).toBe(draft);
  });
});

describe('draftDecision: real Indstilling points from the fixtures', () => {
  it.each([
    // 2017-03-02: lower-case forum as subject, bulleted points, "tager … til efterretning".
    ['at chefforum tager Udbudsplan 2017 til efterretning', 'Chefforum tog Udbudsplan 2017 til efterretning'],
    [
      'at Chefforum fortsætter drøftelserne af brugen af tal og fakta i budgetprocessen.',
      'Chefforum fortsatte drøftelserne af brugen af tal og fakta i budgetprocessen',
    ],
    // 2021-09-02: capital "At", two passive verbs, a comma clause after the verb.
    [
      'At incitament og finansieringen omkring indsatserne drøftes og godkendes.',
      'Chefforum drøftede og godkendte incitament og finansieringen omkring indsatserne',
    ],
    [
      'at Chefforum beslutter, hvilke pilotprojekter der skal gennemføres',
      'Chefforum besluttede, hvilke pilotprojekter der skal gennemføres',
    ],
    ['at temadrøftelsen under punkt 2 tages til efterretning.', 'Chefforum tog temadrøftelsen under punkt 2 til efterretning'],
    ['at Journaliseringsvejledningen godkendes.', 'Chefforum godkendte Journaliseringsvejledningen'],
    // 2024-03-13: "det drøftes, hvordan …", a phrasing the rules do not know.
    [
      'at det drøftes, hvordan implementeringen bedst kommer fra start i 2024',
      'Chefforum drøftede, hvordan implementeringen bedst kommer fra start i 2024',
    ],
    ['at den nye Tryghedspolitik 2024 - 2026 godkendes', 'Chefforum godkendte den nye Tryghedspolitik 2024 - 2026'],
    ['at der udveksles ideer til indkøbsbesparelser', 'Chefforum besluttede, at der udveksles ideer til indkøbsbesparelser'],
    ['at punktet drøftes.', 'Chefforum drøftede punktet'],
  ])('%s', (point, draft) => {
    expect(draftDecision(point, 'Chefforum')).toBe(draft);
  });
});

describe('draftDecision: shapes the spec allows', () => {
  it('takes a point without "at" (spec: "1. Chefforum godkender den nye model ...")', () => {
    expect(draftDecision('Chefforum godkender den nye model', 'Chefforum')).toBe('Chefforum godkendte den nye model');
  });

  it('uses the forum it is given as subject', () => {
    expect(draftDecision('at Direktørforum godkender budgettet', 'Direktørforum')).toBe('Direktørforum godkendte budgettet');
    expect(draftDecision('at sagen drøftes', 'Direktørforum')).toBe('Direktørforum drøftede sagen');
  });

  it('falls back for an unknown verb after the forum rather than guessing', () => {
    expect(draftDecision('at Chefforum pegede på noget', 'Chefforum')).toBe('Chefforum besluttede, at Chefforum pegede på noget');
  });

  it('joins a point broken over lines into one sentence', () => {
    expect(draftDecision('at dagsorden til dette\n   møde godkendes', 'Chefforum')).toBe('Chefforum godkendte dagsordenen til dette møde');
  });
});

describe('draftsFor', () => {
  it('gives one draft per point and one sentence sharing the verb for 2024-03-13 punkt 1', () => {
    const drafts = draftsFor(
      withPoints('at dagsorden til dette møde godkendes', 'at referat fra mødet den 29. februar 2024 godkendes'),
      'Chefforum',
    );
    expect(drafts).toEqual({
      perPoint: ['Chefforum godkendte dagsordenen til dette møde', 'Chefforum godkendte referatet fra mødet den 29. februar 2024'],
      combined: 'Chefforum godkendte dagsordenen til dette møde og referatet fra mødet den 29. februar 2024',
    });
  });

  it('lists different verbs with commas and "og", naming each verb once per run', () => {
    const drafts = draftsFor(
      withPoints(
        'at opfølgning på arbejdet med budget 2025 tages til efterretning',
        'at ideer til AI-tiltag drøftes',
        'at listen med regelforenklingstiltag drøftes',
        'at der udveksles ideer til indkøbsbesparelser',
      ),
      'Chefforum',
    );
    expect(drafts.perPoint).toHaveLength(4);
    expect(drafts.combined).toBe(
      'Chefforum tog opfølgning på arbejdet med budget 2025 til efterretning, drøftede ideer til AI-tiltag, listen med regelforenklingstiltag og besluttede, at der udveksles ideer til indkøbsbesparelser',
    );
  });

  it('has no combined draft for a single point, and nothing without a recommendation', () => {
    expect(draftsFor(withPoints('at punktet drøftes.'), 'Chefforum')).toEqual({ perPoint: ['Chefforum drøftede punktet'], combined: null });
    expect(draftsFor({ recommendation: null }, 'Chefforum')).toEqual({ perPoint: [], combined: null });
  });

  it('drafts every Indstilling point of the three fixtures in the past tense with the forum first', () => {
    // The points are cut out by hand so this test does not depend on the parser.
    const points: string[] = [];
    for (const text of [fixture2017, fixture2021, fixture2024]) {
      for (const block of text.split(/^Indstilling$/m).slice(1)) {
        const body = block.split(
          /^(?:Anledning|Sagsfremstilling|Supplerende Sagsfremstilling|Historik|Beslutning|Bilag|Punkt \d+:.*)$/m,
        )[0]!;
        points.push(...[...body.matchAll(/^(?:\d+\.|-)\s+(.+)$/gm)].map((m) => m[1]!));
      }
    }
    expect(points).toHaveLength(38);
    for (const point of points) {
      const draft = draftDecision(point, 'Chefforum');
      expect(draft).toMatch(/^Chefforum (godkendte|drøftede|tog|besluttede|fortsatte|medvirkede)[ ,]/);
      expect(draft).not.toMatch(/\bat at\b|\.$| (godkendes|drøftes|godkender|drøfter|tager)\b/);
    }
  });
});
