/**
 * The Teams host: the side panel, content tab or meeting stage of a Teams meeting.
 * The meeting is resolved through the chat: `GET /chats/{chat.id}` → onlineMeetingInfo.calendarEventId
 * → the event → iCalUId + start (meeting.getMeetingDetails is Microsoft-internal, so we do not use it).
 * teams-js is injected (the real `@microsoft/teams-js` module, or a hand-written fake in tests).
 */
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import type { HostTheme, HostUser, MeetingHost } from '../domain/host-port';
import { createListeners } from './listeners';

/** The slice of teams-js' app context this host reads. */
export interface TeamsContext {
  app: { theme: string };
  page: { frameContext: string };
  chat?: { id: string } | undefined;
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
  /** The calendar event behind a meeting chat (the calendar repository's findEventForChat). */
  findEventForChat(chatId: string): Promise<CalendarEvent | null>;
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
  let event: Promise<CalendarEvent | null> | null = null;
  // Dark is the default inside meetings, and users switch while the panel is open.
  options.teams.app.registerOnThemeChangeHandler((name) => {
    theme = teamsTheme(name);
    themeListeners.emit(theme);
  });

  const meetingEvent = (): Promise<CalendarEvent | null> => {
    const chatId = context.chat?.id;
    if (!chatId) return Promise.resolve(null);
    event ??= options.findEventForChat(chatId).catch((error: unknown) => {
      event = null; // let a later call try again (a passing network failure)
      throw error;
    });
    return event;
  };

  return {
    kind: 'teams',
    frame: frameOf(context.page.frameContext),
    async getMeetingRef() {
      const found = await meetingEvent();
      return found ? { iCalUId: found.iCalUId, start: found.start } : null;
    },
    // A Teams panel belongs to one meeting for its whole life.
    onMeetingChanged: meetingListeners.add,
    getTheme: () => theme,
    onThemeChanged: themeListeners.add,
    async getUser(): Promise<HostUser | null> {
      const user = context.user;
      if (!user) return null;
      const email = user.userPrincipalName ?? user.loginHint ?? null;
      return { name: user.displayName ?? email ?? '', email };
    },
    async isOrganizer() {
      return (await meetingEvent())?.isOrganizer ?? false;
    },
    notifySuccess() {
      void Promise.resolve(options.teams.app.notifySuccess()).catch(() => undefined);
    },
  };
}
