import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.dispose());

const NOTETAKER = 'punkt-dev-token-notetaker';
const WINDOW = 'startDateTime=2024-03-01T00:00:00Z&endDateTime=2024-05-01T00:00:00Z';
// Wednesdays 09:00 Copenhagen (08:00 UTC in March), 6 March to 27 March 2024, the note-taker invited.
const series = () =>
  h.call('POST', '/me/events', {
    body: {
      subject: 'Chefforum',
      start: { dateTime: '2024-03-06T09:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2024-03-06T11:00:00', timeZone: 'Romance Standard Time' },
      attendees: [{ emailAddress: { address: 'referent@punkt-demo.local' }, type: 'required' }],
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'], firstDayOfWeek: 'monday' },
        range: { type: 'endDate', startDate: '2024-03-06', endDate: '2024-03-27', recurrenceTimeZone: 'Romance Standard Time' },
      },
    },
  }).json;
const view = (token = 'punkt-dev-token') => h.call('GET', `/me/calendarView?${WINDOW}`, { token }).json.value as LooseJson[];
const instances = (masterId: string, token = 'punkt-dev-token') =>
  h.call('GET', `/me/events/${encodeURIComponent(masterId)}/instances?${WINDOW}`, { token });
const at = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });
const path = (id: string) => `/me/events/${encodeURIComponent(id)}`;

describe('one occurrence of a series', () => {
  it('lists the occurrences of a master in /instances, with the ids calendarView gives, and requires the window', () => {
    const master = series();
    const listed = instances(master.id);
    expect(listed.status).toBe(200);
    expect(listed.json.value.map((o: LooseJson) => o.id)).toEqual(view().map((o) => o.id));
    expect(listed.json.value.map((o: LooseJson) => o.originalStart)).toEqual([
      '2024-03-06T08:00:00Z',
      '2024-03-13T08:00:00Z',
      '2024-03-20T08:00:00Z',
      '2024-03-27T08:00:00Z',
    ]);
    expect(h.call('GET', `/me/events/${encodeURIComponent(master.id)}/instances`).status).toBe(400);
    expect(instances(master.id, NOTETAKER).status).toBe(404);
  });

  it("turns the organizer's PATCH of an occurrence into an exception, in her calendar and the attendee's", () => {
    const master = series();
    const second = instances(master.id).json.value[1];
    const patched = h.call('PATCH', path(second.id), {
      body: { subject: 'Chefforum (flyttet)', start: at('2024-03-14T12:00:00'), end: at('2024-03-14T13:00:00') },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      id: second.id,
      type: 'exception',
      seriesMasterId: master.id,
      iCalUId: second.iCalUId,
      subject: 'Chefforum (flyttet)',
      start: { dateTime: '2024-03-14T12:00:00.0000000' },
      originalStart: '2024-03-13T08:00:00Z',
    });
    expect(patched.json.changeKey).not.toBe(second.changeKey);
    for (const token of ['punkt-dev-token', NOTETAKER]) {
      const items = view(token);
      expect(items.map((o) => `${o.type} ${o.subject} ${o.start.dateTime}`)).toEqual([
        'occurrence Chefforum 2024-03-06T08:00:00.0000000',
        'exception Chefforum (flyttet) 2024-03-14T12:00:00.0000000',
        'occurrence Chefforum 2024-03-20T08:00:00.0000000',
        'occurrence Chefforum 2024-03-27T08:00:00.0000000',
      ]);
      expect(items[1]).toMatchObject({ iCalUId: second.iCalUId, originalStart: '2024-03-13T08:00:00Z' });
    }
    expect(view(NOTETAKER)[1].id).not.toBe(second.id);
    expect(h.call('GET', path(second.id)).json).toMatchObject({ type: 'exception', subject: 'Chefforum (flyttet)' });
    // The rest of the series follows a later change of the master, the exception keeps its own subject.
    h.call('PATCH', path(master.id), { body: { location: { displayName: 'Byrådssalen' } } });
    expect(view().map((o) => `${o.subject} @ ${o.location.displayName}`)).toEqual([
      'Chefforum @ Byrådssalen',
      'Chefforum (flyttet) @ Byrådssalen',
      'Chefforum @ Byrådssalen',
      'Chefforum @ Byrådssalen',
    ]);
  });

  it('shows an exception moved into or out of a window where it now is', () => {
    const master = series();
    const last = instances(master.id).json.value[3];
    h.call('PATCH', path(last.id), { body: { start: at('2024-04-20T08:00:00'), end: at('2024-04-20T09:00:00') } });
    const march = h.call('GET', `/me/calendarView?startDateTime=2024-03-01T00:00:00Z&endDateTime=2024-04-01T00:00:00Z`).json.value;
    expect(march).toHaveLength(3);
    const april = h.call(
      'GET',
      `/me/events/${encodeURIComponent(master.id)}/instances?startDateTime=2024-04-01T00:00:00Z&endDateTime=2024-05-01T00:00:00Z`,
    );
    expect(april.json.value.map((o: LooseJson) => [o.type, o.originalStart])).toEqual([['exception', '2024-03-27T08:00:00Z']]);
  });

  it("keeps an attendee's PATCH of her occurrence in her own copy", () => {
    const master = series();
    const hers = view(NOTETAKER)[0];
    const patched = h.call('PATCH', path(hers.id), { body: { subject: 'Mit eget emne' }, token: NOTETAKER });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ type: 'exception', subject: 'Mit eget emne', originalStart: '2024-03-06T08:00:00Z' });
    expect(view(NOTETAKER)[0].subject).toBe('Mit eget emne');
    expect(view()[0]).toMatchObject({ type: 'occurrence', subject: 'Chefforum' });
    // Her occurrence id is not the organizer's: in the organizer's mailbox it is not found.
    expect(h.call('PATCH', path(hers.id), { body: { subject: 'x' } }).status).toBe(404);
    expect(instances(master.id).json.value[0].subject).toBe('Chefforum');
  });

  it("removes the organizer's deleted occurrence from calendarView and /instances in every mailbox", () => {
    const master = series();
    const [, second, third] = instances(master.id).json.value;
    h.call('PATCH', path(third.id), { body: { subject: 'Ændret' } });
    expect(h.call('DELETE', path(second.id)).status).toBe(204);
    expect(h.call('DELETE', path(third.id)).status).toBe(204);
    for (const token of ['punkt-dev-token', NOTETAKER]) {
      expect(view(token).map((o) => o.originalStart)).toEqual(['2024-03-06T08:00:00Z', '2024-03-27T08:00:00Z']);
    }
    expect(instances(master.id).json.value).toHaveLength(2);
    expect(h.call('GET', path(second.id)).status).toBe(404);
    expect(h.call('PATCH', path(second.id), { body: { subject: 'x' } }).status).toBe(404);
    expect(h.call('DELETE', path(second.id)).status).toBe(404);
    expect(h.call('GET', path(master.id)).json.type).toBe('seriesMaster');
  });

  it("removes an attendee's deleted occurrence from her calendar only", () => {
    series();
    expect(h.call('DELETE', path(view(NOTETAKER)[0].id), { token: NOTETAKER }).status).toBe(204);
    expect(view(NOTETAKER)).toHaveLength(3);
    expect(view()).toHaveLength(4);
  });
});
