/**
 * The plain-browser host (also used when Office.onReady reports no host): the meeting comes from
 * `?meeting=EVENT_ID`, otherwise the next upcoming event of the calendar; the user may pick another
 * one with the app's meeting picker (selectMeeting). The theme follows the system, or `?theme=`.
 */
import type { CalendarEvent, CalendarSource, MeetingRef } from '../domain/ports';
import type { HostTheme, HostUser, MeetingHost } from '../domain/host-port';
import { meetingRefOf, parseMeetingKey, sameMeeting } from '../domain/meeting-identity';
import { createListeners } from './listeners';

/** How far ahead the standalone host looks for the next meeting. */
export const LOOKAHEAD_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface StandaloneHostOptions {
  calendar: CalendarSource;
  /**
   * `?meeting=`: a calendar event id, or a MeetingKey `iCalUId|startUtcIso` (the lists' key);
   * null for the next upcoming meeting.
   */
  meetingId: string | null;
  now?: () => Date;
  /** A fixed theme (`?theme=`), else the media queries decide. */
  theme?: HostTheme | null;
  /** window.matchMedia in the browser; absent in tests and old browsers. */
  matchMedia?: (query: string) => {
    matches: boolean;
    addEventListener?(type: 'change', cb: () => void): void;
    removeEventListener?(type: 'change', cb: () => void): void;
  };
  user?: HostUser | null;
}

/** The first event that has not ended yet: a meeting in progress counts as the next one. */
export function nextUpcoming(events: CalendarEvent[], now: Date): CalendarEvent | null {
  return events.find((event) => Date.parse(event.end) > now.getTime()) ?? null;
}

/**
 * The window `listEvents` is asked for: from the start of yesterday (UTC) to LOOKAHEAD_DAYS after
 * today. From yesterday, because a meeting still running now may have started before UTC midnight
 * (in Copenhagen, one that began before 01.00 local time); calendarView lists what overlaps the window.
 */
export function lookaheadWindow(now: Date): { from: string; to: string } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { from: new Date(today - DAY_MS).toISOString(), to: new Date(today + LOOKAHEAD_DAYS * DAY_MS).toISOString() };
}

/** `?meeting=` may be a MeetingKey; the domain defines how it reads. */
export { parseMeetingKey };

/** Creates the standalone host. */
export function createStandaloneHost(options: StandaloneHostOptions): MeetingHost {
  const now = options.now ?? (() => new Date());
  const meetingListeners = createListeners<MeetingRef | null>();
  const themeListeners = createListeners<HostTheme>();
  let selected: { ref: MeetingRef | null; event: CalendarEvent | null } | null = null;
  let initial: Promise<CalendarEvent | null> | null = null;

  const findInitial = async (): Promise<CalendarEvent | null> => {
    const key = options.meetingId ? parseMeetingKey(options.meetingId) : null;
    if (key) {
      // Look the occurrence up in the calendar around its start, for its organizer flag.
      const day = Date.parse(key.start);
      const events = await options.calendar.listEvents(new Date(day - DAY_MS).toISOString(), new Date(day + DAY_MS).toISOString());
      return events.find((e) => sameMeeting(e, key)) ?? null;
    }
    if (options.meetingId) return options.calendar.getEvent(options.meetingId);
    const { from, to } = lookaheadWindow(now());
    return nextUpcoming(await options.calendar.listEvents(from, to), now());
  };

  const theme = (): HostTheme => {
    if (options.theme) return options.theme;
    if (options.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
    return options.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  };
  // Follow the system theme; a fixed `?theme=` never changes.
  if (!options.theme && options.matchMedia) {
    for (const query of ['(forced-colors: active)', '(prefers-color-scheme: dark)']) {
      options.matchMedia(query).addEventListener?.('change', () => themeListeners.emit(theme()));
    }
  }

  const eventRef = (event: CalendarEvent | null): MeetingRef | null => (event ? meetingRefOf(event) : null);
  // One lookup shared by every caller; a failed one is forgotten, so the view's retry asks again.
  const initialEvent = (): Promise<CalendarEvent | null> =>
    (initial ??= findInitial().catch((error: unknown) => {
      initial = null;
      throw error;
    }));

  return {
    kind: 'standalone',
    async getMeetingRef() {
      if (selected) return selected.ref;
      return eventRef(await initialEvent());
    },
    onMeetingChanged: meetingListeners.add,
    getTheme: theme,
    onThemeChanged: themeListeners.add,
    getUser: async () => options.user ?? null,
    async isOrganizer() {
      if (selected) return selected.event?.isOrganizer ?? false;
      return (await initialEvent())?.isOrganizer ?? false;
    },
    selectMeeting(event) {
      selected = { ref: eventRef(event), event };
      meetingListeners.emit(selected.ref);
    },
  };
}
