/**
 * The renderer refuses a meeting it cannot write so that it reads back: one RenderError naming
 * the field by its JSON path. Property: over hostile meetings, render either throws RenderError
 * or writes a document that parses back to the meeting as written (see `asWritten`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, IsoDate, LocalTime, Meeting, Section } from './meeting';
import { localTime } from './brands';
import { completeItem, parseDocument } from './parse';
import { RenderError, renderDocument } from './render';
import { documentSections } from './render-parts';
import { joinParagraphs } from './source-lines';

const HEAD = 'REFERAT Chefforum d. 13-03-2024\nMødedato Onsdag d. 13. marts 2024 kl. 09:00\n';
const base = (): Meeting =>
  parseDocument(`${HEAD}Punkt 1: CF - Budget\n00.01.00-P35-7-23\nSagsfremstilling\nTekst.\nPunkt 2: CF - Evt.\n84.07.00-A00-1-23`);
const withItem = (m: Meeting, k: number, patch: Partial<AgendaItem>): Meeting => ({
  ...m,
  items: m.items.map((item, i) => (i === k ? { ...item, ...patch } : item)),
});

/** The RenderError `render` throws, or a failure when it throws none. */
function refusal(m: Meeting, internal = false): RenderError {
  try {
    renderDocument(m, { internal });
  } catch (error) {
    if (error instanceof RenderError) return error;
    throw error;
  }
  throw new Error('renderDocument did not refuse the meeting');
}

describe('renderDocument refuses what parse would reject or read differently (RenderError with the JSON path)', () => {
  it('a date that is not in the calendar (2024-02-30)', () => {
    // Cast, not isoDate(): a date outside the calendar is what the check under test must refuse.
    const e = refusal({ ...base(), date: '2024-02-30' as IsoDate });
    expect(e.path).toEqual(['date']);
    expect(e.message).toBe('date: 2024-02-30 is not a date in the calendar');
    expect(e.reason).toBe('value');
  });

  it('a line break in a title, which would inject a heading Punkt 99', () => {
    const e = refusal(withItem(base(), 0, { title: 'Budget\nPunkt 99: Falsk punkt' }));
    expect(e.path).toEqual(['items', 0, 'title']);
    expect(e.message).toMatch(/^items\[0\]\.title: /);
    expect(e.reason).toBe('lineBreak');
  });

  it('a line in a section that would start a punkt or a section of its own', () => {
    const m = base();
    const sections = (text: string): Section[] => [{ heading: 'Sagsfremstilling', text }];
    expect(refusal(withItem(m, 0, { sections: sections('Tekst.\nPunkt 99: Falsk') })).path).toEqual(['items', 0, 'sections', 0, 'text']);
    expect(refusal(withItem(m, 1, { sections: sections('Tekst.\n\nBeslutning\nGodkendt') })).path).toEqual([
      'items',
      1,
      'sections',
      0,
      'text',
    ]);
  });

  it('a decision written as a section of its own is checked too, under its own name', () => {
    expect(refusal(withItem(base(), 1, { decision: 'Godkendt.\nBilag\nfalsk.pdf' })).path).toEqual(['items', 1, 'decision']);
  });

  it('an open punkt titled Lukket, a title ending in a time slot, a prefix in lower case', () => {
    expect(refusal(withItem(base(), 0, { prefix: null, title: 'Lukket' })).path).toEqual(['items', 0, 'title']);
    expect(refusal(withItem(base(), 0, { title: 'Budget (9.00-9.20)' })).path).toEqual(['items', 0, 'title']);
    expect(refusal(withItem(base(), 0, { prefix: 'cf' })).path).toEqual(['items', 0, 'prefix']);
  });

  it('an empty title, an Anledning starting with what reads as the duration, a forum too long for the header line', () => {
    expect(refusal(withItem(base(), 0, { prefix: null, title: ' ' })).path).toEqual(['items', 0, 'title']);
    expect(
      renderDocument(withItem(base(), 0, { prefix: null, title: '', slot: { start: localTime('09:00'), end: localTime('09:20') } })),
    ).toContain('Punkt 1: (9.00-9.20)');
    const anledning = withItem(base(), 0, { sections: [{ heading: 'Anledning', text: '(20 min.)\nFordi.' }] });
    expect(refusal(anledning).path).toEqual(['items', 0, 'sections', 0, 'text']);
    expect(renderDocument({ ...anledning, items: [{ ...anledning.items[0]!, durationMinutes: 5 }] })).toContain(
      'Anledning\n\n(5 min.)\n\n(20 min.)',
    );
    expect(refusal({ ...base(), forum: 'F'.repeat(1000) }).path).toEqual(['forum']);
  });

  it('a header line in the preamble, a participant whose name reads as two', () => {
    expect(refusal({ ...base(), preamble: ['Mødested 915'] }).path).toEqual(['preamble', 0]);
    expect(refusal({ ...base(), participants: [{ name: 'A, B', role: null, chair: false }] }).path).toEqual(['participants', 0]);
  });

  it('closed content is only checked when it is written (the internal version)', () => {
    const m = withItem(base(), 0, {
      closed: true,
      title: 'Lukket',
      prefix: null,
      sections: [{ heading: 'Beslutning', text: 'x\nPunkt 99: y' }],
    });
    expect(renderDocument(m)).toContain('Punkt 1: Lukket\n\n00.01.00-P35-7-23\n\nPunkt 2:');
    expect(refusal(m, true).path).toEqual(['items', 0, 'sections', 0, 'text']);
  });
});

// Fragments chosen to hit every rule of the format: headings, header labels, markers, slots,
// durations, prefixes, line breaks, odd whitespace, parentheses and commas.
const TOKENS = [
  'Anledning',
  'Sagsfremstilling',
  'Beslutning',
  'Bilag',
  'Punkt 99: x',
  'Punkt',
  '(20 min.)',
  '(9.00-9.20)',
  'CF - ',
  'cf - ',
  'Lukket',
  'Mødested',
  'Mødedato',
  'Mødedeltagere',
  'Indholdsfortegnelse',
  'Forperson ',
  'Formand',
  '(',
  ')',
  ',',
  ' ',
  '\u00a0',
  '\n',
  '\r',
  '\n\n',
  '.....',
  '\t3',
  'd.',
  '13-03-2024',
  'æøå',
  '–',
  '-',
  ':',
  'x',
  'Chefforum',
  'indstiller,',
  '1. at',
];
// Whole values that are one rule each, so the rare ones are met often enough.
const VALUES = [
  'Lukket',
  ' Lukket ',
  'Budget (9.00-9.20)',
  'CF - Budget',
  'Punkt 99: x',
  '(20 min.)',
  'Beslutning',
  'Mødested 915',
  'A, B',
  'Forperson A',
  'A (B',
  'A)',
  '',
];
const WORDS = ['Budget', 'Anne Ås', 'Økonomi & Stab', 'æøå', 'Chefforum godkendte', 'x'];
const hostileText = fc.oneof(
  fc.constantFrom(...VALUES),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((parts) => parts.join('')),
);

/** Meetings whose fields are hostile `hostile` times in `3 + hostile` (0: meetings that read back). */
function meetingArbitrary(hostile: number): fc.Arbitrary<Meeting> {
  const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    hostile === 0 ? good : fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: bad, weight: hostile });
  const text = mostly(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    hostileText,
  );
  const lines = fc.array(text, { maxLength: 3 }).map((ls) => ls.join('\n'));
  // Hostile values are cast to the brands on purpose: render's own check is what they test.
  const time = mostly(fc.constantFrom('09:00', '10:30', '23:59'), fc.constantFrom('9:00', '24:00', 'x')).map((t) => t as LocalTime);
  const sectionArb = fc.record({
    heading: mostly(
      fc.constantFrom('Anledning' as const, 'Sagsfremstilling' as const, 'Indstilling' as const, 'Beslutning' as const, 'Bilag' as const),
      fc.constant('' as const),
    ),
    text: lines,
  });
  const itemArb = fc.record({
    number: mostly(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(10000, -1, 1.5)),
    prefix: fc.option(mostly(fc.constantFrom('CF', 'DIF/CF'), fc.constantFrom('', ' CF', 'cf', 'C F', 'CF\n')), { nil: null }),
    title: text,
    caseNumber: mostly(fc.constantFrom('00.01.00-P35-7-23', '84.07.00-A00-1-23'), fc.constantFrom(' 00.01.00-P35-7-23', 'x')),
    closed: fc.boolean(),
    slot: fc.option(fc.record({ start: time, end: time }), { nil: null }),
    durationMinutes: fc.option(mostly(fc.integer({ min: 0, max: 999 }), fc.constantFrom(1000, 2.5, -1)), { nil: null }),
    sections: fc.array(sectionArb, { maxLength: 3 }),
    recommendation: fc.option(fc.record({ by: fc.option(text, { nil: null }), points: fc.array(text, { maxLength: 2 }) }), { nil: null }),
    decision: fc.option(lines, { nil: null }),
    history: fc.option(lines, { nil: null }),
    attachments: fc.array(text, { maxLength: 2 }),
    status: fc.constant('none' as const),
    postponedTo: fc.constant(null),
  });
  return fc.record({
    kind: fc.constantFrom('referat' as const, 'dagsorden' as const),
    forum: mostly(fc.constant('Chefforum'), hostileText),
    date: mostly(
      fc.constantFrom('2024-03-13', '2024-02-29', '0999-12-31'),
      fc.constantFrom('2023-02-29', '2024-02-30', '2024-13-01', '0000-01-01', '2024-3-1'),
    ).map((d) => d as IsoDate),
    start: time,
    plannedEnd: fc.option(time, { nil: null }),
    location: fc.option(text, { nil: null }),
    participants: fc.array(fc.record({ name: text, role: fc.option(text, { nil: null }), chair: fc.boolean() }), { maxLength: 3 }),
    preamble: fc.array(text, { maxLength: 2 }),
    items: fc.array(itemArb, { maxLength: 3 }),
  });
}

type Leaf = { path: (string | number)[]; value: string | number };
/** Every string and number in a value, with its path (the booleans and enums are left alone). */
function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number')
    return ['kind', 'status', 'heading'].includes(String(path.at(-1))) ? [] : [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, k) => leaves(v, [...path, k]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => leaves(v, [...path, key]));
  return [];
}
function setAt<T>(root: T, path: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(root);
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}
/** A meeting that reads back except for one field, chosen among all its strings and numbers. */
const oneBadField: fc.Arbitrary<Meeting> = meetingArbitrary(0)
  .filter((m) => leaves(m).length > 0)
  .chain((m) => {
    const all = leaves(m);
    return fc
      .record({ at: fc.integer({ min: 0, max: all.length - 1 }), text: hostileText, number: fc.constantFrom(10000, -1, 1.5, 1000) })
      .map(({ at, text, number }) => {
        const leaf = all[at]!;
        return setAt(m, leaf.path, typeof leaf.value === 'number' ? number : text);
      });
  });

/** Section text as the format keeps it: every line trimmed, paragraphs split by one blank line. */
const canonical = (value: string): string => joinParagraphs(value.split(/\r\n?|\n/).map((l) => l.trim()));

/**
 * The meeting as the document holds it: the format trims every line, keeps no closed content in
 * the public version and no title for a closed punkt, and derives decision, Bilag and the rest
 * from the sections, which are authoritative (render.ts).
 */
function asWritten(m: Meeting, internal: boolean): Meeting {
  const item = (i: AgendaItem): AgendaItem => {
    const shown =
      internal || !i.closed
        ? i
        : { ...i, durationMinutes: null, sections: [], recommendation: null, decision: null, history: null, attachments: [] };
    const raw = {
      number: shown.number,
      prefix: shown.closed ? null : shown.prefix?.trim() || null,
      title: shown.closed ? 'Lukket' : shown.title.trim(),
      caseNumber: shown.caseNumber,
      closed: shown.closed,
      slot: shown.slot,
      durationMinutes: shown.durationMinutes,
      sections: documentSections(shown).map(({ section }) => ({ heading: section.heading, text: canonical(section.text) })),
    };
    return completeItem(raw, m.kind, m.date);
  };
  return {
    ...m,
    forum: m.forum.trim(),
    location: m.location?.trim() || null,
    participants: m.participants.map((p) => ({ name: p.name.trim(), role: p.role?.trim() ?? null, chair: p.chair })),
    preamble: m.preamble.map((l) => l.trim()),
    items: m.items.map(item),
  };
}

describe('renderDocument over hostile meetings (fast-check)', () => {
  it.each([false, true])('internal: %s — throws RenderError or writes a document that parses back to the meeting', (internal) => {
    let rendered = 0;
    fc.assert(
      fc.property(fc.oneof(meetingArbitrary(1), oneBadField), (m) => {
        let out: string;
        try {
          out = renderDocument(m, { internal });
        } catch (error) {
          if (error instanceof RenderError) return;
          throw error;
        }
        rendered += 1;
        expect(parseDocument(out)).toEqual(asWritten(m, internal));
      }),
      { numRuns: 4000, seed: 9112024 },
    );
    // The generator must not be so hostile that nothing is ever rendered.
    expect(rendered).toBeGreaterThan(400);
  });
});
