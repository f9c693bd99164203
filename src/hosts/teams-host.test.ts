import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingLookup, TeamsMeetingContext } from '../domain/meeting-lookup';
import type { CalendarEvent } from '../domain/ports';
import { connectTeamsHost, teamsTheme, type TeamsContext, type TeamsSdk } from './teams-host';

/** A hand-written stand-in for the part of teams-js the host uses. */
class FakeTeams implements TeamsSdk {
  themeHandler: ((theme: string) => void) | null = null;
  notified = 0;
  constructor(
    private readonly context: TeamsContext,
    private readonly init: () => Promise<void> = async () => {},
  ) {}
  app = {
    initialize: () => this.init(),
    getContext: async () => this.context,
    registerOnThemeChangeHandler: (handler: (theme: string) => void) => {
      this.themeHandler = handler;
    },
    notifySuccess: async () => {
      this.notified += 1;
    },
  };
}

const event: CalendarEvent = {
  id: 'evt-1',
  iCalUId: 'uid-1',
  subject: 'Chefforum',
  start: '2024-03-13T08:00:00Z',
  end: '2024-03-13T11:00:00Z',
  location: null,
  organizerName: 'Sekretær Demo',
  isOrganizer: true,
};

const sidePanel: TeamsContext = {
  app: { theme: 'dark' },
  page: { frameContext: 'sidePanel' },
  chat: { id: '19:meeting_evt-1@thread.v2' },
  user: { displayName: 'Referent Demo', userPrincipalName: 'referent@example.dk' },
};

const found: MeetingLookup = { kind: 'found', event };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Teams host', () => {
  it('looks the meeting up once from the context’s chat id, at the host’s clock, to iCalUId and start', async () => {
    const findMeeting = vi.fn(async (_context: TeamsMeetingContext, _now: Date) => found);
    const now = new Date('2024-03-13T08:30:00Z');
    const host = await connectTeamsHost({ teams: new FakeTeams(sidePanel), findMeeting, now: () => now });
    expect(host?.kind).toBe('teams');
    expect(host?.frame).toBe('sidePanel');
    expect(await host?.getMeetingRef()).toEqual({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
    expect(await host?.isOrganizer?.()).toBe(true);
    expect(await host?.meetingProblem?.()).toBeNull();
    expect(findMeeting).toHaveBeenCalledTimes(1);
    expect(findMeeting).toHaveBeenCalledWith({ chatId: '19:meeting_evt-1@thread.v2', channelId: null }, now);
  });

  it('passes a channel meeting’s channel id (its context has no chat id)', async () => {
    const findMeeting = vi.fn(async (_context: TeamsMeetingContext, _now: Date) => found);
    const channelMeeting: TeamsContext = {
      app: { theme: 'default' },
      page: { frameContext: 'sidePanel' },
      channel: { id: '19:abc@thread.tacv2' },
    };
    const host = (await connectTeamsHost({ teams: new FakeTeams(channelMeeting), findMeeting }))!;
    expect(await host.getMeetingRef()).toEqual({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
    expect(findMeeting.mock.calls[0]![0]).toEqual({ chatId: null, channelId: '19:abc@thread.tacv2' });
  });

  it('when the meeting is not in the user’s calendar, says why and lets the user choose one', async () => {
    const host = (await connectTeamsHost({ teams: new FakeTeams(sidePanel), findMeeting: async () => ({ kind: 'not-in-calendar' }) }))!;
    expect(await host.getMeetingRef()).toBeNull();
    expect(await host.meetingProblem?.()).toBe('not-in-calendar');
    const seen: unknown[] = [];
    host.onMeetingChanged((ref) => seen.push(ref));
    host.selectMeeting?.({ ...event, start: '2024-03-13T08:00:00.0000000' });
    expect(seen).toEqual([{ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' }]);
    expect(await host.getMeetingRef()).toEqual({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
    expect(await host.meetingProblem?.()).toBeNull();
  });

  it('offers the choice in the personal tab (no chat, no channel)', async () => {
    const host = await connectTeamsHost({
      teams: new FakeTeams({ app: { theme: 'default' }, page: { frameContext: 'content' } }),
      findMeeting: async (context) => (context.chatId || context.channelId ? found : { kind: 'no-meeting' }),
    });
    expect(await host?.getMeetingRef()).toBeNull();
    expect(await host?.meetingProblem?.()).toBe('no-meeting');
    expect(host?.frame).toBe('content');
  });

  it('follows theme changes from Teams', async () => {
    const teams = new FakeTeams(sidePanel);
    const host = (await connectTeamsHost({ teams, findMeeting: async () => found }))!;
    const seen: string[] = [];
    host.onThemeChanged((theme) => seen.push(theme));
    expect(host.getTheme()).toBe('dark');
    teams.themeHandler?.('contrast');
    teams.themeHandler?.('default');
    expect(seen).toEqual(['contrast', 'light']);
    expect(host.getTheme()).toBe('light');
  });

  it('gives up after the timeout when initialize never answers (inside another iframe)', async () => {
    const pending = connectTeamsHost({
      teams: new FakeTeams(sidePanel, () => new Promise(() => {})),
      findMeeting: async () => found,
      initTimeoutMs: 3000,
    });
    await vi.advanceTimersByTimeAsync(3000);
    await expect(pending).resolves.toBeNull();
  });

  it('resolves to null when initialize rejects (a top-level page outside Teams)', async () => {
    const host = await connectTeamsHost({
      teams: new FakeTeams(sidePanel, () => Promise.reject(new Error('No Parent window found'))),
      findMeeting: async () => found,
    });
    expect(host).toBeNull();
  });

  it('reports the user and tells Teams when the app is ready', async () => {
    const teams = new FakeTeams(sidePanel);
    const host = (await connectTeamsHost({ teams, findMeeting: async () => found }))!;
    expect(await host.getUser()).toEqual({ name: 'Referent Demo', email: 'referent@example.dk' });
    host.notifySuccess();
    await vi.advanceTimersByTimeAsync(0);
    expect(teams.notified).toBe(1);
  });

  it('gives Teams’ login hint for sign-in, else the user’s UPN', async () => {
    const hinted = {
      ...sidePanel,
      user: { displayName: 'Referent Demo', loginHint: 'referent@kommune.dk', userPrincipalName: 'x@kommune.dk' },
    };
    const host = (await connectTeamsHost({ teams: new FakeTeams(hinted), findMeeting: async () => found }))!;
    expect(await host.loginHint?.()).toBe('referent@kommune.dk');
    const upnOnly = (await connectTeamsHost({ teams: new FakeTeams(sidePanel), findMeeting: async () => found }))!;
    expect(await upnOnly.loginHint?.()).toBe('referent@example.dk');
  });

  it('tries the chat lookup again after a failure', async () => {
    const findMeeting = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(found);
    const host = (await connectTeamsHost({ teams: new FakeTeams(sidePanel), findMeeting }))!;
    await expect(host.getMeetingRef()).rejects.toThrow('offline');
    expect(await host.getMeetingRef()).toEqual({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
  });

  it('maps Teams theme names', () => {
    expect([teamsTheme('default'), teamsTheme('dark'), teamsTheme('contrast')]).toEqual(['light', 'dark', 'contrast']);
  });
});
