/**
 * One calendarView per panel open: the standalone host (finding the next meeting) and the meeting
 * picker ask for the same window at the same moment. This wrapper hands both the same request
 * while it is in flight and for a short while after, instead of asking Graph twice.
 */
import type { CalendarEvent, CalendarSource } from '../domain/ports';

/** How long an answer is shared; later callers (a remount, a retry) ask Graph again. */
export const SHARE_MS = 30_000;

/** Wraps `calendar` so concurrent and recent `listEvents` calls for the same window share one request. */
export function shareCalendarLists<T extends CalendarSource>(calendar: T, clock: () => number = Date.now): T {
  const recent = new Map<string, { at: number; events: Promise<CalendarEvent[]> }>();
  const listEvents = (fromIso: string, toIso: string): Promise<CalendarEvent[]> => {
    const key = `${fromIso}|${toIso}`;
    const now = clock();
    const hit = recent.get(key);
    if (hit && now - hit.at < SHARE_MS) return hit.events.then((events) => [...events]);
    const events = calendar.listEvents(fromIso, toIso);
    recent.set(key, { at: now, events });
    // A failure is never shared with a later caller: the next one asks again.
    events.catch(() => {
      if (recent.get(key)?.events === events) recent.delete(key);
    });
    return events.then((list) => [...list]);
  };
  // Keep every other method (the Teams host's lookups) as the repository has them.
  return Object.assign(Object.create(calendar) as T, { listEvents, getEvent: (id: string) => calendar.getEvent(id) });
}
