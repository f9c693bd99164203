/**
 * A small agenda that exercises every part of the managers' view: explicit slots and durations,
 * a break, an overlap, an overrun, a closed punkt the user may not read, decisions and statuses.
 * Chefforum 2024-03-13 09:00–11:00 (planned):
 *   1 09.00–09.10 slot      approved
 *   2 09.10–09.40 30 min.   Anledning, Sagsfremstilling, Supplerende, Historik, Bilag (one a link)
 *   – 09.40–09.50 break
 *   3 09.50–10.20 slot
 *   4 10.10–10.30 slot      closed, unreadable; overlaps punkt 3 by 10 min.
 *   5 10.30–11.10 40 min.   postponed to 2024-04-10; overruns the planned end by 10 min.
 */
import { isoDate, localTime } from '../../src/domain/brands';
import type { Meeting } from '../../src/domain/meeting';
import type { MeetingRef, StoredAgenda } from '../../src/domain/ports';
import { punkt } from './agenda-items';

export const SAMPLE_REF: MeetingRef = { iCalUId: 'ical-chefforum-1', start: '2024-03-13T08:00:00Z' };

export function sampleMeeting(): Meeting {
  return {
    kind: 'dagsorden',
    forum: 'Chefforum',
    date: isoDate('2024-03-13'),
    start: localTime('09:00'),
    plannedEnd: localTime('11:00'),
    location: 'Mødelokale 915',
    participants: [
      { name: 'Henrik Harder', role: 'Kommunaldirektør', chair: true },
      { name: 'Marie Aasøe', role: 'Afdelingschef Økonomi & Stab', chair: false },
    ],
    preamble: [],
    items: [
      punkt(1, {
        title: 'Godkendelse af dagsorden',
        slot: { start: '09:00', end: '09:10' },
        recommendation: {
          by: 'Kommunaldirektøren',
          points: ['at dagsorden til dette møde godkendes', 'at referat fra sidste møde godkendes'],
        },
        sections: [{ heading: 'Indstilling', text: 'Kommunaldirektøren indstiller,\n\n1. at dagsorden til dette møde godkendes' }],
        decision: 'Chefforum godkendte dagsordenen.',
        status: 'approved',
      }),
      punkt(2, {
        title: 'Status på budget 2025',
        durationMinutes: 30,
        sections: [
          { heading: 'Anledning', text: 'Chefforum orienteres om budgettet.' },
          { heading: 'Sagsfremstilling', text: 'Første afsnit.\n\nAndet afsnit med <b>ikke-HTML</b>.' },
          { heading: 'Supplerende Sagsfremstilling', text: 'Tal fra KL.' },
        ],
        recommendation: { by: 'Direktøren for Økonomi', points: ['at orienteringen tages til efterretning'] },
        history: 'Behandlet i Chefforum 29. februar 2024.',
        attachments: ['Notat om budget', 'https://example.org/budget.pdf'],
      }),
      punkt(3, { title: 'Lederdøgn 2024', slot: { start: '09:50', end: '10:20' } }),
      punkt(4, { closed: true, slot: { start: '10:10', end: '10:30' } }),
      punkt(5, { title: 'Nyt fra afdelingerne', durationMinutes: 40, status: 'postponed', postponedTo: '2024-04-10' }),
    ],
  };
}

/** The sample as a repository returns it; punkt 4 is closed and unreadable for this user. */
export function sampleAgenda(meeting: Meeting = sampleMeeting(), ref: MeetingRef = SAMPLE_REF): StoredAgenda {
  return {
    meetingId: 'm1',
    etag: '"1"',
    ref,
    meeting,
    items: meeting.items.map((it) => ({ id: `i${it.number}`, etag: '"1"', item: it, readable: !it.closed })),
  };
}
