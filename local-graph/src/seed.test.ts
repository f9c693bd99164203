import { afterEach, describe, expect, it } from 'vitest';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import { createCalendarRepository } from '../../src/graph/calendar-repository';
import { demoDuration, eventTimes, fixtureMeeting, refreshDemoData, seedDemoData, upcomingMeeting, upcomingMeetingDate } from './seed';
import { createFakeGraphClient } from '../../tests/fakes/fake-graph-client';
import { createHarness } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';
import { inProcessClient, seedIfEmpty } from './seeding';
import { CHANNEL_SUBJECT, CHANNEL_THREAD, OUTLOOK_SUBJECT, seriesStart } from './seed-teams';

describe('upcoming meeting date', () => {
  it('moves a Friday evening to Monday', () => {
    expect(upcomingMeetingDate(new Date('2026-11-20T18:30:00Z'))).toBe('2026-11-23');
  });

  it('keeps a weekday morning before 09:00 Copenhagen time, across the zone offset', () => {
    // 07:59 UTC is 08:59 in Copenhagen in winter: still today.
    expect(upcomingMeetingDate(new Date('2026-11-24T07:59:00Z'))).toBe('2026-11-24');
    // 08:00 UTC is 09:00 local: the meeting has started, so the next weekday.
    expect(upcomingMeetingDate(new Date('2026-11-24T08:00:00Z'))).toBe('2026-11-25');
    // Saturday morning goes to Monday.
    expect(upcomingMeetingDate(new Date('2026-11-21T06:00:00Z'))).toBe('2026-11-23');
  });
});

const march = await fixtureMeeting('chefforum-2024-03-13.txt');

describe('upcoming agenda', () => {
  const meeting = upcomingMeeting(new Date('2026-11-20T18:30:00Z'), march);

  it('is the 13-03-2024 agenda as an undecided dagsorden at 09:00', () => {
    const source = march;
    expect(meeting).toMatchObject({ kind: 'dagsorden', date: '2026-11-23', start: '09:00', location: 'Mødelokale 915' });
    expect(meeting.items.map((i) => i.caseNumber)).toEqual(source.items.map((i) => i.caseNumber));
    for (const item of meeting.items) {
      expect(item).toMatchObject({ decision: null, status: 'none', postponedTo: null, slot: null });
      expect(item.sections.some((s) => s.heading === 'Beslutning')).toBe(false);
      expect(item.durationMinutes).toBeGreaterThanOrEqual(5);
      expect(item.durationMinutes).toBeLessThanOrEqual(30);
    }
  });

  it('gives each punkt the same duration every time, and not all the same', () => {
    expect(upcomingMeeting(new Date('2026-11-20T18:30:00Z'), march).items.map((i) => i.durationMinutes)).toEqual(
      meeting.items.map((i) => i.durationMinutes),
    );
    expect(new Set(meeting.items.map(demoDuration)).size).toBeGreaterThan(2);
  });

  it('plans the end as the start plus the durations', () => {
    const minutes = meeting.items.reduce((s, i) => s + (i.durationMinutes ?? 0), 0);
    const { start, end } = eventTimes(meeting);
    expect(start).toBe('2026-11-23T08:00:00Z');
    expect((Date.parse(end) - Date.parse(start)) / 60_000).toBe(minutes);
  });
});

/** A service seeded at `now`, with the app's repositories as each demo user. */
async function seeded(now: Date) {
  const h = createHarness({ now: () => now });
  await seedIfEmpty(h.service, { now: () => now, load: () => import('./seed'), warn: (m) => expect.fail(m) });
  const as = (token = SECRETARY) => {
    const client = inProcessClient(h.service, token);
    return { client, calendar: createCalendarRepository(client), agendas: createAgendaRepository(client, { siteId: 'punkt-demo' }) };
  };
  return { h, as };
}
const SECRETARY = 'punkt-dev-token';
const NOTETAKER = 'punkt-dev-token-notetaker';
const READER = 'punkt-dev-token-reader';
const view = (h: Harness, from: string, to: string, token = SECRETARY): LooseJson[] =>
  h.call('GET', `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=1000`, { token }).json.value;
const chatIdOf = (e: LooseJson) => /meetup-join\/([^/]+)\//.exec(e.onlineMeeting.joinUrl)?.[1] ?? '';

describe('seedDemoData', () => {
  const now = new Date('2026-11-20T18:30:00Z'); // a Friday, 19.30 in Copenhagen
  let h: Harness;
  afterEach(() => h?.dispose());

  it('creates the four one-off Chefforum meetings with their agendas, as before', async () => {
    const s = await seeded(now);
    h = s.h;
    const events = await s.as().calendar.listEvents('2017-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    const starts = ['2017-03-02T08:00:00Z', '2021-09-02T06:30:00Z', '2024-03-13T08:00:00Z', '2026-11-23T08:00:00Z'];
    const oneOffs = starts.map((start) => events.find((e) => e.start === start && e.subject === 'Chefforum')!);
    const loaded = await Promise.all(oneOffs.map((e) => s.as().agendas.loadAgenda({ iCalUId: e.iCalUId, start: e.start })));
    expect(loaded.map((a) => a?.meeting.kind)).toEqual(['referat', 'referat', 'referat', 'dagsorden']);
    expect(loaded[2]!.meeting).toEqual(march);
    expect(loaded[3]!.meeting).toEqual(upcomingMeeting(now, march));
  });

  it('invites the note-taker and the manager: their own copies, same iCalUIds, not theirs to organize', async () => {
    const s = await seeded(now);
    h = s.h;
    const mine = view(h, '2017-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    for (const token of [NOTETAKER, READER]) {
      const theirs = view(h, '2017-01-01T00:00:00Z', '2027-01-01T00:00:00Z', token);
      // Everything but the channel meeting, which lives in the organizer's calendar only.
      expect(theirs.map((e) => e.iCalUId)).toEqual(mine.filter((e) => e.subject !== CHANNEL_SUBJECT).map((e) => e.iCalUId));
      expect(theirs.some((e) => mine.some((m) => m.id === e.id))).toBe(false);
      expect(theirs.every((e) => e.isOrganizer === false)).toBe(true);
    }
    expect(mine.every((e) => e.isOrganizer === true && e.isOnlineMeeting === true && e.onlineMeetingProvider === 'teamsForBusiness')).toBe(
      true,
    );
  });

  it('seeds a weekly series with an occurrence running now, agendas up to it and none after', async () => {
    const s = await seeded(now);
    h = s.h;
    const masters = h.call('GET', "/me/events?$filter=type eq 'seriesMaster'").json.value as LooseJson[];
    expect(masters).toHaveLength(1);
    expect(masters[0].recurrence.pattern).toMatchObject({ type: 'weekly', daysOfWeek: ['friday'] });
    const occurrences = view(h, '2026-10-01T00:00:00Z', '2027-03-01T00:00:00Z').filter((e) => e.type === 'occurrence');
    expect(occurrences).toHaveLength(17);
    expect(new Set(occurrences.map((o) => o.iCalUId)).size).toBe(17);
    expect(occurrences.every((o) => o.seriesMasterId === masters[0].id && chatIdOf(o) === chatIdOf(masters[0]))).toBe(true);
    // Today at the current hour (19.00 Copenhagen), running now.
    const today = occurrences.find((o) => o.start.dateTime.startsWith('2026-11-20'))!;
    expect(today.start.dateTime).toBe('2026-11-20T18:00:00.0000000');
    expect(Date.parse(`${today.end.dateTime.slice(0, 19)}Z`)).toBeGreaterThan(now.getTime());
    // From the first occurrence, four weeks back (summer time then), to today's.
    const withAgendas = ['2026-10-23T17:00:00Z', '2026-10-30T18:00:00Z', '2026-11-06T18:00:00Z', '2026-11-13T18:00:00Z'];
    for (const start of [...withAgendas, '2026-11-20T18:00:00Z']) {
      const o = occurrences.find((e) => `${e.start.dateTime.slice(0, 19)}Z` === start)!;
      const agenda = await s.as(NOTETAKER).agendas.loadAgenda({ iCalUId: o.iCalUId, start });
      expect(agenda?.meeting).toMatchObject({ kind: 'dagsorden', start: '19:00' });
      expect(agenda?.items.length).toBe(march.items.length);
    }
    const nextWeek = occurrences.find((e) => e.start.dateTime.startsWith('2026-11-27'))!;
    expect(await s.as().agendas.loadAgenda({ iCalUId: nextWeek.iCalUId, start: '2026-11-27T18:00:00Z' })).toBeNull();
  });

  it('makes the first upcoming meeting, as the app picks it, the occurrence running now, with the agenda', async () => {
    const s = await seeded(now);
    h = s.h;
    const events = await s.as().calendar.listEvents('2026-11-20T00:00:00Z', '2027-01-19T00:00:00Z');
    const first = events.find((e) => Date.parse(e.end) > now.getTime())!;
    expect(first.start).toBe('2026-11-20T18:00:00Z');
    const agenda = await s.as(READER).agendas.loadAgenda({ iCalUId: first.iCalUId, start: first.start });
    expect(agenda?.items.length).toBeGreaterThanOrEqual(10);
  });

  it("gives the series chat the organizer's master as calendarEventId, the Outlook meeting's chat none", async () => {
    const s = await seeded(now);
    h = s.h;
    const [master] = h.call('GET', "/me/events?$filter=type eq 'seriesMaster'").json.value as LooseJson[];
    expect(h.call('GET', `/chats/${chatIdOf(master)}`, { token: NOTETAKER }).json.onlineMeetingInfo.calendarEventId).toBe(master.id);
    const outlook = view(h, '2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z', NOTETAKER).find((e) => e.subject === OUTLOOK_SUBJECT)!;
    expect(outlook.start.dateTime).toBe('2026-11-20T18:15:00.0000000');
    const chat = h.call('GET', `/chats/${chatIdOf(outlook)}`, { token: NOTETAKER });
    expect(chat.status).toBe(200);
    expect(chat.json.onlineMeetingInfo.joinWebUrl).toBe(outlook.onlineMeeting.joinUrl);
    expect(chat.json.onlineMeetingInfo).not.toHaveProperty('calendarEventId');
  });

  it("puts the channel meeting in the organizer's calendar, its join URL on the channel's thread, which is no chat", async () => {
    const s = await seeded(now);
    h = s.h;
    const channel = view(h, '2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z').find((e) => e.subject === CHANNEL_SUBJECT)!;
    expect(channel).toMatchObject({ type: 'singleInstance', isOnlineMeeting: true, start: { dateTime: '2026-11-20T18:30:00.0000000' } });
    expect(decodeURIComponent(chatIdOf(channel))).toBe(CHANNEL_THREAD);
    expect(CHANNEL_THREAD).toMatch(/^19:.+@thread\.tacv2$/);
    expect(h.call('GET', `/chats/${chatIdOf(channel)}`).status).toBe(404);
    const agenda = await s.as().agendas.loadAgenda({ iCalUId: channel.iCalUId, start: '2026-11-20T18:30:00Z' });
    expect(agenda?.items.length).toBeGreaterThan(0);
  });

  it("places today's other Teams meetings from now, not after the series: late in the evening they have not ended", async () => {
    // 23.30 in Copenhagen: the series starts hours before now; the other two must still be on.
    const late = new Date('2026-11-20T22:30:00Z');
    const s = await seeded(late);
    h = s.h;
    const today = view(h, '2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z');
    for (const subject of [OUTLOOK_SUBJECT, CHANNEL_SUBJECT]) {
      const event = today.find((e) => e.subject === subject)!;
      expect(Date.parse(`${event.end.dateTime}Z`), subject).toBeGreaterThan(late.getTime());
    }
  });

  it('starts the series early enough to end by midnight, still running now', () => {
    // 23.30 in Copenhagen: a 200-minute meeting starts at 20.35, to end at 23.55.
    expect(seriesStart(new Date('2026-11-20T22:30:00Z'), 200).toISO()).toBe('2026-11-20T20:35:00.000+01:00');
    // 21.10: a 180-minute meeting cannot start at 21.00 (its planned end would be 00.00).
    expect(seriesStart(new Date('2026-11-20T20:10:00Z'), 180).toISO()).toBe('2026-11-20T20:55:00.000+01:00');
    expect(seriesStart(new Date('2026-11-20T08:10:00Z'), 200).toISO()).toBe('2026-11-20T09:00:00.000+01:00');
  });

  it('makes nothing twice when run again', async () => {
    const s = await seeded(now);
    h = s.h;
    const counts = () => [h.service.store.count('event'), h.service.store.count('chat'), h.service.store.count('item')];
    const before = counts();
    await seedDemoData(s.as().client, { siteId: 'punkt-demo', now });
    expect(counts()).toEqual(before);
  });
});

describe('refreshDemoData', () => {
  const seededAt = new Date('2026-11-20T18:30:00Z');

  it('gives the next occurrence an agenda once the seeded ones are over, and nothing while one is coming', async () => {
    const { h, as } = await seeded(seededAt);
    try {
      const client = as().client;
      expect(await refreshDemoData(client, { siteId: 'punkt-demo', now: new Date('2026-11-23T07:00:00Z') })).toBe(false);
      // The seeded meeting (23 Nov, 09:00) is in progress at 10:00 local time: still the demo's meeting.
      expect(await refreshDemoData(client, { siteId: 'punkt-demo', now: new Date('2026-11-23T09:00:00Z') })).toBe(false);
      const later = new Date('2026-12-01T12:00:00Z');
      expect(await refreshDemoData(client, { siteId: 'punkt-demo', now: later })).toBe(true);
      expect(await refreshDemoData(client, { siteId: 'punkt-demo', now: later })).toBe(false);
      const [next] = (await as().calendar.listEvents('2026-12-01T12:00:00Z', '2026-12-08T00:00:00Z')).filter(
        (e) => e.subject === 'Chefforum',
      );
      expect(next!.start).toBe('2026-12-04T18:00:00Z');
      const agenda = await as().agendas.loadAgenda({ iCalUId: next!.iCalUId, start: next!.start });
      expect(agenda?.meeting).toMatchObject({ date: '2026-12-04', start: '19:00' });
    } finally {
      h.dispose();
    }
  });

  it('adds a new upcoming meeting when the calendar has no coming Chefforum at all', async () => {
    const fake = createFakeGraphClient();
    const now = new Date('2030-01-07T12:00:00Z');
    expect(await refreshDemoData(fake, { siteId: 'punkt-demo', now })).toBe(true);
    const events = await createCalendarRepository(fake).listEvents('2030-01-01T00:00:00Z', '2030-02-01T00:00:00Z');
    expect(events.map((e) => e.start)).toEqual(['2030-01-08T08:00:00Z']);
  });
});
