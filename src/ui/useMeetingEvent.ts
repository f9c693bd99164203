/**
 * The calendar event of a meeting occurrence (its organizer and attendees), for the referat's approval
 * (who is the chair) and "Send til deltagerne" (to whom). Found as the meeting header finds it: the
 * calendar's events starting at the occurrence's start, matched by iCalUId and instant.
 */
import { useEffect, useState } from 'react';
import { normalizeUtc, sameMeeting } from '../domain/meeting-identity';
import type { CalendarEvent, CalendarSource, MeetingRef } from '../domain/ports';
import { useServices } from './services';

/** undefined while asked; null when the calendar does not hold it (or could not be read). */
export type MeetingEventLoad = CalendarEvent | null | undefined;

/** The event of `ref` in `calendar`, or null. */
export async function findMeetingEvent(calendar: CalendarSource, ref: MeetingRef): Promise<CalendarEvent | null> {
  const from = normalizeUtc(ref.start);
  const to = normalizeUtc(new Date(Date.parse(from) + 60_000).toISOString());
  const events = await calendar.listEvents(from, to);
  return events.find((e) => sameMeeting(e, ref)) ?? null;
}

/** The event of `ref`; `enabled` false asks nothing (a view that does not need it). */
export function useMeetingEvent(ref: MeetingRef | null, enabled = true): MeetingEventLoad {
  const { calendar } = useServices();
  const [load, setLoad] = useState<{ key: string; event: CalendarEvent | null } | null>(null);
  const iCalUId = ref?.iCalUId;
  const start = ref?.start;
  const key = `${iCalUId ?? ''}|${start ?? ''}`;

  useEffect(() => {
    if (!enabled || iCalUId === undefined || start === undefined) return;
    let live = true;
    findMeetingEvent(calendar, { iCalUId, start }).then(
      (event) => live && setLoad({ key, event }),
      // Without the calendar the views fall back (no recipients; approving left to the list's permissions).
      () => live && setLoad({ key, event: null }),
    );
    return () => {
      live = false;
    };
  }, [calendar, enabled, iCalUId, start, key]);

  if (!enabled || ref === null) return null;
  return load?.key === key ? load.event : undefined;
}
