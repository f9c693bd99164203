import { describe, expect, it } from 'vitest';
import { isoDate } from '../../domain/brands';
import { emptyItem } from './draft';
import { SINGLE_LINE_LIMITS, countProblems, headerProblems, itemProblems } from './validate';

const CASE = '00.01.00-P35-7-23';
const header = {
  kind: 'dagsorden' as const,
  forum: 'Chefforum',
  date: isoDate('2024-03-13'),
  start: '09:00',
  plannedEnd: '11:00',
  location: 'Mødelokale 915',
  participants: [],
  preamble: [],
};

describe('SharePoint single-line text limit (255 characters)', () => {
  it('accepts a punkt title of exactly 255 characters and refuses 256', () => {
    expect(itemProblems({ ...emptyItem(), title: 'x'.repeat(255), caseNumber: CASE })).toEqual({});
    expect(itemProblems({ ...emptyItem(), title: 'x'.repeat(256), caseNumber: CASE })).toEqual({ title: 'tooLong' });
    // A closed punkt's title is kept in the restricted list's Title column: the same limit.
    expect(itemProblems({ ...emptyItem(), closed: true, title: 'x'.repeat(256), caseNumber: CASE })).toEqual({ title: 'tooLong' });
  });

  it('counts the text as saved, without surrounding spaces', () => {
    expect(itemProblems({ ...emptyItem(), title: ` ${'x'.repeat(255)}  `, caseNumber: CASE })).toEqual({});
  });

  it('limits the place to 255 characters and the forum so the meeting row title (forum and date) fits', () => {
    expect(SINGLE_LINE_LIMITS.location).toBe(255);
    expect(SINGLE_LINE_LIMITS.forum).toBe(255 - ' 2024-03-13'.length);
    expect(headerProblems({ ...header, location: 'x'.repeat(255), forum: 'x'.repeat(244) })).toEqual({});
    expect(headerProblems({ ...header, location: 'x'.repeat(256), forum: 'x'.repeat(245) })).toEqual({
      location: 'tooLong',
      forum: 'tooLong',
    });
    expect(
      countProblems({
        meeting: { ...header, location: 'x'.repeat(256) },
        items: [{ ...emptyItem(), title: 'x'.repeat(300), caseNumber: CASE }],
      }),
    ).toBe(2);
  });
});
