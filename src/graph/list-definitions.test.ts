import { describe, expect, it } from 'vitest';
import { PUNKT_LISTS, meetingKey, normalizeUtc } from './list-definitions';
import { itemRowsQuery } from './list-queries';

describe('list definitions', () => {
  it('index the meeting key everywhere and make unique columns indexed', () => {
    for (const list of PUNKT_LISTS) {
      expect(list.columns.find((c) => c.name === 'MeetingKey')?.indexed).toBe(true);
      for (const c of list.columns.filter((c) => c.enforceUniqueValues)) expect(c.indexed).toBe(true);
    }
    expect(PUNKT_LISTS.map((l) => l.displayName)).toEqual(['PunktMeetings', 'PunktItems', 'PunktClosedItems']);
  });
});

describe('meeting key', () => {
  it('joins iCalUId and the UTC start, normalising Graph event times', () => {
    expect(meetingKey({ iCalUId: 'abc', start: '2024-03-13T08:00:00.0000000' })).toBe('abc|2024-03-13T08:00:00Z');
    expect(meetingKey({ iCalUId: 'abc', start: '2024-03-13T09:00:00+01:00' })).toBe('abc|2024-03-13T08:00:00Z');
    expect(() => normalizeUtc('not a date')).toThrow(RangeError);
  });

  it('queries rows by the key with the quote escaped', () => {
    const q = new URLSearchParams(itemRowsQuery("o'k|2024-03-13T08:00:00Z").slice('/items?'.length));
    expect(q.get('$filter')).toBe("fields/MeetingKey eq 'o''k|2024-03-13T08:00:00Z'");
    expect(q.get('$expand')).toMatch(/^fields\(\$select=Title,MeetingKey,/);
  });
});
