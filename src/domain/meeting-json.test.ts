import { describe, expect, it } from 'vitest';
import text2024 from '../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { MeetingJsonError, meetingFromJson, meetingToJson } from './meeting-json';
import { parseDocument } from './parse';

const HEAD = 'REFERAT Chefforum d. 13-03-2024\nMødedato Onsdag d. 13. marts 2024 kl. 09:00-12:00\nEn løs linje\n';

describe('meetingToJson (issue #2, "CLI")', () => {
  it('uses exactly the documented key order, without optional keys when empty', () => {
    const json = meetingToJson(parseDocument(text2024));
    expect(Object.keys(json)).toEqual(['kind', 'forum', 'date', 'start', 'location', 'participants', 'items']);
    const items = json.items as Record<string, unknown>[];
    expect(Object.keys(items[0]!)).toEqual([
      'number',
      'prefix',
      'title',
      'caseNumber',
      'closed',
      'slot',
      'durationMinutes',
      'sections',
      'recommendation',
      'decision',
      'history',
      'attachments',
      'status',
    ]);
    expect(Object.keys((json.participants as object[])[0]!)).toEqual(['name', 'role', 'chair']);
    expect(Object.keys((items[0]!.sections as object[])[0]!)).toEqual(['heading', 'text']);
    expect(Object.keys(items[0]!.recommendation as object)).toEqual(['by', 'points']);
  });

  it('adds plannedEnd after start, postponedTo after status and preamble last when they hold something', () => {
    const m = parseDocument(`${HEAD}Punkt 1: CF - A (9.00-9.20)\n00.01.00-P35-7-23\nBeslutning\nUdsat til den 10. april 2024`);
    const json = meetingToJson(m);
    expect(Object.keys(json)).toEqual(['kind', 'forum', 'date', 'start', 'plannedEnd', 'location', 'participants', 'items', 'preamble']);
    expect(json.preamble).toEqual(['En løs linje']);
    const item = (json.items as Record<string, unknown>[])[0]!;
    expect(Object.keys(item).slice(-2)).toEqual(['status', 'postponedTo']);
    expect(item.slot).toEqual({ start: '09:00', end: '09:20' });
    expect(JSON.stringify(item.slot)).toBe('{"start":"09:00","end":"09:20"}');
  });
});

describe('meetingFromJson', () => {
  it('reads back what meetingToJson wrote, through JSON text', () => {
    const m = parseDocument(`${HEAD}Punkt 1: CF - A (9.00-9.20)\n00.01.00-P35-7-23\nBeslutning\nUdsat til den 10. april 2024`);
    expect(meetingFromJson(JSON.parse(JSON.stringify(meetingToJson(m))))).toEqual(m);
    const fixture = parseDocument(text2024);
    expect(meetingFromJson(JSON.parse(JSON.stringify(meetingToJson(fixture))))).toEqual(fixture);
  });

  // A copy of a valid meeting with one value replaced (or removed, for undefined).
  const changed = (path: (string | number)[], value?: unknown): unknown => {
    const root = JSON.parse(JSON.stringify(meetingToJson(parseDocument(text2024)))) as Record<string | number, unknown>;
    let node = root;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
    return root;
  };
  const problem = (value: unknown): MeetingJsonError => {
    try {
      meetingFromJson(value);
    } catch (error) {
      if (error instanceof MeetingJsonError) return error;
      throw error;
    }
    throw new Error('expected a MeetingJsonError');
  };

  it.each([
    ['not an object', () => 42, '$'],
    ['a wrong kind', () => changed(['kind'], 'notat'), 'kind'],
    ['a bad date', () => changed(['date'], '13-03-2024'), 'date'],
    ['a bad case number', () => changed(['items', 2, 'caseNumber'], '00.01.00'), 'items[2].caseNumber'],
    ['a missing status', () => changed(['items', 1, 'status']), 'items[1].status'],
    ['an unknown section heading', () => changed(['items', 0, 'sections', 1, 'heading'], 'Økonomi'), 'items[0].sections[1].heading'],
  ])('names the JSON path of the first problem: %s', (_name, make, path) => {
    const error = problem(make());
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });
});
