/**
 * What Graph cannot be asked to create, but Teams does: a meeting created in Outlook, whose chat
 * then reports no `onlineMeetingInfo.calendarEventId` (https://learn.microsoft.com/graph/api/resources/teamworkonlinemeetinginfo
 * calls it the event's id, and it is missing for such meetings), and a channel meeting, whose
 * conversation is the channel's thread (`19:…@thread.tacv2`), not a meeting chat
 * (https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-apps-in-meetings).
 * The demo seed asks for them on `POST /me/events` with this header; Graph ignores headers it does
 * not know, so the seed's requests stay valid Graph requests (a tenant makes plain meetings of them).
 */

/** `outlook` or `channel=19:…@thread.tacv2`. */
export const DEMO_TEAMS_HEADER = 'x-punkt-demo-teams';

/** How the demo meeting came about in Teams. */
export function demoTeamsOrigin(value: string | undefined): { outlookCreated: boolean; channelThread: string | null } {
  const channel = /^channel=(19:[\w.-]+@thread\.tacv2)$/.exec(value?.trim() ?? '')?.[1] ?? null;
  return { outlookCreated: value?.trim() === 'outlook', channelThread: channel };
}
