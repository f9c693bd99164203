import { describe, expect, it } from 'vitest';
import { meetingFromJson, meetingToJson } from '../../src/domain/meeting-json';
import { meetingOf, punkt } from './agenda-items';

describe('punkt(): the one builder of test punkter (issue #12, point 10)', () => {
  it('builds an open punkt the domain reads back unchanged', () => {
    const meeting = meetingOf([punkt(1), punkt(2, { durationMinutes: 20 }), punkt(3, { closed: true })]);
    expect(meetingFromJson(meetingToJson(meeting))).toEqual(meeting);
    expect(punkt(2)).toMatchObject({
      number: 2,
      prefix: 'CF',
      title: 'Punkt 2',
      caseNumber: '00.01.00-P35-2-24',
      closed: false,
      slot: null,
      status: 'none',
    });
  });

  it('names a closed punkt "Lukket" without a prefix, as the referater do', () => {
    expect(punkt(4, { closed: true })).toMatchObject({ number: 4, closed: true, prefix: null, title: 'Lukket' });
  });

  it('lets the given fields win over the filler', () => {
    const slot = { start: '09:00', end: '09:10' };
    expect(punkt(1, { title: 'Godkendelse af dagsorden', slot, status: 'approved' })).toMatchObject({
      title: 'Godkendelse af dagsorden',
      slot,
      status: 'approved',
    });
    expect(punkt(3, { closed: true, title: 'Lukket punkt', prefix: 'CF' })).toMatchObject({ title: 'Lukket punkt', prefix: 'CF' });
  });
});

describe('meetingOf(): the meeting around test punkter', () => {
  it('is Chefforum’s dagsorden of 13 March 2024 at 09:00 with nothing else, which the domain reads back unchanged', () => {
    const meeting = meetingOf([punkt(1)]);
    expect(meeting).toEqual({
      kind: 'dagsorden',
      forum: 'Chefforum',
      date: '2024-03-13',
      start: '09:00',
      plannedEnd: null,
      location: null,
      participants: [],
      preamble: [],
      items: [punkt(1)],
    });
    expect(meetingFromJson(meetingToJson(meeting))).toEqual(meeting);
  });

  it('lets the given header fields win, and checks the plain-string date and times', () => {
    expect(meetingOf([], { date: '2024-04-10', start: '13:00', plannedEnd: '15:00', location: 'Mødelokale 2' })).toMatchObject({
      date: '2024-04-10',
      start: '13:00',
      plannedEnd: '15:00',
      location: 'Mødelokale 2',
    });
    expect(() => meetingOf([], { start: '9' })).toThrow();
  });
});
