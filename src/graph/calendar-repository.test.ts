import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../domain/parse';
import { meetingRefOf } from '../domain/meeting-identity';
import { createAgendaRepository } from './agenda-repository';
import { createCalendarRepository, toCalendarEvent } from './calendar-repository';
import { provision } from './provision';
import { createFakeGraphClient } from '../../tests/fakes/fake-graph-client';

const newEvent = (subject: string, start: string, end: string) => ({
  subject,
  start: { dateTime: start, timeZone: 'UTC' },
  end: { dateTime: end, timeZone: 'UTC' },
  location: { displayName: 'Mødelokale 915' },
  isOnlineMeeting: true,
});

async function calendarWithEvents() {
  const fake = createFakeGraphClient();
  const a = (
    await fake.send<{ id: string; iCalUId: string; chatId: string }>({
      method: 'POST',
      path: '/me/events',
      body: newEvent('Chefforum', '2026-11-23T08:00:00', '2026-11-23T10:00:00'),
    })
  ).body;
  await fake.send({ method: 'POST', path: '/me/events', body: newEvent('Tidligere', '2026-11-20T08:00:00', '2026-11-20T09:00:00') });
  return { fake, calendar: createCalendarRepository(fake), a };
}

describe('calendar repository', () => {
  it('carries the organizer’s address and the attendees’ (people only, for "Send til deltagerne")', () => {
    const event = toCalendarEvent({
      id: 'e1',
      iCalUId: 'u1',
      subject: 'Chefforum',
      start: { dateTime: '2026-11-23T08:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-23T10:00:00', timeZone: 'UTC' },
      organizer: { emailAddress: { name: 'Formand', address: 'formand@albertslund.dk' } },
      attendees: [
        { type: 'required', emailAddress: { name: 'Leder', address: 'leder@albertslund.dk' } },
        { type: 'resource', emailAddress: { name: 'Mødelokale 915', address: 'lokale915@albertslund.dk' } },
        { type: 'optional', emailAddress: { name: 'Uden adresse' } },
        { type: 'optional', emailAddress: { address: 'referent@albertslund.dk' } },
      ],
    });
    expect(event.organizerEmail).toBe('formand@albertslund.dk');
    expect(event.attendees).toEqual(['leder@albertslund.dk', 'referent@albertslund.dk']);
  });

  it('lists the events starting in [from, to), ordered by start, in UTC', async () => {
    const { calendar, fake } = await calendarWithEvents();
    const events = await calendar.listEvents('2026-11-20T00:00:00Z', '2026-11-24T00:00:00Z');
    expect(events.map((e) => [e.subject, e.start, e.end])).toEqual([
      ['Tidligere', '2026-11-20T08:00:00Z', '2026-11-20T09:00:00Z'],
      ['Chefforum', '2026-11-23T08:00:00Z', '2026-11-23T10:00:00Z'],
    ]);
    expect(fake.requests.at(-1)?.path).toMatch(/^\/me\/calendarView\?startDateTime=2026-11-20T00%3A00%3A00Z&endDateTime=/);
    expect(await calendar.listEvents('2026-11-21T00:00:00Z', '2026-11-23T08:00:00Z')).toEqual([]);
  });

  it('finds the organizer’s meeting from its Teams chat in one round trip: chat and calendarView in one $batch, no $select on /chats', async () => {
    const { calendar, fake, a } = await calendarWithEvents();
    const before = fake.roundTrips;
    const found = await calendar.findTeamsMeeting({ chatId: a.chatId, channelId: null }, new Date('2026-11-23T08:30:00Z'));
    expect(found).toMatchObject({ kind: 'found', event: { id: a.id, iCalUId: a.iCalUId, isOrganizer: true, location: 'Mødelokale 915' } });
    expect(fake.roundTrips - before).toBe(1);
    const chatRequest = fake.requests.find((r) => r.path.startsWith('/chats/'))!;
    expect(chatRequest.path).toBe(`/chats/${encodeURIComponent(a.chatId)}`);
    const view = fake.requests.find((r) => r.path.startsWith('/me/calendarView'))!;
    expect(new URLSearchParams(view.path.split('?')[1]).get('$select')).toContain('onlineMeeting');
    expect(view.headers).toEqual({ Prefer: 'outlook.timezone="UTC"' });
  });

  it('finds an attendee’s own copy (another event id, the organizer’s calendarEventId unknown to her mailbox) by the join URL', async () => {
    const fake = createFakeGraphClient();
    const joinUrl = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';
    fake.events.set('AAMk-attendee', {
      ...newEvent('Chefforum', '2026-11-23T08:00:00', '2026-11-23T10:00:00'),
      id: 'AAMk-attendee',
      iCalUId: 'uid-shared',
      isOrganizer: false,
      onlineMeeting: { joinUrl },
    });
    fake.chats.set('19:meeting_abc@thread.v2', {
      id: '19:meeting_abc@thread.v2',
      chatType: 'meeting',
      onlineMeetingInfo: { calendarEventId: 'AAMk-organizer-copy', joinWebUrl: joinUrl.replace('%3a', ':').replace('%40', '@') },
    });
    const calendar = createCalendarRepository(fake);
    const found = await calendar.findTeamsMeeting(
      { chatId: '19:meeting_abc@thread.v2', channelId: null },
      new Date('2026-11-23T07:50:00Z'),
    );
    expect(found).toMatchObject({ kind: 'found', event: { id: 'AAMk-attendee', iCalUId: 'uid-shared', start: '2026-11-23T08:00:00Z' } });
    expect(fake.roundTrips).toBe(1);
    expect(fake.requests.some((r) => r.path.startsWith('/me/events/'))).toBe(false);
  });

  it('opens the side panel in two round trips: the meeting ($batch of chat and calendarView), then its agenda', async () => {
    const { fake, a } = await calendarWithEvents();
    await provision(fake, 'punkt-demo');
    const meeting = parseDocument(
      readFileSync(new URL('../../tests/fixtures/referater/chefforum-2024-03-13.txt', import.meta.url), 'utf8'),
    );
    const ref = meetingRefOf({ iCalUId: a.iCalUId, start: '2026-11-23T08:00:00Z' });
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, meeting);
    // A fresh open: new repositories, as after a reload.
    const before = fake.roundTrips;
    const found = await createCalendarRepository(fake).findTeamsMeeting(
      { chatId: a.chatId, channelId: null },
      new Date('2026-11-23T08:05:00Z'),
    );
    if (found.kind !== 'found') throw new Error(`expected the meeting, got ${found.kind}`);
    const agenda = await createAgendaRepository(fake, { siteId: 'punkt-demo' }).loadAgenda(meetingRefOf(found.event));
    expect(agenda?.meeting.items).toHaveLength(meeting.items.length);
    expect(fake.roundTrips - before).toBe(2);
  });

  it('says not-in-calendar for a chat it may not read, and asks nothing of Graph for the personal tab', async () => {
    const { calendar, fake } = await calendarWithEvents();
    expect(await calendar.findTeamsMeeting({ chatId: '19:nobody@thread.v2', channelId: null }, new Date('2026-11-23T08:30:00Z'))).toEqual({
      kind: 'not-in-calendar',
    });
    const before = fake.roundTrips;
    expect(await calendar.findTeamsMeeting({ chatId: null, channelId: null }, new Date())).toEqual({ kind: 'no-meeting' });
    expect(fake.roundTrips).toBe(before);
  });

  it('finds an event by iCalUId with the quote in the id escaped', async () => {
    const { calendar, fake, a } = await calendarWithEvents();
    expect((await calendar.findEventByICalUId(a.iCalUId))?.id).toBe(a.id);
    expect(await calendar.findEventByICalUId("x' or iCalUId ne 'y")).toBeNull();
    expect(new URLSearchParams(fake.requests.at(-1)!.path.split('?')[1]).get('$filter')).toBe("iCalUId eq 'x'' or iCalUId ne ''y'");
  });

  it('refuses an event time in another zone rather than guessing', () => {
    expect(() =>
      toCalendarEvent({
        id: 'e',
        start: { dateTime: '2026-11-23T09:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2026-11-23T10:00:00', timeZone: 'UTC' },
      }),
    ).toThrow(/zone Romance Standard Time/);
  });
});
