import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.dispose());

const event = (subject: string, start: string, end: string, extra: Record<string, unknown> = {}) =>
  h.call('POST', '/me/events', {
    body: { subject, start: { dateTime: start, timeZone: 'UTC' }, end: { dateTime: end, timeZone: 'UTC' }, ...extra },
  });

describe('calendar events', () => {
  it('creates an event with an id, an iCalUId, the caller as organizer and UTC start/end', () => {
    const created = event('Chefforum', '2024-03-13T08:00:00', '2024-03-13T10:00:00', { location: { displayName: 'Mødelokale 1' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      subject: 'Chefforum',
      isOrganizer: true,
      organizer: { emailAddress: { name: 'Sekretær Demo' } },
      start: { dateTime: '2024-03-13T08:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2024-03-13T10:00:00.0000000', timeZone: 'UTC' },
      location: { displayName: 'Mødelokale 1' },
    });
    expect(created.json.id).toEqual(expect.any(String));
    expect(created.json.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect(h.call('GET', `/me/events/${encodeURIComponent(created.json.id)}`).json.iCalUId).toBe(created.json.iCalUId);
    expect(h.call('GET', '/me/events/unknown').status).toBe(404);
  });

  it('converts a Windows time zone to UTC (Romance Standard Time is Copenhagen)', () => {
    const created = h.call('POST', '/me/events', {
      body: {
        subject: 'S',
        start: { dateTime: '2024-07-01T09:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2024-07-01T10:00:00', timeZone: 'Europe/Copenhagen' },
      },
    });
    expect(created.json.start.dateTime).toBe('2024-07-01T07:00:00.0000000');
  });

  it('finds an event by iCalUId and orders and pages /me/events', () => {
    const ids = [3, 1, 2].map((d) => event(`E${d}`, `2024-03-0${d}T08:00:00`, `2024-03-0${d}T09:00:00`).json);
    const found = h.call('GET', `/me/events?$filter=iCalUId eq '${ids[1].iCalUId}'`);
    expect(found.json.value.map((e: LooseJson) => e.subject)).toEqual(['E1']);
    const ordered = h.call('GET', '/me/events?$orderby=start/dateTime&$top=2');
    expect(ordered.json.value.map((e: LooseJson) => e.subject)).toEqual(['E1', 'E2']);
    expect(ordered.json['@odata.nextLink']).toContain('$skiptoken=');
    expect(h.call('GET', '/me/events?$filter=nope eq 1').status).toBe(400);
  });

  it('returns the events overlapping the calendarView window and requires both bounds', () => {
    event('Before', '2024-03-12T08:00:00', '2024-03-12T09:00:00');
    event('Spans', '2024-03-12T23:00:00', '2024-03-13T01:00:00');
    event('Inside', '2024-03-13T08:00:00', '2024-03-13T09:00:00');
    const view = h.call('GET', '/me/calendarView?startDateTime=2024-03-13T00:00:00Z&endDateTime=2024-03-14T00:00:00Z');
    expect(view.json.value.map((e: LooseJson) => e.subject)).toEqual(['Spans', 'Inside']);
    const missing = h.call('GET', '/me/calendarView?startDateTime=2024-03-13T00:00:00Z');
    expect([missing.status, missing.json.error.code]).toEqual([400, 'ErrorInvalidParameter']);
  });

  it('creates the meeting chat of an online meeting, pointing back at the event', () => {
    const created = event('Teams', '2024-03-13T08:00:00', '2024-03-13T09:00:00', { isOnlineMeeting: true });
    const joinUrl: string = created.json.onlineMeeting.joinUrl;
    const chatId = /meetup-join\/([^/]+)\//.exec(joinUrl)?.[1];
    expect(decodeURIComponent(chatId ?? '')).toMatch(/^19:meeting_.+@thread\.v2$/);
    const chat = h.call('GET', `/chats/${chatId}`);
    expect(chat.status).toBe(200);
    expect(chat.json).toMatchObject({
      chatType: 'meeting',
      topic: 'Teams',
      onlineMeetingInfo: { calendarEventId: created.json.id, joinWebUrl: joinUrl },
    });
    expect(h.call('GET', '/chats/19:nope@thread.v2').status).toBe(404);
  });

  it('updates an event (new changeKey) and deletes it with 204', () => {
    const created = event('Chefforum', '2024-03-13T08:00:00', '2024-03-13T10:00:00');
    const id = encodeURIComponent(created.json.id);
    const updated = h.call('PATCH', `/me/events/${id}`, {
      body: { subject: 'Chefforum (flyttet)', start: { dateTime: '2024-03-13T09:00:00', timeZone: 'UTC' } },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      subject: 'Chefforum (flyttet)',
      start: { dateTime: '2024-03-13T09:00:00.0000000' },
      end: { dateTime: '2024-03-13T10:00:00.0000000' },
    });
    expect(updated.json.changeKey).not.toBe(created.json.changeKey);
    expect(h.call('PATCH', `/me/events/${id}`, { body: { end: { dateTime: '2024-03-13T07:00:00', timeZone: 'UTC' } } }).status).toBe(400);
    expect(h.call('DELETE', `/me/events/${id}`).status).toBe(204);
    expect(h.call('GET', `/me/events/${id}`).status).toBe(404);
  });

  it('shows the reader her own copy as not hers to organize, and refuses her writes', () => {
    const attendees = [{ emailAddress: { address: 'leder@punkt-demo.local', name: 'Leder Demo' }, type: 'required' }];
    event('Chefforum', '2024-03-13T08:00:00', '2024-03-13T10:00:00', { attendees });
    const [seen] = h.call('GET', '/me/events', { token: 'punkt-dev-token-reader' }).json.value;
    expect(seen.isOrganizer).toBe(false);
    expect(h.call('POST', '/me/events', { body: { subject: 'x' }, token: 'punkt-dev-token-reader' }).status).toBe(403);
  });
});
