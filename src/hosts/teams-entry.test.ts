import { describe, expect, it, vi } from 'vitest';
import type { TeamsSdk } from './teams-host';
import { connectTeamsIfEmbedded } from './teams-entry';

function fakeSdk(initialize: () => Promise<void>): TeamsSdk {
  return {
    app: {
      initialize,
      getContext: async () => ({ app: { theme: 'dark' }, page: { frameContext: 'sidePanel' }, chat: { id: '19:meeting_x@thread.v2' } }),
      registerOnThemeChangeHandler: () => undefined,
      notifySuccess: () => undefined,
    },
  } as unknown as TeamsSdk;
}

describe('connectTeamsIfEmbedded', () => {
  it('does not load teams-js in a top-level page that did not ask for Teams', async () => {
    const loadSdk = vi.fn(async () => fakeSdk(async () => undefined));
    const host = await connectTeamsIfEmbedded({
      framed: false,
      requested: false,
      findMeeting: async () => ({ kind: 'no-meeting' as const }),
      loadSdk,
    });
    expect(host).toBeNull();
    expect(loadSdk).not.toHaveBeenCalled();
  });

  it('connects inside a frame and takes the theme from Teams', async () => {
    const host = await connectTeamsIfEmbedded({
      framed: true,
      requested: false,
      findMeeting: async () => ({ kind: 'no-meeting' as const }),
      loadSdk: async () => fakeSdk(async () => undefined),
    });
    expect(host?.kind).toBe('teams');
    expect(host?.getTheme()).toBe('dark');
  });

  it('falls back (null) when Teams refuses to initialize', async () => {
    const host = await connectTeamsIfEmbedded({
      framed: true,
      requested: true,
      findMeeting: async () => ({ kind: 'no-meeting' as const }),
      loadSdk: async () => fakeSdk(() => Promise.reject(new Error('not in Teams'))),
    });
    expect(host).toBeNull();
  });
});
