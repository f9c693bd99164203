import { describe, expect, it, vi } from 'vitest';
import type { CalendarEvent, CalendarSource } from '../domain/ports';
import { calendarWithAgendas } from './calendar-with-agendas';

const event: CalendarEvent = {
  id: 'e1',
  iCalUId: 'uid-1',
  subject: 'Chefforum',
  start: '2026-11-18T09:00:00Z',
  end: '2026-11-18T11:00:00Z',
  location: null,
  organizerName: null,
  isOrganizer: true,
};

function calendar(): CalendarSource & { findTeamsMeeting: (context: unknown, now: Date) => Promise<string> } {
  return { listEvents: vi.fn(async () => [event]), getEvent: vi.fn(async () => event), findTeamsMeeting: async () => 'calendar alone' };
}

describe('calendarWithAgendas', () => {
  it('lists the window through the agenda repository, once for the host and the picker together', async () => {
    const plain = calendar();
    const listEventsWithAgendas = vi.fn(async () => [event]);
    const findTeamsMeetingWithAgendas = async () => 'with agendas';
    const shared = calendarWithAgendas(plain, {
      loadAgenda: async () => null,
      listEventsWithAgendas,
      findTeamsMeetingWithAgendas,
    } as never);
    const [a, b] = await Promise.all([
      shared.listEvents('2026-11-17T00:00:00Z', '2027-01-16T00:00:00Z'),
      shared.listEvents('2026-11-17T00:00:00Z', '2027-01-16T00:00:00Z'),
    ]);
    expect(a).toEqual([event]);
    expect(b).toEqual([event]);
    expect(listEventsWithAgendas).toHaveBeenCalledTimes(1);
    expect(plain.listEvents).not.toHaveBeenCalled();
    // The Teams lookup reads today's agendas along; the event lookup is the calendar's own.
    expect(await shared.findTeamsMeeting({}, new Date())).toBe('with agendas');
    await shared.getEvent('e1');
    expect(plain.getEvent).toHaveBeenCalledWith('e1');
  });

  it('is the calendar itself where the agenda source cannot read a window (a fake, an older repository)', () => {
    const plain = calendar();
    expect(calendarWithAgendas(plain, { loadAgenda: async () => null })).toBe(plain);
  });
});
