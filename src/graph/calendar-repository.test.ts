import { describe, expect, it } from 'vitest';
import { createCalendarRepository, toCalendarEvent } from './calendar-repository';
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

  it('finds the event of a Teams meeting chat, and null for a chat without one', async () => {
    const { calendar, a } = await calendarWithEvents();
    expect(await calendar.findEventForChat(a.chatId)).toMatchObject({
      id: a.id,
      iCalUId: a.iCalUId,
      organizerName: 'Sekretær Demo',
      isOrganizer: true,
      location: 'Mødelokale 915',
    });
    expect(await calendar.findEventForChat('19:nobody@thread.v2')).toBeNull();
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
