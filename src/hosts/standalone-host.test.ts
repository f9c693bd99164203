import { describe, expect, it } from 'vitest';
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import { InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { createStandaloneHost, lookaheadWindow, parseMeetingKey } from './standalone-host';

const event = (id: string, start: string, end: string, isOrganizer = false): CalendarEvent => ({
  id,
  iCalUId: `uid-${id}`,
  subject: `Møde ${id}`,
  start,
  end,
  location: null,
  organizerName: null,
  isOrganizer,
});

const calendar = new InMemoryCalendar([
  event('past', '2024-03-13T06:00:00Z', '2024-03-13T07:00:00Z'),
  event('running', '2024-03-13T08:00:00Z', '2024-03-13T10:00:00Z', true),
  event('later', '2024-03-20T08:00:00Z', '2024-03-20T10:00:00Z'),
  event('far', '2024-06-20T08:00:00Z', '2024-06-20T10:00:00Z'),
]);
const now = () => new Date('2024-03-13T09:00:00Z');

describe('the standalone host', () => {
  it('opens the next meeting that has not ended (one in progress counts), looking 60 days ahead from today', async () => {
    const host = createStandaloneHost({ calendar, meetingId: null, now });
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-running', start: '2024-03-13T08:00:00Z' });
    await expect(host.isOrganizer?.()).resolves.toBe(true);
    expect(lookaheadWindow(now())).toEqual({ from: '2024-03-12T00:00:00.000Z', to: '2024-05-12T00:00:00.000Z' });
  });

  it('opens a meeting that began before UTC midnight and is still running (00.30 in Copenhagen)', async () => {
    const night = new InMemoryCalendar([
      event('late', '2024-03-12T23:00:00Z', '2024-03-13T02:00:00Z'),
      event('morning', '2024-03-13T08:00:00Z', '2024-03-13T10:00:00Z'),
    ]);
    const host = createStandaloneHost({ calendar: night, meetingId: null, now: () => new Date('2024-03-13T00:30:00Z') });
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-late', start: '2024-03-12T23:00:00Z' });
  });

  it('has no meeting when nothing is coming up, and opens ?meeting=EVENT_ID when given', async () => {
    const empty = createStandaloneHost({ calendar: new InMemoryCalendar([]), meetingId: null, now });
    await expect(empty.getMeetingRef()).resolves.toBeNull();
    const given = createStandaloneHost({ calendar, meetingId: 'later', now });
    await expect(given.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-later', start: '2024-03-20T08:00:00Z' });
  });

  it('also opens ?meeting=MeetingKey (iCalUId|start), even outside the 60-day window', async () => {
    const byKey = createStandaloneHost({ calendar, meetingId: 'uid-far|2024-06-20T08:00:00Z', now });
    await expect(byKey.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-far', start: '2024-06-20T08:00:00Z' });
    const unknown = createStandaloneHost({ calendar, meetingId: 'uid-none|2024-06-20T08:00:00Z', now });
    await expect(unknown.getMeetingRef()).resolves.toBeNull();
    expect(parseMeetingKey('AAMkAGI2=')).toBeNull();
  });

  it('shares one calendar lookup between callers, and asks again after a failed one (the view’s retry)', async () => {
    let calls = 0;
    const flaky = new InMemoryCalendar(calendar.events);
    const listEvents = flaky.listEvents.bind(flaky);
    flaky.listEvents = async (from, to) => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return listEvents(from, to);
    };
    const host = createStandaloneHost({ calendar: flaky, meetingId: null, now });
    await expect(host.getMeetingRef()).rejects.toThrow('offline');
    const [a, b] = await Promise.all([host.getMeetingRef(), host.isOrganizer?.()]);
    expect(a).not.toBeNull();
    expect(typeof b).toBe('boolean');
    expect(calls).toBe(2);
  });

  it('switches to the meeting picked and tells subscribers', async () => {
    const host = createStandaloneHost({ calendar, meetingId: null, now });
    const seen: Array<MeetingRef | null> = [];
    host.onMeetingChanged((ref) => seen.push(ref));
    host.selectMeeting?.(event('later', '2024-03-20T08:00:00Z', '2024-03-20T10:00:00Z'));
    expect(seen).toEqual([{ iCalUId: 'uid-later', start: '2024-03-20T08:00:00Z' }]);
    await expect(host.getMeetingRef()).resolves.toEqual(seen[0]);
    await expect(host.isOrganizer?.()).resolves.toBe(false);
  });

  it('takes the theme from ?theme=, else from the system’s contrast and colour-scheme settings', () => {
    const media = (matches: Record<string, boolean>) => (q: string) => ({ matches: matches[q] ?? false });
    expect(createStandaloneHost({ calendar, meetingId: null, theme: 'dark' }).getTheme()).toBe('dark');
    expect(createStandaloneHost({ calendar, meetingId: null, matchMedia: media({}) }).getTheme()).toBe('light');
    expect(
      createStandaloneHost({ calendar, meetingId: null, matchMedia: media({ '(prefers-color-scheme: dark)': true }) }).getTheme(),
    ).toBe('dark');
    expect(
      createStandaloneHost({
        calendar,
        meetingId: null,
        matchMedia: media({ '(prefers-color-scheme: dark)': true, '(forced-colors: active)': true }),
      }).getTheme(),
    ).toBe('contrast');
  });
});
