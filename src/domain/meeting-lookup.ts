/**
 * Which calendar event a Teams meeting is, for every participant. Pure rules; src/graph fetches
 * what they need in one $batch (the meeting chat and the user's own calendarView around now).
 *
 * Why not the chat's `calendarEventId`: Graph documents it as "The identifier of the calendar event
 * associated with the meeting" (https://learn.microsoft.com/graph/api/resources/teamworkonlinemeetinginfo),
 * but an event id belongs to one mailbox (only `iCalUId` is shared across calendars,
 * https://learn.microsoft.com/graph/api/resources/event), so it can name only one copy, the
 * organizer's as reported, and for an attendee `GET /me/events/{it}` answers 404; it is also
 * reported missing for meetings created in Outlook. What every participant's copy shares with the
 * chat is the join URL: the chat's `onlineMeetingInfo.joinWebUrl` ("The URL that users click to join
 * or uniquely identify the meeting", same page) and the event's `onlineMeeting.joinUrl`
 * (https://learn.microsoft.com/graph/api/resources/onlinemeetinginfo). A recurring series has one
 * chat and one join URL for all its occurrences, so the occurrence is chosen by time.
 * Teams' context: https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context
 * (a meeting chat gives `chat.id`; a channel meeting gives `channel.id` and `meeting.id`, no chat).
 */
import type { CalendarEvent } from './ports';

/** What Teams' context says about where the tab is. */
export interface TeamsMeetingContext {
  chatId: string | null;
  channelId: string | null;
}

/** The meeting chat as `GET /chats/{id}` answers it (https://learn.microsoft.com/graph/api/resources/chat). */
export interface MeetingChat {
  joinWebUrl: string | null;
  calendarEventId: string | null;
}

/** The outcome: the event, or why there is none (the UI explains and offers the choice). */
export type MeetingLookup =
  | { kind: 'found'; event: CalendarEvent }
  /** The context names a meeting, but the user's calendar around now has no event with its join URL. */
  | { kind: 'not-in-calendar' }
  /** The context names no meeting (the personal tab): the user chooses. */
  | { kind: 'no-meeting' };

const HOUR_MS = 60 * 60 * 1000;

/**
 * The calendarView window asked for: 12 hours either side of now, so "today" holds wherever the
 * user is, and a meeting running now is always inside (calendarView returns overlapping events).
 */
export function lookupWindow(now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - 12 * HOUR_MS).toISOString(), to: new Date(now.getTime() + 12 * HOUR_MS).toISOString() };
}

/** Percent-decodes until stable; a malformed escape leaves the text as it is. */
function decodeFully(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * A join URL reduced to what identifies the meeting: decoded, scheme and host lower-cased, no query
 * string (its `context` JSON names tenant and organizer, written with varying escapes) and no
 * trailing slash. The meetup-join path holds the meeting's thread id and message id.
 */
export function joinUrlIdentity(url: string): string | null {
  const decoded = decodeFully(url.trim());
  const match = /^(https?):\/\/([^/?#]+)([^?#]*)/i.exec(decoded);
  if (!match) return null;
  const path = match[3]!.replace(/\/+$/, '');
  return `${match[1]!.toLowerCase()}://${match[2]!.toLowerCase()}${path.toLowerCase()}`;
}

/** The thread id in a meetup-join URL (`19:meeting_…@thread.v2`, or a channel's `19:…@thread.tacv2`). */
export function joinUrlThreadId(url: string): string | null {
  const decoded = decodeFully(url);
  const match = /\/l\/meetup-join\/([^/?#]+)/i.exec(decoded);
  return match ? match[1]!.toLowerCase() : null;
}

/** Whether the event's join URL is the chat's: identical, or the same once decoded and without query string. */
export function sameJoinUrl(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const idA = joinUrlIdentity(a);
  return idA !== null && idA === joinUrlIdentity(b);
}

/**
 * Of a series' occurrences (or several meetings sharing a chat), the one running now, else the
 * next to start, else the one that started most recently.
 */
export function chooseOccurrence(events: readonly CalendarEvent[], now: Date): CalendarEvent | null {
  const t = now.getTime();
  const byStart = [...events].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const running = byStart.find((e) => Date.parse(e.start) <= t && Date.parse(e.end) > t);
  if (running) return running;
  const next = byStart.find((e) => Date.parse(e.start) > t);
  return next ?? byStart.at(-1) ?? null;
}

/**
 * Finds the meeting in the user's own calendar (`events`: their calendarView around now, with
 * `joinUrl`). A meeting chat matches by join URL; a channel meeting by the channel's thread id in
 * the join URL. The chat's calendarEventId is only a fast path: it matches the organizer's own copy.
 */
export function findTeamsMeeting(input: {
  context: TeamsMeetingContext;
  chat: MeetingChat | null;
  events: readonly CalendarEvent[];
  now: Date;
}): MeetingLookup {
  const { context, chat, events, now } = input;
  if (!context.chatId && !context.channelId) return { kind: 'no-meeting' };
  let candidates: CalendarEvent[] = [];
  if (chat?.joinWebUrl) candidates = events.filter((e) => sameJoinUrl(e.joinUrl, chat.joinWebUrl));
  if (candidates.length === 0 && chat?.calendarEventId) candidates = events.filter((e) => e.id === chat.calendarEventId);
  if (candidates.length === 0 && context.channelId) {
    const channel = context.channelId.toLowerCase();
    candidates = events.filter((e) => !!e.joinUrl && joinUrlThreadId(e.joinUrl) === channel);
  }
  const event = chooseOccurrence(candidates, now);
  return event ? { kind: 'found', event } : { kind: 'not-in-calendar' };
}
