import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetingTabConfig, startTeamsConfig, type TabInstanceConfig, type TeamsConfigSdk, type TeamsSaveEvent } from './teams-config';

/** A hand-written teams-js surface that records the configuration calls. */
function fakeTeams(
  options: { initialize?: () => Promise<void>; setConfig?: (c: TabInstanceConfig) => Promise<void>; theme?: string } = {},
) {
  const log: string[] = [];
  let save: ((event: TeamsSaveEvent) => void) | null = null;
  const saved: TabInstanceConfig[] = [];
  const sdk: TeamsConfigSdk = {
    app: {
      initialize: options.initialize ?? (async () => void log.push('initialize')),
      getContext: async () => ({ app: { theme: options.theme ?? 'default' } }),
      notifySuccess: () => void log.push('notifySuccess'),
    },
    pages: {
      config: {
        registerOnSaveHandler: (handler) => {
          log.push('registerOnSaveHandler');
          save = handler;
        },
        setValidityState: (valid) => void log.push(`setValidityState:${valid}`),
        setConfig: async (config) => {
          if (options.setConfig) return options.setConfig(config);
          saved.push(config);
        },
      },
    },
  };
  /** Presses Teams' Save button and waits for the page's answer. */
  const pressSave = () =>
    new Promise<string>((resolve) => {
      if (!save) throw new Error('no save handler registered');
      save({ notifySuccess: () => resolve('success'), notifyFailure: (reason) => resolve(`failure:${reason}`) });
    });
  return { sdk, log, saved, pressSave };
}

afterEach(() => vi.useRealTimers());

describe('Teams tab configuration page', () => {
  it('enables Save at once and, on save, points the tab at the app without a role (the view follows write access)', async () => {
    const teams = fakeTeams({ theme: 'dark' });
    await expect(startTeamsConfig(teams.sdk, 'https://punkt.kommune.dk')).resolves.toEqual({ inTeams: true, theme: 'dark' });
    expect(teams.log).toEqual(['initialize', 'registerOnSaveHandler', 'setValidityState:true', 'notifySuccess']);
    await expect(teams.pressSave()).resolves.toBe('success');
    expect(teams.saved).toEqual([
      {
        contentUrl: 'https://punkt.kommune.dk/',
        websiteUrl: 'https://punkt.kommune.dk/',
        entityId: 'punkt-meeting',
        suggestedDisplayName: 'Punkt',
      },
    ]);
  });

  it('tells Teams the save failed instead of leaving it waiting', async () => {
    const teams = fakeTeams({ setConfig: async () => Promise.reject(new Error('not allowed')) });
    await startTeamsConfig(teams.sdk, 'https://punkt.kommune.dk');
    await expect(teams.pressSave()).resolves.toBe('failure:not allowed');
  });

  it('reports not being in Teams when initialize rejects or never answers', async () => {
    const rejected = fakeTeams({ initialize: async () => Promise.reject(new Error('no parent')) });
    await expect(startTeamsConfig(rejected.sdk, 'https://x.dk')).resolves.toEqual({ inTeams: false, theme: 'light' });
    expect(rejected.log).toEqual([]);

    vi.useFakeTimers();
    const silent = fakeTeams({ initialize: () => new Promise<void>(() => undefined) });
    const result = startTeamsConfig(silent.sdk, 'https://x.dk', 3000);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(result).resolves.toEqual({ inTeams: false, theme: 'light' });
    expect(silent.log).toEqual([]);
  });

  it('uses the origin it is given, without a trailing slash twice', () => {
    expect(meetingTabConfig('https://localhost:5173').contentUrl).toBe('https://localhost:5173/');
  });
});
