import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Teams host', () => {
  it('resolves the meeting through the chat id to iCalUId and start', async () => {
    const findEventForChat = vi.fn(async (chatId: string) => (chatId === '19:meeting_evt-1@thread.v2' ? event : null));
    const host = await connectTeamsHost({ teams: new FakeTeams(sidePanel), findEventForChat });
    expect(host?.kind).toBe('teams');
    expect(host?.frame).toBe('sidePanel');
    expect(await host?.getMeetingRef()).toEqual({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
    expect(await host?.isOrganizer?.()).toBe(true);
    expect(findEventForChat).toHaveBeenCalledTimes(1);
  });

  it('has no meeting in a tab without a meeting chat', async () => {
    const host = await connectTeamsHost({
      teams: new FakeTeams({ app: { theme: 'default' }, page: { frameContext: 'content' } }),
      findEventForChat: async () => event,
    });
    expect(await host?.getMeetingRef()).toBeNull();
    expect(host?.frame).toBe('content');
  });

  it('follows theme changes from Teams', async () => {
    const teams = new FakeTeams(sidePanel);
    const host = (await connectTeamsHost({ teams, findEventForChat: async () => event }))!;
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
      findEventForChat: async () => event,
      initTimeoutMs: 3000,
    });
    await vi.advanceTimersByTimeAsync(3000);
    await expect(pending).resolves.toBeNull();
  });

  it('resolves to null when initialize rejects (a top-level page outside Teams)', async () => {
    const host = await connectTeamsHost({
      teams: new FakeTeams(sidePanel, () => Promise.reject(new Error('No Parent window found'))),
      findEventForChat: async () => event,
    });
    expect(host).toBeNull();
  });

  it('reports the user and tells Teams when the app is ready', async () => {
    const teams = new FakeTeams(sidePanel);
    const host = (await connectTeamsHost({ teams, findEventForChat: async () => event }))!;
    expect(await host.getUser()).toEqual({ name: 'Referent Demo', email: 'referent@example.dk' });
    host.notifySuccess();
    await vi.advanceTimersByTimeAsync(0);
    expect(teams.notified).toBe(1);
  });

  it('tries the chat lookup again after a failure', async () => {
    const findEventForChat = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(event);
    const host = (await connectTeamsHost({ teams: new FakeTeams(sidePanel), findEventForChat }))!;
    await expect(host.getMeetingRef()).rejects.toThrow('offline');
    expect(await host.getMeetingRef()).toEqual({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
  });

  it('maps Teams theme names', () => {
    expect([teamsTheme('default'), teamsTheme('dark'), teamsTheme('contrast')]).toEqual(['light', 'dark', 'contrast']);
  });
});
