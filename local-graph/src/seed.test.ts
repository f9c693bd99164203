import { describe, expect, it } from 'vitest';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import { createCalendarRepository } from '../../src/graph/calendar-repository';
import { demoDuration, eventTimes, fixtureMeeting, refreshDemoData, seedDemoData, upcomingMeeting, upcomingMeetingDate } from './seed';
import { createFakeGraphClient } from '../../tests/fakes/fake-graph-client';

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

describe('seedDemoData', () => {
  const now = new Date('2026-11-20T18:30:00Z');

  it('creates four Chefforum events with Teams meetings and their agendas', async () => {
    const fake = createFakeGraphClient();
    await seedDemoData(fake, { siteId: 'punkt-demo', now });
    const calendar = createCalendarRepository(fake);
    const events = await calendar.listEvents('2017-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(events.map((e) => e.start)).toEqual([
      '2017-03-02T08:00:00Z',
      '2021-09-02T06:30:00Z',
      '2024-03-13T08:00:00Z',
      '2026-11-23T08:00:00Z',
    ]);
    expect(events.every((e) => e.subject === 'Chefforum')).toBe(true);
    const agendas = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const loaded = await Promise.all(events.map((e) => agendas.loadAgenda({ iCalUId: e.iCalUId, start: e.start })));
    expect(loaded.map((a) => a?.meeting.kind)).toEqual(['referat', 'referat', 'referat', 'dagsorden']);
    expect(loaded[2]!.meeting).toEqual(march);
    expect(loaded[3]!.meeting).toEqual(upcomingMeeting(now, march));
  });

  it('makes nothing twice when run again', async () => {
    const fake = createFakeGraphClient();
    await seedDemoData(fake, { siteId: 'punkt-demo', now });
    const counts = () => [fake.events.size, ...[...fake.lists.values()].map((l) => l.items.size)];
    const before = counts();
    await seedDemoData(fake, { siteId: 'punkt-demo', now });
    expect(counts()).toEqual(before);
  });
});

describe('refreshDemoData', () => {
  const seededAt = new Date('2026-11-20T18:30:00Z');

  it('adds a new upcoming meeting once the seeded one is over, and nothing while one is coming', async () => {
    const fake = createFakeGraphClient();
    await seedDemoData(fake, { siteId: 'punkt-demo', now: seededAt });
    expect(await refreshDemoData(fake, { siteId: 'punkt-demo', now: new Date('2026-11-23T07:00:00Z') })).toBe(false);
    // The seeded meeting (23 Nov, 09:00) is in progress at 10:00 local time: still the demo's meeting.
    expect(await refreshDemoData(fake, { siteId: 'punkt-demo', now: new Date('2026-11-23T09:00:00Z') })).toBe(false);
    const weekLater = new Date('2026-11-30T12:00:00Z');
    expect(await refreshDemoData(fake, { siteId: 'punkt-demo', now: weekLater })).toBe(true);
    expect(await refreshDemoData(fake, { siteId: 'punkt-demo', now: weekLater })).toBe(false);
    const calendar = createCalendarRepository(fake);
    const events = await calendar.listEvents('2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(events.map((e) => e.start)).toEqual(['2026-11-23T08:00:00Z', '2026-12-01T08:00:00Z']);
    const agenda = await createAgendaRepository(fake, { siteId: 'punkt-demo' }).loadAgenda({
      iCalUId: events[1]!.iCalUId,
      start: events[1]!.start,
    });
    expect(agenda?.meeting.date).toBe('2026-12-01');
  });
});
