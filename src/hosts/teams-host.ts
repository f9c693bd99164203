/**
 * The Teams host: the side panel, content tab or meeting stage of a Teams meeting, or the
 * personal tab. The meeting is looked up in the signed-in user's own calendar from what Teams'
 * context says (chat id, channel id): see src/domain/meeting-lookup.ts for the rules and why the
 * chat's calendarEventId is not enough (meeting.getMeetingDetails is Microsoft-internal, so we do
 * not use it). When nothing matches, or the context names no meeting, the user chooses
 * (selectMeeting, the same picker as in the plain browser).
 * teams-js is injected (the real `@microsoft/teams-js` module, or a hand-written fake in tests).
 */
import type { MeetingLookup, TeamsMeetingContext } from '../domain/meeting-lookup';
import { meetingRefOf } from '../domain/meeting-identity';
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import type { HostTheme, HostUser, MeetingHost, MeetingProblem } from '../domain/host-port';
import { createListeners } from './listeners';

/** The slice of teams-js' app context this host reads. */
export interface TeamsContext {
  app: { theme: string };
  page: { frameContext: string };
  chat?: { id: string } | undefined;
  /** A channel meeting has the channel (and meeting.id), no chat id. */
  channel?: { id: string } | undefined;
  user?: { displayName?: string | undefined; userPrincipalName?: string | undefined; loginHint?: string | undefined } | undefined;
}

/** The slice of `@microsoft/teams-js` this host uses. */
export interface TeamsSdk {
  app: {
    initialize(): Promise<void>;
    getContext(): Promise<TeamsContext>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    notifySuccess(): Promise<unknown> | void;
  };
}

/** Where in the meeting the app is shown; 'other' for tabs outside a meeting. */
export type TeamsFrame = 'sidePanel' | 'content' | 'meetingStage' | 'other';

/** The Teams host adds where it is shown and the ready signal Teams waits for. */
export interface TeamsMeetingHost extends MeetingHost {
  readonly kind: 'teams';
  readonly frame: TeamsFrame;
  /** Tells Teams the app has rendered (otherwise Teams shows its own spinner and then an error). */
  notifySuccess(): void;
}

export interface TeamsHostOptions {
  teams: TeamsSdk;
  /** The meeting in the user's own calendar (the calendar repository's findTeamsMeeting). */
  findMeeting(context: TeamsMeetingContext, now: Date): Promise<MeetingLookup>;
  now?: () => Date;
  /** How long to wait for Teams to answer initialize (default 3000 ms). */
  initTimeoutMs?: number;
}

/** Maps Teams' theme names onto ours; Teams says 'default' for light. */
export function teamsTheme(name: string): HostTheme {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}

function frameOf(frameContext: string): TeamsFrame {
  return frameContext === 'sidePanel' || frameContext === 'content' || frameContext === 'meetingStage' ? frameContext : 'other';
}

/**
 * Connects to Teams, or resolves to null when the page is not running inside Teams.
 * Outside Teams, initialize() rejects at once in a top-level page but only after 60 s inside
 * another iframe (the Outlook task pane), so it is raced against a short timeout.
 */
export async function connectTeamsHost(options: TeamsHostOptions): Promise<TeamsMeetingHost | null> {
  const { teams } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.initTimeoutMs ?? 3000);
  });
  try {
    const outcome = await Promise.race([teams.app.initialize().then(() => 'ready' as const), timeout]);
    if (outcome === 'timeout') return null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
  return createTeamsHost(options, await teams.app.getContext());
}

function createTeamsHost(options: TeamsHostOptions, context: TeamsContext): TeamsMeetingHost {
  const themeListeners = createListeners<HostTheme>();
  const meetingListeners = createListeners<MeetingRef | null>();
  let theme = teamsTheme(context.app.theme);
  let lookup: Promise<MeetingLookup> | null = null;
  // A meeting the user chose because the lookup found none; it wins from then on.
  let chosen: CalendarEvent | null = null;
  const now = options.now ?? (() => new Date());
  // Dark is the default inside meetings, and users switch while the panel is open.
  options.teams.app.registerOnThemeChangeHandler((name) => {
    theme = teamsTheme(name);
    themeListeners.emit(theme);
  });

  const findMeeting = (): Promise<MeetingLookup> =>
    (lookup ??= options
      .findMeeting({ chatId: context.chat?.id ?? null, channelId: context.channel?.id ?? null }, now())
      .catch((error: unknown) => {
        lookup = null; // let a later call try again (a passing network failure)
        throw error;
      }));
  const meetingEvent = async (): Promise<CalendarEvent | null> => {
    if (chosen) return chosen;
    const found = await findMeeting();
    return found.kind === 'found' ? found.event : null;
  };

  return {
    kind: 'teams',
    frame: frameOf(context.page.frameContext),
    async getMeetingRef() {
      const found = await meetingEvent();
      return found ? meetingRefOf(found) : null;
    },
    // A panel whose meeting was found belongs to it for its whole life; a chosen one may change.
    onMeetingChanged: meetingListeners.add,
    async meetingProblem(): Promise<MeetingProblem | null> {
      if (chosen) return null;
      const found = await findMeeting();
      return found.kind === 'found' ? null : found.kind;
    },
    selectMeeting(event) {
      chosen = event;
      meetingListeners.emit(meetingRefOf(event));
    },
    getTheme: () => theme,
    onThemeChanged: themeListeners.add,
    async getUser(): Promise<HostUser | null> {
      const user = context.user;
      if (!user) return null;
      const email = user.userPrincipalName ?? user.loginHint ?? null;
      return { name: user.displayName ?? email ?? '', email };
    },
    // Teams' own hint for MSAL (nested-authentication: "use context.user.loginHint").
    // https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
    loginHint: async () => context.user?.loginHint || context.user?.userPrincipalName || undefined,
    async isOrganizer() {
      return (await meetingEvent())?.isOrganizer ?? false;
    },
    notifySuccess() {
      void Promise.resolve(options.teams.app.notifySuccess()).catch(() => undefined);
    },
  };
}
