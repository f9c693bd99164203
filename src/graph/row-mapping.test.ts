import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../domain/parse';
import type { AgendaItem, Meeting } from '../domain/meeting';
import { CLOSED_ITEMS_LIST, ITEMS_LIST, MEETINGS_LIST, meetingKey } from './list-definitions';
import {
  MappingError,
  decisionFromRow,
  decisionToFields,
  itemFromRows,
  itemToFields,
  meetingFromRow,
  meetingToFields,
  modifiedAtOf,
  numberUnplaced,
} from './row-mapping';
import type { StoredItem } from '../domain/ports';
import type { Row } from './row-mapping';

const dir = new URL('../../tests/fixtures/referater/', import.meta.url);
const fixtures: [string, Meeting][] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => [f, parseDocument(readFileSync(new URL(f, dir), 'utf8'))]);
const ref = { iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' };
const row = (fields: Record<string, unknown> | null, id = '7'): Row => ({ id, '@odata.etag': `"${id},1"`, fields: fields ?? {} });

describe('round trip through list rows', () => {
  for (const [file, meeting] of fixtures) {
    it(`keeps the header of ${file}`, () => {
      const back = meetingFromRow(row(meetingToFields(ref, meeting, 'ck')));
      expect(back).toEqual({ ...meeting, items: [], meetingKey: meetingKey(ref), clientKey: 'ck', problems: [] });
    });

    it(`keeps every item of ${file}`, () => {
      for (const [i, item] of meeting.items.entries()) {
        const { main, content } = itemToFields('k', item, i, `ck${i}`);
        expect(content).toBeNull();
        expect(itemFromRows(row(main)).item).toEqual(item);
      }
    });
  }

  it('shows a decision written later in the Beslutning section', () => {
    const item = fixtures[0]![1].items[1]!;
    const { main } = itemToFields('k', item, 0, 'ck');
    const written = { ...main, ...decisionToFields({ decision: 'Godkendt.', status: 'approved', postponedTo: null }) };
    const back = itemFromRows(row(written)).item;
    expect(back.decision).toBe('Godkendt.');
    expect(back.sections.filter((s) => s.heading === 'Beslutning')).toEqual([{ heading: 'Beslutning', text: 'Godkendt.' }]);
  });
});

describe('closed items', () => {
  const open = fixtures[2]![1].items[2]!;
  const closed: AgendaItem = { ...open, closed: true, prefix: null, title: 'Personalesag' };

  it('keep nothing but number, order, case number and "Lukket" in the main list', () => {
    const { main, content } = itemToFields('k', closed, 3, 'ck');
    expect(main).toMatchObject({ Number: closed.number, SortOrder: 3, CaseNumber: closed.caseNumber, Closed: true, Title: 'Lukket' });
    expect(JSON.stringify(main)).not.toContain('Personalesag');
    expect(JSON.stringify(main)).not.toContain(closed.sections[1]!.text.slice(0, 30));
    expect(content).toMatchObject({ MeetingKey: 'k', Number: closed.number, Title: 'Personalesag', ClientKey: 'ck' });
  });

  it('come back whole from both rows', () => {
    const { main, content } = itemToFields('k', closed, 3, 'ck');
    const back = itemFromRows(row(main), row(content, '9'));
    expect(back.item).toEqual(closed);
    expect(back.info).toEqual({ sortOrder: 3, clientKey: 'ck', closed: true });
    expect(decisionFromRow(CLOSED_ITEMS_LIST, row(content))).toEqual({
      decision: closed.decision,
      status: closed.status,
      postponedTo: null,
    });
  });

  it('show as Lukket with an empty content when the restricted row cannot be read', () => {
    const { main } = itemToFields('k', closed, 3, 'ck');
    expect(itemFromRows(row(main)).item).toMatchObject({
      closed: true,
      title: 'Lukket',
      caseNumber: closed.caseNumber,
      sections: [],
      decision: null,
    });
  });
});

describe('malformed rows', () => {
  const good = itemToFields('k', fixtures[0]![1].items[0]!, 0, 'ck').main;
  const read = (fields: Record<string, unknown>) => itemFromRows(row({ ...good, ...fields }, '42'));
  const intact = itemFromRows(row(good, '42')).item;

  it('yield the punkt with the bad column at its safe default and a problem naming list, item and column', () => {
    // The rest of the punkt as a good row gives it (sections decide the derived fields, so they are compared apart).
    const rest = ({ sections: _s, recommendation: _r, history: _h, attachments: _a, ...item }: AgendaItem) => item;
    const cases: [Record<string, unknown>, string, Partial<AgendaItem>][] = [
      [{ Status: 'maybe' }, 'Status', { status: 'none' }],
      [{ SectionsJson: '{not json' }, 'SectionsJson', {}],
      [{ SectionsJson: '[{"heading":"Nope","text":""}]' }, 'SectionsJson', {}],
      [{ SlotStart: '9.00' }, 'SlotStart', { slot: null }],
      [{ DurationMinutes: -5 }, 'DurationMinutes', { durationMinutes: null }],
      [{ CaseNumber: 17 }, 'CaseNumber', { caseNumber: '' }],
    ];
    for (const [fields, column, defaults] of cases) {
      const back = read(fields);
      expect(rest(back.item), column).toEqual({ ...rest(intact), ...defaults });
      if (column !== 'SectionsJson') expect(back.item.sections, column).toEqual(intact.sections);
      else
        expect(
          back.item.sections.filter((s) => s.heading !== 'Beslutning'),
          column,
        ).toEqual([]);
      expect(back.problems, column).toEqual([{ list: 'PunktItems', itemId: '42', column, message: expect.any(String) }]);
    }
    expect(read({ SectionsJson: '{not json' }).problems[0]!.message).toBe('not valid JSON');
  });

  it('report nothing for a good row', () => {
    expect(itemFromRows(row(good, '42')).problems).toEqual([]);
  });

  it('keep a punkt without Number, placed by its SortOrder, with a problem', () => {
    const back = read({ Number: 'three', SortOrder: 4 });
    expect(back.item.title).toBe(intact.title);
    expect(back.info.sortOrder).toBe(4);
    expect(back.problems.map((p) => p.column)).toEqual(['Number']);
  });

  it('keep a row without fields as a punkt placed last, not a crash', () => {
    const back = itemFromRows({ id: '1' });
    expect(back.info.sortOrder).toBe(Number.MAX_SAFE_INTEGER);
    expect(back.problems.map((p) => `${p.list} ${p.itemId} ${p.column}`)).toEqual([
      'PunktItems 1 MeetingKey',
      'PunktItems 1 Number',
      'PunktItems 1 SortOrder',
    ]);
  });

  it("report a bad column of a closed punkt's content row under the restricted list", () => {
    const closed = { ...fixtures[0]![1].items[0]!, closed: true };
    const { main, content } = itemToFields('k', closed, 0, 'ck');
    const back = itemFromRows(row(main), row({ ...content, Status: 'maybe' }, '9'));
    expect(back.item).toMatchObject({ title: closed.title, status: 'none' });
    expect(back.problems).toEqual([{ list: 'PunktClosedItems', itemId: '9', column: 'Status', message: expect.any(String) }]);
  });

  it('count a punkt whose Closed cannot be read as closed, so nothing of it shows from the main row', () => {
    const back = read({ Closed: 'ja' });
    expect(back.info.closed).toBe(true);
    expect(back.item).toMatchObject({ closed: true, title: 'Lukket', sections: [], decision: null });
    expect(back.problems.map((p) => p.column)).toEqual(['Closed']);
  });

  it('give unnumbered punkter the numbers after the last, in their order', () => {
    const stored = (number: number, unplaced = false): StoredItem => ({
      id: String(number),
      etag: '',
      readable: true,
      item: { ...intact, number },
      ...(unplaced ? { problems: [{ list: 'PunktItems', itemId: 'x', column: 'Number', message: 'missing' }] } : {}),
    });
    const placed = numberUnplaced([stored(1), stored(0, true), stored(4), stored(0, true)]);
    expect(placed.map((s) => s.item.number)).toEqual([1, 5, 4, 6]);
  });

  it('still read the decision of a row whose Status is unknown, so a decision can be written over it', () => {
    expect(decisionFromRow(ITEMS_LIST, row({ ...good, Decision: 'Godkendt.', Status: 'maybe' }))).toEqual({
      decision: 'Godkendt.',
      status: 'none',
      postponedTo: null,
    });
  });

  it('of the meeting name the list, the item and the column', () => {
    expect(() => meetingFromRow(row({}, '5'))).toThrow(MappingError);
    expect(() => meetingFromRow(row({}, '5'))).toThrow(/PunktMeetings item 5, column MeetingKey/);
  });

  it('carry the names as properties', () => {
    try {
      meetingFromRow(row({ ...meetingToFields(ref, fixtures[0]![1], 'c'), StartTime: '9.00' }, '5'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MappingError);
      expect(e).toMatchObject({ list: MEETINGS_LIST.displayName, itemId: '5', column: 'StartTime' });
    }
  });

  it('of the meeting keep the meeting when a column it can do without is bad, with a problem', () => {
    const meeting = fixtures[2]![1];
    const back = meetingFromRow(
      row({ ...meetingToFields(ref, meeting, 'c'), ParticipantsJson: '[1]', PlannedEnd: '11.00', Kind: 'notat', Location: 4 }, '5'),
    );
    expect(back).toMatchObject({
      forum: meeting.forum,
      date: meeting.date,
      start: meeting.start,
      participants: [],
      plannedEnd: null,
      kind: 'dagsorden',
      location: null,
    });
    expect(back.problems.map((p) => `${p.list} ${p.itemId} ${p.column}`).sort()).toEqual(
      ['Kind', 'Location', 'ParticipantsJson', 'PlannedEnd'].map((c) => `PunktMeetings 5 ${c}`),
    );
  });
});

describe('modifiedAtOf', () => {
  it('is the later of the main and content rows (a closed punkt’s decision lives in its content row)', () => {
    const main: Row = { id: '1', lastModifiedDateTime: '2024-03-13T09:00:00Z' };
    expect(modifiedAtOf(main)).toBe('2024-03-13T09:00:00Z');
    expect(modifiedAtOf(main, { id: '2', lastModifiedDateTime: '2024-03-20T10:00:00Z' })).toBe('2024-03-20T10:00:00Z');
    expect(
      modifiedAtOf({ id: '1', lastModifiedDateTime: '2024-04-01T00:00:00Z' }, { id: '2', lastModifiedDateTime: '2024-03-20T10:00:00Z' }),
    ).toBe('2024-04-01T00:00:00Z');
  });

  it('is undefined when Graph gave no readable time', () => {
    expect(modifiedAtOf({ id: '1' })).toBeUndefined();
    expect(modifiedAtOf({ id: '1', lastModifiedDateTime: 'soon' })).toBeUndefined();
  });
});
