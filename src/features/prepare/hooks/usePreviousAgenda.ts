/**
 * The forum's previous meeting, for carrying its postponed punkter over (issue #14, Carry-over): the
 * latest earlier meeting in the calendar of the past year whose agenda in Punkt is the same forum's.
 * Candidates are read newest first and the search stops at the first match, so the usual case (last
 * week's meeting) costs one calendar read and one agenda read; at most MAX_READS agendas are read.
 */
import { useEffect, useState } from 'react';
import type { Meeting } from '../../../domain/meeting';
import { sameMeeting } from '../../../domain/meeting-identity';
import type { AgendaSource, CalendarEvent, MeetingRef } from '../../../domain/ports';
import { fromIso } from '../../../domain/time';
import { useServices } from '../../../ui/services';

const LOOK_BACK_DAYS = 365;
const MAX_READS = 8;

export type PreviousAgenda = { status: 'loading' } | { status: 'ready'; previous: Meeting | null } | { status: 'error'; error: unknown };

const sameForum = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The latest of `events` (before `ref`) whose agenda is `forum`'s, or null. */
export async function findPreviousAgenda(
  agenda: AgendaSource,
  events: readonly CalendarEvent[],
  ref: MeetingRef,
  forum: string,
): Promise<Meeting | null> {
  const earlier = events.filter((e) => e.start < ref.start && !sameMeeting(e, ref)).sort((a, b) => b.start.localeCompare(a.start));
  for (const event of earlier.slice(0, MAX_READS)) {
    const stored = await agenda.loadAgenda({ iCalUId: event.iCalUId, start: event.start });
    if (stored && sameForum(stored.meeting.forum, forum)) return stored.meeting;
  }
  return null;
}

/** The previous agenda of `forum` before `ref`. */
export function usePreviousAgenda(ref: MeetingRef, forum: string): PreviousAgenda {
  const { agenda, calendar } = useServices();
  const [state, setState] = useState<PreviousAgenda>({ status: 'loading' });
  const { iCalUId, start } = ref;

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    const from = fromIso(start).minus({ days: LOOK_BACK_DAYS }).toUTC().toISO() ?? start;
    calendar
      .listEvents(from, start)
      .then((events) => findPreviousAgenda(agenda, events, { iCalUId, start }, forum))
      .then(
        (previous) => live && setState({ status: 'ready', previous }),
        (error: unknown) => live && setState({ status: 'error', error }),
      );
    return () => {
      live = false;
    };
  }, [agenda, calendar, iCalUId, start, forum]);

  return state;
}
