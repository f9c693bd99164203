import { describe, expect, it, vi } from 'vitest';
import type { MeetingLookup } from '../domain/meeting-lookup';
import type { TeamsSdk } from './teams-host';
import { connectTeamsIfEmbedded, findMeetingOnceReady } from './teams-entry';

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

  it('connects beside the data layer: initialize is asked before the calendar exists, and the meeting lookup waits for it', async () => {
    const initialize = vi.fn(async () => undefined);
    type Calendar = { findTeamsMeeting: () => Promise<MeetingLookup> };
    const calendarAt: { resolve?: (calendar: Calendar) => void } = {};
    const calendar = new Promise<Calendar>((resolve) => {
      calendarAt.resolve = resolve;
    });
    const host = await connectTeamsIfEmbedded({
      framed: true,
      requested: false,
      findMeeting: findMeetingOnceReady(calendar),
      loadSdk: async () => fakeSdk(initialize),
    });
    expect(initialize).toHaveBeenCalledTimes(1);
    expect(host?.kind).toBe('teams');
    let ref: unknown = 'pending';
    void host?.getMeetingRef().then((found) => (ref = found));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ref).toBe('pending');
    const findTeamsMeeting = vi.fn(async (): Promise<MeetingLookup> => ({ kind: 'no-meeting' }));
    calendarAt.resolve?.({ findTeamsMeeting });
    await vi.waitFor(() => expect(ref).toBeNull());
    expect(findTeamsMeeting).toHaveBeenCalledWith({ chatId: '19:meeting_x@thread.v2', channelId: null }, expect.any(Date));
  });
});
