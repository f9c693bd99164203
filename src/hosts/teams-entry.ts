/**
 * Decides whether this page runs inside Teams and, if so, connects the Teams host.
 * teams-js is loaded only when the page is framed (or `?host=teams` asks for it), so the
 * standalone page and the Outlook task pane never pay for it. The Teams host's own code loads with
 * it, on demand (issue #13: the first open's chunk holds only what every open runs).
 */
import type { MeetingLookup, TeamsMeetingContext } from '../domain/meeting-lookup';
import type { TeamsMeetingHost, TeamsSdk } from './teams-host';

export interface TeamsEntryOptions {
  /** True when the page is inside a frame (Teams hosts tabs in an iframe). */
  framed: boolean;
  /** True when the address asks for the Teams host explicitly (`?host=teams`). */
  requested: boolean;
  findMeeting(context: TeamsMeetingContext, now: Date): Promise<MeetingLookup>;
  /** Loads teams-js; injectable for tests. */
  loadSdk?: () => Promise<TeamsSdk>;
}

/** The Teams host, or null when the page is not in Teams (or Teams does not answer in time). */
export async function connectTeamsIfEmbedded(options: TeamsEntryOptions): Promise<TeamsMeetingHost | null> {
  if (!options.framed && !options.requested) return null;
  const loadSdk = options.loadSdk ?? (async () => (await import('@microsoft/teams-js')) as unknown as TeamsSdk);
  const [teams, { connectTeamsHost }] = await Promise.all([loadSdk(), import('./teams-host')]);
  return connectTeamsHost({ teams, findMeeting: options.findMeeting });
}
