/**
 * Fuzz: mutated fixtures never make the parser throw anything but ParseError, and whatever it
 * accepts renders and parses back to the same meeting.
 * Seeded and replayable: PUNKT_FUZZ_SEED=<n> npx vitest run src/domain/parse.fuzz.test.ts
 * (fast-check prints the seed and path of a failing run; pass the seed back to replay it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import text2017 from '../../tests/fixtures/referater/chefforum-2017-03-02.txt?raw';
import text2021 from '../../tests/fixtures/referater/chefforum-2021-09-02.txt?raw';
import text2024 from '../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { ParseError, parseDocument } from './parse';
import { renderDocument } from './render';
import { mulberry32 } from './random';

const SEED = Number(process.env.PUNKT_FUZZ_SEED ?? 20260313);
const FIXTURES = [text2017, text2021, text2024];
const HEADINGS =
  /^(Punkt \d+:.*|Anledning|Sagsfremstilling|Supplerende Sagsfremstilling|Indstilling|Historik|Beslutning|Bilag|Indholdsfortegnelse|Mød\S+ .*|REFERAT .*)$/;
const MB = 1 << 20;
// Prefixes that steer a huge line into each pattern the parser has, then a long tail of
// characters that tempt a backtracking regex (spaces, dots, digits, parentheses, tabs).
const HUGE_HEADS = ['', 'REFERAT ', 'Mødedato ', 'Mødedeltagere ', 'Punkt 1: ', 'Punkt 1: CF - ', 'at ', '1. ', '(', 'Kommunaldirektøren'];
// 'a,' makes half a million participants; '\n1. a' half a million lines of points.
const HUGE_TAILS = [' ', '.', '9', '(', '\t', ' indstiller', '(9.00-9.20)', 'den 1. ', 'udsat ', 'x', 'a,', '\n1. a'];

const lines = (text: string): string[] => text.split('\n');
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

type Mutation = (text: string, r: () => number) => string;
const MUTATIONS: Record<string, Mutation> = {
  truncate: (t, r) => t.slice(0, Math.floor(r() * t.length)),
  shuffleLines: (t, r) => {
    const ls = lines(t);
    for (let i = ls.length - 1; i > 0; i -= 1) {
      const j = Math.floor(r() * (i + 1));
      [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    }
    return ls.join('\n');
  },
  swapSomeLines: (t, r) => {
    const ls = lines(t);
    for (let k = 0; k < 5; k += 1) {
      const i = Math.floor(r() * ls.length);
      const j = Math.floor(r() * ls.length);
      [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    }
    return ls.join('\n');
  },
  randomBytes: (t, r) => {
    const bytes = new Uint8Array(1 + Math.floor(r() * 64)).map(() => Math.floor(r() * 256));
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + new TextDecoder().decode(bytes) + t.slice(at);
  },
  onlyRandomBytes: (_t, r) => new TextDecoder().decode(new Uint8Array(Math.floor(r() * 4096)).map(() => Math.floor(r() * 256))),
  hugeLine: (t, r) => {
    const ls = lines(t);
    const tail = pick(HUGE_TAILS, r);
    ls.splice(
      Math.floor(r() * (ls.length + 1)),
      0,
      pick(HUGE_HEADS, r) + tail.repeat(Math.ceil(MB / tail.length)) + pick(['', 'x', ')', '\t3'], r),
    );
    return ls.join('\n');
  },
  duplicateHeading: (t, r) => {
    const ls = lines(t);
    const headings = ls.map((l, i) => (HEADINGS.test(l) ? i : -1)).filter((i) => i >= 0);
    const i = pick(headings, r);
    ls.splice(Math.floor(r() * ls.length), 0, ls[i]!);
    return ls.join('\n');
  },
  removeHeading: (t, r) => {
    const ls = lines(t);
    const headings = ls.map((l, i) => (HEADINGS.test(l) ? i : -1)).filter((i) => i >= 0);
    ls.splice(pick(headings, r), 1);
    return ls.join('\n');
  },
  crlfAndNbsp: (t, r) => t.replace(/\n/g, () => (r() < 0.5 ? '\r\n' : '\n\u00a0\n')).replace(/ /g, () => (r() < 0.05 ? '\u00a0' : ' ')),
};

const mutated = fc
  .record({
    fixture: fc.constantFrom(...FIXTURES.keys()),
    steps: fc.array(fc.record({ name: fc.constantFrom(...Object.keys(MUTATIONS)), seed: fc.integer() }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ fixture, steps }) => steps.reduce((t, s) => MUTATIONS[s.name]!(t, mulberry32(s.seed)), FIXTURES[fixture]!));

describe(`parser fuzz (seed ${SEED}; replay with PUNKT_FUZZ_SEED)`, () => {
  it('throws nothing but ParseError, and what it accepts round-trips', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        let meeting;
        try {
          meeting = parseDocument(text);
        } catch (error) {
          if (error instanceof ParseError) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.message.length).toBeLessThan(400);
            return;
          }
          throw error;
        }
        expect(parseDocument(renderDocument(meeting))).toEqual(meeting);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 60_000);
});
