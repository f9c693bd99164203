/**
 * The standalone host finds the next meeting with one calendarView; where the agenda repository can
 * read the agendas of the coming days in the same $batch (src/graph/agenda-window.ts), the calendar
 * the host and the meeting picker share asks through it, so a first open is one Graph round trip
 * (issue #13) and the agenda prefetch that follows is answered from those rows. The Teams host's
 * meeting lookup goes the same way.
 */
import type { MeetingLookup, TeamsMeetingContext } from '../domain/meeting-lookup';
import type { AgendaSource, CalendarEvent, CalendarSource } from '../domain/ports';
import { shareCalendarLists } from './shared-calendar';

/** What the agenda repository offers besides AgendaSource (the Graph repository has it; fakes need not). */
interface WindowedAgendas {
  listEventsWithAgendas(fromIso: string, toIso: string): Promise<CalendarEvent[]>;
  findTeamsMeetingWithAgendas(context: TeamsMeetingContext, now: Date): Promise<MeetingLookup>;
}

const windowed = (agenda: AgendaSource): agenda is AgendaSource & WindowedAgendas =>
  typeof (agenda as Partial<WindowedAgendas>).listEventsWithAgendas === 'function';

/**
 * `calendar` whose listEvents also reads the window's agendas through `agenda`, shared by concurrent
 * callers as compose's own calendar is; `calendar` itself where `agenda` cannot.
 */
export function calendarWithAgendas<T extends CalendarSource>(calendar: T, agenda: AgendaSource, clock: () => number = Date.now): T {
  if (!windowed(agenda)) return calendar;
  const listEvents = (fromIso: string, toIso: string) => agenda.listEventsWithAgendas(fromIso, toIso);
  // The Teams side panel's lookup (the chat and today's calendar) likewise reads today's agendas along.
  const findTeamsMeeting = (context: TeamsMeetingContext, now: Date) => agenda.findTeamsMeetingWithAgendas(context, now);
  const own = {
    listEvents,
    getEvent: (id: string) => calendar.getEvent(id),
    ...('findTeamsMeeting' in calendar ? { findTeamsMeeting } : {}),
  };
  return shareCalendarLists(Object.assign(Object.create(calendar) as T, own), clock);
}
