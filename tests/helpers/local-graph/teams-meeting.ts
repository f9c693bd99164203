/**
 * A Teams meeting made in the organizer's calendar, as Outlook's "Teams meeting" toggle makes one:
 * POST /me/events with isOnlineMeeting (https://learn.microsoft.com/en-us/graph/api/user-post-events).
 * The event comes back with onlineMeeting.joinUrl (https://learn.microsoft.com/en-us/graph/api/resources/onlinemeetinginfo),
 * whose meetup-join path holds the meeting chat's thread id, the chat id a Teams side panel knows the meeting by.
 */
import type { GraphClient } from '../../../src/graph/client';

export interface TeamsMeetingInput {
  subject: string;
  /** UTC wall-clock times, `YYYY-MM-DDTHH:MM:SS`. */
  start: string;
  end: string;
  /** Required attendees' addresses. */
  attendees: string[];
  /** A Graph patternedRecurrence, for a series. */
  recurrence?: unknown;
}

export interface CreatedTeamsMeeting {
  id: string;
  iCalUId: string;
  joinUrl: string;
  /** The meeting chat's id, read from the join URL here rather than by the code under test. */
  chatId: string;
}

/** Creates the meeting as the client's user (its organizer) and returns its ids. */
export async function createTeamsMeeting(organizer: GraphClient, input: TeamsMeetingInput): Promise<CreatedTeamsMeeting> {
  const created = await organizer.send<{ id: string; iCalUId: string; onlineMeeting: { joinUrl: string } }>({
    method: 'POST',
    path: '/me/events',
    body: {
      subject: input.subject,
      start: { dateTime: input.start, timeZone: 'UTC' },
      end: { dateTime: input.end, timeZone: 'UTC' },
      attendees: input.attendees.map((address) => ({ emailAddress: { address }, type: 'required' })),
      isOnlineMeeting: true,
      ...(input.recurrence === undefined ? {} : { recurrence: input.recurrence }),
    },
  });
  const { id, iCalUId, onlineMeeting } = created.body;
  const chatId = decodeURIComponent(/meetup-join\/([^/]+)\//.exec(onlineMeeting.joinUrl)?.[1] ?? '');
  return { id, iCalUId, joinUrl: onlineMeeting.joinUrl, chatId };
}
