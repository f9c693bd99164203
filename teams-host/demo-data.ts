/**
 * What the local Teams host reads from the embedded Graph service: the demo users (`GET /me` with
 * each demo token) and the demo calendar's online meetings (`GET /me/calendarView`), each with the
 * Teams thread its join URL names.
 */
import type { HostPlace, HostUser } from './protocol';

/** The demo users, as the app's `?user=` names them, with the local service's tokens. */
export const DEMO_USERS = [
  { key: 'secretary', label: 'Sekretær (mødeleder)', token: 'punkt-dev-token', appUser: null },
  { key: 'notetaker', label: 'Referent', token: 'punkt-dev-token-notetaker', appUser: 'notetaker' },
  { key: 'reader', label: 'Leder (læser)', token: 'punkt-dev-token-reader', appUser: 'reader' },
] as const;

export type DemoUserKey = (typeof DEMO_USERS)[number]['key'];

/** One meeting the host can open the panel in. */
export interface HostMeeting {
  /** The thread id from the join URL: the meeting chat's id, or a channel's. */
  threadId: string;
  subject: string;
  startUtc: string;
  endUtc: string;
  place: HostPlace;
}

const GRAPH = '/graph/v1.0';

async function graphGet<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${GRAPH}${path}`, { headers: { Authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="UTC"' } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The signed-in user as Teams' context names them, read from `GET /me`. */
export async function loadUser(token: string): Promise<HostUser> {
  const me = await graphGet<{ id: string; displayName: string; userPrincipalName: string }>('/me', token);
  return { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName };
}

/**
 * The thread id a Teams join URL carries: `https://teams.microsoft.com/l/meetup-join/{thread id}/…`
 * (https://learn.microsoft.com/graph/api/resources/onlinemeetinginfo: joinUrl).
 */
export function threadIdOfJoinUrl(joinUrl: string): string | null {
  const match = /\/l\/meetup-join\/([^/?#]+)/.exec(joinUrl);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * A meeting chat's thread is `19:meeting_…@thread.v2`; a channel meeting is held in the channel's
 * thread, `19:…@thread.tacv2` (or the older `@thread.skype`), so its tab gets a channel, not a chat.
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-apps-in-meetings
 */
export function placeOfThread(threadId: string, subject: string): HostPlace {
  if (/@thread\.(tacv2|skype)$/.test(threadId)) {
    return { kind: 'channel', channelId: threadId, channelName: subject, teamId: threadId, teamName: 'Chefforum' };
  }
  return { kind: 'chat', chatId: threadId };
}

interface GraphEvent {
  subject?: string;
  start?: { dateTime: string };
  end?: { dateTime: string };
  onlineMeeting?: { joinUrl?: string } | null;
}

/** The online meetings of the demo calendar from a week ago to four months ahead, earliest first. */
export async function loadMeetings(token: string, now: Date): Promise<HostMeeting[]> {
  const day = 24 * 60 * 60 * 1000;
  const from = new Date(now.getTime() - 7 * day).toISOString();
  const to = new Date(now.getTime() + 120 * day).toISOString();
  const meetings: HostMeeting[] = [];
  let next: string | null = `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`;
  while (next) {
    const page: { value: GraphEvent[]; '@odata.nextLink'?: string } = await graphGet(next, token);
    for (const event of page.value) {
      const threadId = event.onlineMeeting?.joinUrl ? threadIdOfJoinUrl(event.onlineMeeting.joinUrl) : null;
      if (!threadId || !event.start || !event.end) continue;
      const subject = event.subject ?? '';
      meetings.push({
        threadId,
        subject,
        startUtc: `${event.start.dateTime.slice(0, 19)}Z`,
        endUtc: `${event.end.dateTime.slice(0, 19)}Z`,
        place: placeOfThread(threadId, subject),
      });
    }
    const link = page['@odata.nextLink'];
    next = link ? link.slice(link.indexOf(GRAPH) + GRAPH.length) : null;
  }
  return meetings.sort((a, b) => a.startUtc.localeCompare(b.startUtc));
}

/** The meeting a newcomer most likely wants: the one running now, else the next (Teams opens a meeting as it runs). */
export function defaultMeeting(meetings: readonly HostMeeting[], now: Date): HostMeeting | undefined {
  return meetings.find((m) => Date.parse(m.endUtc) > now.getTime()) ?? meetings.at(-1);
}
