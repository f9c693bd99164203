import { describe, expect, it } from 'vitest';
import text2017 from '../../../tests/fixtures/referater/chefforum-2017-03-02.txt?raw';
import text2021 from '../../../tests/fixtures/referater/chefforum-2021-09-02.txt?raw';
import text2024 from '../../../tests/fixtures/referater/chefforum-2024-03-13.txt?raw';
import { parseDocument } from '../../domain/parse';
import { renderDocument } from '../../domain/render';
import { emptyItem, moveItem, normaliseText, readClock, recommendationText, toDraft, toMeeting, withSection } from './draft';
import { countProblems, headerProblems, itemProblems } from './validate';

describe('the draft of an agenda', () => {
  it.each([
    ['2017', text2017],
    ['2021', text2021],
    ['2024', text2024],
  ])('gives back the same meeting when nothing is edited (real minutes %s)', (_, text) => {
    const meeting = parseDocument(text);
    expect(toMeeting(toDraft(meeting))).toEqual(meeting);
  });

  it('writes an edited Indstilling as "X indstiller," and numbered points that parse back', () => {
    const meeting = parseDocument(text2024);
    const draft = toDraft(meeting);
    draft.items[0] = {
      ...draft.items[0]!,
      recommender: 'Kommunaldirektøren',
      points: 'at A godkendes\n\nat B drøftes',
      recommendationEdited: true,
    };
    const again = parseDocument(renderDocument(toMeeting(draft)));
    expect(again.items[0]!.recommendation).toEqual({ by: 'Kommunaldirektøren', points: ['at A godkendes', 'at B drøftes'] });
    expect(recommendationText('', '')).toBe('');
  });

  it('puts a new section in the format’s order and drops an emptied one', () => {
    const sections = [
      { heading: 'Anledning' as const, text: 'a' },
      { heading: 'Bilag' as const, text: 'b.pdf' },
    ];
    expect(withSection(sections, 'Sagsfremstilling', 'x\n\n\n\ny  ').map((s) => s.heading)).toEqual([
      'Anledning',
      'Sagsfremstilling',
      'Bilag',
    ]);
    expect(withSection(sections, 'Sagsfremstilling', 'x\n\n\n\ny  ')[1]!.text).toBe('x\n\ny');
    expect(withSection(sections, 'Anledning', '  \n')).toEqual([{ heading: 'Bilag', text: 'b.pdf' }]);
    expect(normaliseText('\n\na  \r\n\r\n\r\nb\n\n')).toBe('a\n\nb');
  });

  it('numbers punkter by their order after a move, and a closed punkt renders as "Lukket"', () => {
    const draft = toDraft(parseDocument(text2024));
    const titles = draft.items.map((i) => i.title);
    draft.items = moveItem(draft.items, 1, -1);
    const meeting = toMeeting(draft);
    expect(meeting.items.map((i) => i.number)).toEqual(titles.map((_, i) => i + 1));
    expect(meeting.items[0]!.title).toBe(titles[1]);
    expect(moveItem(draft.items, 0, -1)).toEqual(draft.items);
    const closed = { ...emptyItem(), closed: true, title: 'Personalesag', caseNumber: '00.01.00-P35-7-23' };
    expect(renderDocument({ ...meeting, items: [toMeeting({ ...draft, items: [closed] }).items[0]!] })).toContain('Punkt 1: Lukket');
  });
});

describe('checking the form', () => {
  it('names the problems of a punkt: title, case number in the KLE shape, minutes, slot order', () => {
    expect(itemProblems({ ...emptyItem(), caseNumber: '' })).toEqual({ title: 'required', caseNumber: 'required' });
    expect(itemProblems({ ...emptyItem(), title: 'T', caseNumber: '00.01.00-P35-7' })).toEqual({ caseNumber: 'caseNumber' });
    expect(itemProblems({ ...emptyItem(), title: 'T', caseNumber: '00.01.00-P35-7-23', duration: '0' })).toEqual({ duration: 'minutes' });
    expect(itemProblems({ ...emptyItem(), title: 'T', caseNumber: '00.01.00-P35-7-23', prefix: 'cf' })).toEqual({ prefix: 'prefix' });
    expect(
      itemProblems({ ...emptyItem(), title: 'T', caseNumber: '00.01.00-P35-7-23', timing: 'slot', slotStart: '9.30', slotEnd: '09:10' }),
    ).toEqual({ slotEnd: 'slotOrder' });
    expect(
      itemProblems({ ...emptyItem(), title: 'T', caseNumber: '00.01.00-P35-7-23', timing: 'slot', slotStart: '25:00', slotEnd: '' }),
    ).toEqual({
      slotStart: 'clock',
      slotEnd: 'clock',
    });
    expect(itemProblems({ ...emptyItem(), closed: true, caseNumber: '00.01.00-P35-7-23' })).toEqual({});
  });

  it('reads a time typed with a dot or a colon, with or without the leading zero (issue #15)', () => {
    for (const typed of ['09.30', '09:30', '9.30', '9:30', ' 9.30 ']) expect(readClock(typed)).toBe('09:30');
    for (const typed of ['24.00', '9.60', '9.5', '930', '9,30', '']) expect(readClock(typed)).toBeNull();
    const draft = toDraft(parseDocument(text2024));
    const item = {
      ...emptyItem(),
      title: 'T',
      caseNumber: '00.01.00-P35-7-23',
      timing: 'slot' as const,
      slotStart: '9.30',
      slotEnd: '10:00',
    };
    const meeting = toMeeting({ meeting: { ...draft.meeting, start: '9.00', plannedEnd: '11.30' }, items: [item] });
    expect([meeting.start, meeting.plannedEnd, meeting.items[0]!.slot]).toEqual(['09:00', '11:30', { start: '09:30', end: '10:00' }]);
  });

  it('checks the header times and counts every problem', () => {
    const draft = toDraft(parseDocument(text2024));
    expect(countProblems(draft)).toBe(0);
    expect(headerProblems({ ...draft.meeting, forum: ' ', start: '9', plannedEnd: '' })).toEqual({ forum: 'required', start: 'clock' });
    expect(headerProblems({ ...draft.meeting, start: '10:00', plannedEnd: '09.00' })).toEqual({ plannedEnd: 'slotOrder' });
    expect(countProblems({ ...draft, items: [...draft.items, emptyItem()] })).toBe(2);
  });
});
