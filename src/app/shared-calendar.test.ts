import { describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarSource } from '../domain/ports';
import { SHARE_MS, shareCalendarLists } from './shared-calendar';

const event: CalendarEvent = {
  id: 'e1',
  iCalUId: 'u1',
  subject: 'Chefforum',
  start: '2026-11-24T08:00:00Z',
  end: '2026-11-24T10:00:00Z',
  location: null,
  organizerName: null,
  isOrganizer: false,
};

/** A calendar that counts its listEvents calls and fails while `failing` is set. */
function countingCalendar(): CalendarSource & { calls: number; failing: boolean } {
  const calendar: CalendarSource & { calls: number; failing: boolean } = {
    calls: 0,
    failing: false,
    async listEvents() {
      calendar.calls++;
      if (calendar.failing) throw new Error('offline');
      return [event];
    },
    async getEvent() {
      return event;
    },
  };
  return calendar;
}

describe('shared calendar', () => {
  it('answers the host and the picker asking for the same window with one request', async () => {
    const inner = countingCalendar();
    const shared = shareCalendarLists(inner, () => 0);
    const [a, b] = await Promise.all([shared.listEvents('f', 't'), shared.listEvents('f', 't')]);
    expect(a).toEqual([event]);
    expect(b).toEqual([event]);
    expect(inner.calls).toBe(1);
  });

  it('asks again for another window, and for the same window once the answer is old', async () => {
    const inner = countingCalendar();
    let now = 0;
    const shared = shareCalendarLists(inner, () => now);
    await shared.listEvents('f', 't');
    await shared.listEvents('f', 'u');
    expect(inner.calls).toBe(2);
    now = SHARE_MS;
    await shared.listEvents('f', 't');
    expect(inner.calls).toBe(3);
  });

  it('does not share a failure: the next caller asks Graph again', async () => {
    const inner = countingCalendar();
    const shared = shareCalendarLists(inner, () => 0);
    inner.failing = true;
    await expect(shared.listEvents('f', 't')).rejects.toThrow('offline');
    inner.failing = false;
    expect(await shared.listEvents('f', 't')).toEqual([event]);
    expect(inner.calls).toBe(2);
  });

  it('gives every caller its own array, so one cannot change what another sees', async () => {
    const shared = shareCalendarLists(countingCalendar(), () => 0);
    const first = await shared.listEvents('f', 't');
    first.pop();
    expect(await shared.listEvents('f', 't')).toEqual([event]);
  });
});
