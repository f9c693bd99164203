/**
 * The meetings before this one that an agenda can be copied from: the calendar's events of the
 * past year, newest first, those with this meeting's subject ahead of the rest (the forum's own
 * previous meeting is what a secretary usually copies).
 */
import { useEffect, useState } from 'react';
import { sameMeeting } from '../../../domain/meeting-identity';
import type { CalendarEvent, MeetingRef } from '../../../domain/ports';
import { fromIso } from '../../../domain/time';
import { useServices } from '../../../ui/services';

const LOOK_BACK_DAYS = 365;
const MAX_SHOWN = 30;

export type PreviousMeetings = { status: 'loading' } | { status: 'ready'; events: CalendarEvent[] } | { status: 'error'; error: unknown };

/** Orders `events` for the picker: same subject as `subject` first, then newest first. */
export function orderPrevious(events: readonly CalendarEvent[], ref: MeetingRef, subject: string | null): CalendarEvent[] {
  const same = (e: CalendarEvent) => (subject !== null && e.subject.trim().toLowerCase() === subject.trim().toLowerCase() ? 0 : 1);
  return events
    .filter((e) => e.start < ref.start && !sameMeeting(e, ref))
    .sort((a, b) => same(a) - same(b) || b.start.localeCompare(a.start))
    .slice(0, MAX_SHOWN);
}

/** The earlier meetings of the past year, for copying an agenda from. */
export function usePreviousMeetings(ref: MeetingRef): PreviousMeetings {
  const { calendar } = useServices();
  const [state, setState] = useState<PreviousMeetings>({ status: 'loading' });
  const { iCalUId, start } = ref;

  useEffect(() => {
    let live = true;
    const at = fromIso(start);
    // One minute past the start, so this meeting's own event comes along and gives its subject.
    const from = at.minus({ days: LOOK_BACK_DAYS }).toUTC().toISO() ?? start;
    calendar.listEvents(from, at.plus({ minutes: 1 }).toUTC().toISO() ?? start).then(
      (events) => {
        const self = events.find((e) => sameMeeting(e, { iCalUId, start }));
        if (live) setState({ status: 'ready', events: orderPrevious(events, { iCalUId, start }, self?.subject ?? null) });
      },
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [calendar, iCalUId, start]);

  return state;
}
