import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { localTime } from '../../domain/brands';
import { parseDocument } from '../../domain/parse';
import { toMeeting } from './draft';
import { headerFor } from './meeting-header';
import { reuseAgenda } from './reuse-agenda';

const referat = parseDocument(readFileSync(new URL('../../../tests/fixtures/referater/chefforum-2024-03-13.txt', import.meta.url), 'utf8'));
const NEXT = { iCalUId: 'next', start: '2024-04-10T07:00:00Z' };

describe('a new agenda from an earlier meeting', () => {
  it('takes the punkter and participants under this meeting’s header, as an agenda without decisions', () => {
    const header = { ...headerFor(NEXT), forum: 'Chefforum', plannedEnd: '11:00', location: 'Mødelokale 915' };
    const meeting = toMeeting(reuseAgenda(referat, header));
    expect(meeting).toMatchObject({
      kind: 'dagsorden',
      forum: 'Chefforum',
      date: '2024-04-10',
      start: '09:00',
      plannedEnd: '11:00',
      location: 'Mødelokale 915',
      preamble: [],
    });
    expect(meeting.participants).toEqual(referat.participants);
    expect(meeting.items.map((i) => i.title)).toEqual(referat.items.map((i) => i.title));
    expect(referat.items.some((i) => i.decision !== null)).toBe(true);
    expect(meeting.items.every((i) => i.decision === null && i.status === 'none')).toBe(true);
    expect(meeting.items.flatMap((i) => i.sections).some((s) => s.heading === 'Beslutning')).toBe(false);
  });

  it('turns fixed slots into durations of the same length when the meetings start at different times', () => {
    const source = {
      ...referat,
      start: localTime('09:00'),
      items: [{ ...referat.items[0]!, slot: { start: localTime('09:00'), end: localTime('09:25') }, durationMinutes: null }],
    };
    const later = toMeeting(reuseAgenda(source, { ...headerFor({ iCalUId: 'x', start: '2024-04-10T11:00:00Z' }), forum: '' }));
    expect(later.forum).toBe(referat.forum);
    expect(later.items[0]).toMatchObject({ slot: null, durationMinutes: 25 });
    const same = toMeeting(reuseAgenda(source, headerFor(NEXT)));
    expect(same.items[0]).toMatchObject({ slot: { start: '09:00', end: '09:25' } });
  });
});
