/**
 * Property: for any meeting in canonical form (what the parser can produce), rendering and
 * parsing gives the same meeting back, and so does the JSON form. fast-check, fixed seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, localTime } from './brands';
import { SECTION_HEADINGS } from './meeting';
import type { Meeting, Section } from './meeting';
import { meetingFromJson, meetingToJson } from './meeting-json';
import { completeItem, parseDocument } from './parse';
import { renderDocument } from './render';

// Words that make lines interesting to the derived fields (statuses, points, dates) without
// turning a line into a heading or a header line.
const WORDS = [
  'Chefforum',
  'godkendte',
  'drøftede',
  'udsat',
  'til',
  'efterretning',
  'den',
  '10.',
  'april',
  '2024',
  '10/4',
  'at',
  'At',
  'Økonomi',
  '&',
  'Stab',
  'indstiller',
  'indstiller,',
  '-',
  '1.',
  'bilag.pdf',
  '(Rolle)',
  ',',
  ':',
  '"citat"',
  '–',
  'æøå',
  'punkt',
];
const NAMES = ['Anne', 'Bo', 'Ås', 'Jensen', 'Lise-Lotte', 'Ørsted'];

const words = (vocabulary: string[], max: number) =>
  fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const line = words(WORDS, 6);
const time = fc
  .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m }) => localTime(`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
const paragraphs = fc
  .array(
    fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')),
    { maxLength: 3 },
  )
  .map((ps) => ps.join('\n\n'));
const section = fc.record({ heading: fc.constantFrom(...SECTION_HEADINGS), text: paragraphs });
const caseNumber = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom('A', 'G', 'P', 'S'),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 999 }),
  )
  .map(([kle, f, facet, serial]) => `${String(kle).padStart(2, '0')}.01.00-${f}${String(facet).padStart(2, '0')}-${serial}-24`);

const rawItem = fc
  .record({
    number: fc.integer({ min: 1, max: 99 }),
    closed: fc.boolean(),
    prefix: fc.constantFrom(null, 'CF', 'DIF/CF'),
    title: line,
    caseNumber,
    slot: fc.option(fc.record({ start: time, end: time }), { nil: null }),
    durationMinutes: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
    lead: fc.option(
      paragraphs.filter((p) => p !== ''),
      { nil: null },
    ),
    sections: fc.array(section, { maxLength: 5 }),
  })
  .map(({ lead, closed, prefix, title, ...rest }) => {
    const sections: Section[] = [...(lead === null ? [] : [{ heading: '' as const, text: lead }]), ...rest.sections];
    // A duration lives in Anledning: give it one when the generated sections have none.
    if (rest.durationMinutes !== null && !sections.some((s) => s.heading === 'Anledning')) {
      sections.splice(lead === null ? 0 : 1, 0, { heading: 'Anledning', text: '' });
    }
    return { ...rest, sections, closed, prefix: closed ? null : prefix, title: closed ? 'Lukket' : title };
  });

const meetingArb: fc.Arbitrary<Meeting> = fc
  .record({
    kind: fc.constantFrom('referat' as const, 'dagsorden' as const),
    date: fc.record({ y: fc.integer({ min: 2000, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }),
    start: time,
    plannedEnd: fc.option(time, { nil: null }),
    location: fc.option(line, { nil: null }),
    participants: fc.array(fc.record({ name: words(NAMES, 3), role: fc.option(line, { nil: null }), chair: fc.boolean() }), {
      maxLength: 4,
    }),
    preamble: fc.array(line, { maxLength: 2 }),
    items: fc.array(rawItem, { maxLength: 4 }),
  })
  .map(({ date, items, ...rest }) => {
    const iso = calendarDate(date.y, date.m, date.d)!;
    return { ...rest, forum: 'Chefforum', date: iso, items: items.map((raw) => completeItem(raw, rest.kind, iso)) };
  });

describe('renderDocument over generated meetings (fast-check)', () => {
  it('parse(render(m)) = m and meetingFromJson(meetingToJson(m)) = m', () => {
    fc.assert(
      fc.property(meetingArb, (m) => {
        expect(parseDocument(renderDocument(m, { internal: true }))).toEqual(m);
        expect(meetingFromJson(JSON.parse(JSON.stringify(meetingToJson(m))))).toEqual(m);
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});
