import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

const NOTETAKER = 'punkt-dev-token-notetaker';
const READER = 'punkt-dev-token-reader';
const invite = (address: string) => ({ emailAddress: { address }, type: 'required' });
const ATTENDEES = [invite('referent@punkt-demo.local'), invite('leder@punkt-demo.local')];

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.dispose());

const meeting = (extra: Record<string, unknown> = {}) =>
  h.call('POST', '/me/events', {
    body: {
      subject: 'Chefforum',
      start: { dateTime: '2024-03-13T08:00:00', timeZone: 'UTC' },
      end: { dateTime: '2024-03-13T10:00:00', timeZone: 'UTC' },
      attendees: ATTENDEES,
      isOnlineMeeting: true,
      ...extra,
    },
  }).json;
const only = (token: string) => {
  const value: LooseJson[] = h.call('GET', '/me/events', { token }).json.value;
  expect(value).toHaveLength(1);
  return value[0];
};

describe('one mailbox per user', () => {
  it("gives each attendee a copy with its own id and the organizer's iCalUId and joinUrl", () => {
    const organizer = meeting();
    const notetaker = only(NOTETAKER);
    const reader = only(READER);
    expect(new Set([organizer.id, notetaker.id, reader.id]).size).toBe(3);
    expect([notetaker.iCalUId, reader.iCalUId]).toEqual([organizer.iCalUId, organizer.iCalUId]);
    expect([organizer.isOrganizer, notetaker.isOrganizer, reader.isOrganizer]).toEqual([true, false, false]);
    expect(notetaker).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
    expect(notetaker.onlineMeeting.joinUrl).toBe(organizer.onlineMeeting.joinUrl);
    const view = h.call('GET', '/me/calendarView?startDateTime=2024-03-13T00:00:00Z&endDateTime=2024-03-14T00:00:00Z', {
      token: NOTETAKER,
    });
    expect(view.json.value.map((e: LooseJson) => e.id)).toEqual([notetaker.id]);
  });

  it("answers 404 ErrorItemNotFound for another mailbox's id, both ways", () => {
    const organizer = meeting();
    const notetaker = only(NOTETAKER);
    const theirs = h.call('GET', `/me/events/${encodeURIComponent(organizer.id)}`, { token: NOTETAKER });
    expect([theirs.status, theirs.json.error.code]).toEqual([404, 'ErrorItemNotFound']);
    const mine = h.call('GET', `/me/events/${encodeURIComponent(notetaker.id)}`);
    expect([mine.status, mine.json.error.code]).toEqual([404, 'ErrorItemNotFound']);
    expect(h.call('GET', `/me/events/${encodeURIComponent(notetaker.id)}`, { token: NOTETAKER }).status).toBe(200);
  });

  it('leaves the calendars of users who were not invited alone', () => {
    meeting({ attendees: [invite('referent@punkt-demo.local'), invite('someone@elsewhere.example')] });
    expect(h.call('GET', '/me/events', { token: READER }).json.value).toEqual([]);
    only(NOTETAKER);
  });

  it("carries the organizer's update to the copies, and removes them with the organizer's delete", () => {
    const organizer = meeting();
    const id = encodeURIComponent(organizer.id);
    h.call('PATCH', `/me/events/${id}`, { body: { subject: 'Chefforum (flyttet)' } });
    expect(only(NOTETAKER).subject).toBe('Chefforum (flyttet)');
    h.call('DELETE', `/me/events/${id}`);
    expect(h.call('GET', '/me/events', { token: NOTETAKER }).json.value).toEqual([]);
  });
});

describe('the meeting chat', () => {
  const chatIdOf = (joinUrl: string) => /meetup-join\/([^/]+)\//.exec(joinUrl)?.[1] ?? '';

  it("names the organizer's copy as calendarEventId for every member who reads it", () => {
    const organizer = meeting();
    const chatId = chatIdOf(organizer.onlineMeeting.joinUrl);
    for (const token of ['punkt-dev-token', NOTETAKER, READER]) {
      const chat = h.call('GET', `/chats/${chatId}`, { token });
      expect(chat.status).toBe(200);
      expect(chat.json.onlineMeetingInfo).toMatchObject({ calendarEventId: organizer.id, joinWebUrl: organizer.onlineMeeting.joinUrl });
    }
  });

  it('refuses a user who is not a member with 403', () => {
    const organizer = meeting({ attendees: [invite('referent@punkt-demo.local')] });
    const chat = h.call('GET', `/chats/${chatIdOf(organizer.onlineMeeting.joinUrl)}`, { token: READER });
    expect(chat.status).toBe(403);
  });

  it('refuses OData query options ($select, $expand) with 400', () => {
    const chatId = chatIdOf(meeting().onlineMeeting.joinUrl);
    expect(h.call('GET', `/chats/${chatId}?$select=id,onlineMeetingInfo`).status).toBe(400);
    expect(h.call('GET', `/chats/${chatId}?$expand=members`).status).toBe(400);
  });
});
