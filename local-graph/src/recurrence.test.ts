import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';
import { occurrenceICalUId } from './recurrence';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.dispose());

const NOTETAKER = 'punkt-dev-token-notetaker';
// Wednesdays 09:00 Copenhagen from 6 March 2024 to 10 April 2024: the series crosses the switch to summer time (31 March).
const series = () =>
  h.call('POST', '/me/events', {
    body: {
      subject: 'Chefforum',
      start: { dateTime: '2024-03-06T09:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2024-03-06T11:00:00', timeZone: 'Romance Standard Time' },
      attendees: [{ emailAddress: { address: 'referent@punkt-demo.local' }, type: 'required' }],
      isOnlineMeeting: true,
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'], firstDayOfWeek: 'monday' },
        range: { type: 'endDate', startDate: '2024-03-06', endDate: '2024-04-10', recurrenceTimeZone: 'Romance Standard Time' },
      },
    },
  });
const view = (token = 'punkt-dev-token') =>
  h.call('GET', '/me/calendarView?startDateTime=2024-03-01T00:00:00Z&endDateTime=2024-05-01T00:00:00Z', { token }).json
    .value as LooseJson[];

describe('a recurring series', () => {
  it('lists the master in /me/events and its occurrences, not the master, in calendarView', () => {
    const master = series().json;
    expect(master).toMatchObject({ type: 'seriesMaster', recurrence: { pattern: { type: 'weekly', daysOfWeek: ['wednesday'] } } });
    expect(h.call('GET', '/me/events').json.value.map((e: LooseJson) => e.type)).toEqual(['seriesMaster']);
    const occurrences = view();
    expect(occurrences.map((o) => o.start.dateTime)).toEqual([
      '2024-03-06T08:00:00.0000000',
      '2024-03-13T08:00:00.0000000',
      '2024-03-20T08:00:00.0000000',
      '2024-03-27T08:00:00.0000000',
      // Summer time: 09:00 in Copenhagen is 07:00 UTC.
      '2024-04-03T07:00:00.0000000',
      '2024-04-10T07:00:00.0000000',
    ]);
    for (const o of occurrences) expect(o).toMatchObject({ type: 'occurrence', seriesMasterId: master.id, recurrence: null });
    expect(new Set(occurrences.map((o) => o.id)).size).toBe(6);
    expect(new Set(occurrences.map((o) => o.iCalUId)).size).toBe(6);
    expect(occurrences.every((o) => o.iCalUId !== master.iCalUId && o.onlineMeeting.joinUrl === master.onlineMeeting.joinUrl)).toBe(true);
  });

  it("shares each occurrence's iCalUId across mailboxes, with ids of each mailbox's own", () => {
    series();
    const mine = view();
    const hers = view(NOTETAKER);
    expect(hers.map((o) => o.iCalUId)).toEqual(mine.map((o) => o.iCalUId));
    expect(hers.some((o) => mine.some((m) => m.id === o.id))).toBe(false);
    expect(hers[1].seriesMasterId).not.toBe(mine[1].seriesMasterId);
  });

  it('returns an occurrence by its id, and 404 ErrorItemNotFound for it in another mailbox', () => {
    series();
    const second = view()[1];
    const got = h.call('GET', `/me/events/${encodeURIComponent(second.id)}`);
    expect(got.json).toMatchObject({ id: second.id, type: 'occurrence', iCalUId: second.iCalUId, start: second.start });
    const theirs = h.call('GET', `/me/events/${encodeURIComponent(second.id)}`, { token: NOTETAKER });
    expect([theirs.status, theirs.json.error.code]).toEqual([404, 'ErrorItemNotFound']);
  });

  it('gives the series one meeting chat', () => {
    const master = series().json;
    const chatId = /meetup-join\/([^/]+)\//.exec(master.onlineMeeting.joinUrl)?.[1] ?? '';
    expect(h.call('GET', `/chats/${chatId}`).json.onlineMeetingInfo.calendarEventId).toBe(master.id);
  });

  it('puts the instance date in the Global Object ID bytes of the iCalUId', () => {
    const uid = '040000008200E00074C5B7101A82E00800000000ABCDEF';
    expect(occurrenceICalUId(uid, '2024-03-13')).toBe('040000008200E00074C5B7101A82E00807E8030DABCDEF');
  });

  it('refuses a pattern the service does not expand', () => {
    const monthly = h.call('POST', '/me/events', {
      body: {
        subject: 'S',
        start: { dateTime: '2024-03-06T09:00:00', timeZone: 'UTC' },
        end: { dateTime: '2024-03-06T10:00:00', timeZone: 'UTC' },
        recurrence: { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 6 }, range: { type: 'noEnd', startDate: '2024-03-06' } },
      },
    });
    expect(monthly.status).toBe(400);
  });
});
