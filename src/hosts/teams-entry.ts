/**
 * Decides whether this page runs inside Teams and, if so, connects the Teams host.
 * teams-js is loaded only when the page is framed (or `?host=teams` asks for it), so the
 * standalone page and the Outlook task pane never pay for it. The Teams host's own code loads with
 * it, on demand (issue #13: the first open's chunk holds only what every open runs).
 */
import type { MeetingLookup, TeamsMeetingContext } from '../domain/meeting-lookup';
import type { TeamsMeetingHost, TeamsSdk } from './teams-host';

/** Where the page runs, as far as telling Teams goes. */
export interface TeamsPage {
  /** True when the page is inside a frame (Teams hosts tabs in an iframe). */
  framed: boolean;
  /** True when the address asks for the Teams host explicitly (`?host=teams`). */
  requested: boolean;
}

export interface TeamsEntryOptions extends TeamsPage {
  findMeeting(context: TeamsMeetingContext, now: Date): Promise<MeetingLookup>;
  /** Loads teams-js; injectable for tests. */
  loadSdk?: () => Promise<TeamsSdk>;
}

/** True when the page may be in Teams, so teams-js is loaded and asked (connectTeamsIfEmbedded). */
export function inTeamsPage(page: TeamsPage): boolean {
  return page.framed || page.requested;
}

/**
 * A findMeeting for a host connected before the calendar is there: the entry connects Teams beside
 * the data layer (issue #13), and the lookup, which needs the calendar, waits for it. Teams needs
 * app.initialize before getContext, which names the meeting's chat, so the sooner it is asked, the
 * sooner the lookup can start (https://learn.microsoft.com/javascript/api/@microsoft/teams-js/app).
 */
export function findMeetingOnceReady(
  calendar: Promise<{ findTeamsMeeting(context: TeamsMeetingContext, now: Date): Promise<MeetingLookup> }>,
): TeamsEntryOptions['findMeeting'] {
  return (context, now) => calendar.then((ready) => ready.findTeamsMeeting(context, now));
}

/** The Teams host, or null when the page is not in Teams (or Teams does not answer in time). */
export async function connectTeamsIfEmbedded(options: TeamsEntryOptions): Promise<TeamsMeetingHost | null> {
  if (!inTeamsPage(options)) return null;
  const loadSdk = options.loadSdk ?? (async () => (await import('./teams-sdk-app')) as unknown as TeamsSdk);
  const [teams, { connectTeamsHost }] = await Promise.all([loadSdk(), import('./teams-host')]);
  return connectTeamsHost({ teams, findMeeting: options.findMeeting });
}
