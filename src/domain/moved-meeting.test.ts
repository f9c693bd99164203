import { describe, expect, it } from 'vitest';
import { isoDate, localTime } from './brands';
import type { AgendaItem, Meeting } from './meeting';
import { AmbiguousMovedMeetingError, localDateAt, movedMeeting, StaleMeetingStartError } from './moved-meeting';
import { appErrorOf } from './app-error';

const item = (number: number, start: string | null, end: string | null): AgendaItem =>
  ({
    number,
    prefix: 'CF',
    title: `Punkt ${number}`,
    caseNumber: '',
    closed: false,
    slot: start && end ? { start: localTime(start), end: localTime(end) } : null,
    durationMinutes: null,
    sections: [],
    recommendation: null,
    decision: null,
    history: null,
  }) as unknown as AgendaItem;

const meeting: Meeting = {
  kind: 'dagsorden',
  forum: 'Chefforum',
  date: isoDate('2024-03-13'),
  start: localTime('09:00'),
  plannedEnd: localTime('11:00'),
  location: null,
  participants: [],
  preamble: [],
  items: [item(1, '09:00', '09:30'), item(2, null, null), item(3, '10:15', '11:00')],
};

describe('a moved meeting', () => {
  it('takes the new start in Copenhagen and moves the planned end and every slot by the same minutes', () => {
    // 13 March 09:00 (08:00 UTC) → 14 March 13:00 Copenhagen (12:00 UTC), as the occurrence test moves it.
    const moved = movedMeeting(meeting, '2024-03-14T12:00:00Z');
    expect([moved.date, moved.start, moved.plannedEnd]).toEqual(['2024-03-14', '13:00', '15:00']);
    expect(moved.items.map((i) => i.slot)).toEqual([{ start: '13:00', end: '13:30' }, null, { start: '14:15', end: '15:00' }]);
    expect(moved.items.map((i) => i.title)).toEqual(['Punkt 1', 'Punkt 2', 'Punkt 3']);
  });

  it('counts real minutes across a daylight-saving change: 09:00 in winter to 09:00 in summer is the same wall clock', () => {
    // 20 March 2024 09:00 CET (08:00Z) → 3 April 09:00 CEST (07:00Z).
    const moved = movedMeeting({ ...meeting, date: isoDate('2024-03-20') }, '2024-04-03T07:00:00Z');
    expect([moved.date, moved.start, moved.plannedEnd, moved.items[0]!.slot]).toEqual([
      '2024-04-03',
      '09:00',
      '11:00',
      { start: '09:00', end: '09:30' },
    ]);
  });

  it('leaves a meeting at its stored start as it is', () => {
    expect(movedMeeting(meeting, '2024-03-13T08:00:00Z')).toBe(meeting);
  });

  it('gives the local date of an instant, the day after UTC late in the evening', () => {
    expect(localDateAt(Date.parse('2024-03-13T23:30:00Z'))).toBe('2024-03-14');
    expect(localDateAt(Date.parse('2024-03-13T22:30:00Z'))).toBe('2024-03-13');
  });

  it('names several candidate agendas as an error the views read as refused, not as a lost connection', () => {
    const error = new AmbiguousMovedMeetingError('uid-1', ['2024-03-13T08:00:00Z', '2024-03-20T08:00:00Z']);
    expect(error.name).toBe('AmbiguousMovedMeetingError');
    expect(error.starts).toHaveLength(2);
    expect(appErrorOf(error).kind).toBe('invalid');
  });

  it('reads a start the calendar no longer holds as not found (the views say the meeting may have moved), with the start it is stored under', () => {
    const error = new StaleMeetingStartError('uid-1|2024-03-13T08:00:00Z', '2024-03-14T12:00:00Z');
    expect([error.name, error.storedStart, appErrorOf(error).kind]).toEqual([
      'StaleMeetingStartError',
      '2024-03-14T12:00:00Z',
      'not-found',
    ]);
  });
});
