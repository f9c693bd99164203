import { describe, expect, it } from 'vitest';
import { createNaaTokenProvider, type NaaClient } from '../auth/naa-token-provider';
import { replyToTeams, teamsDialogUrl, teamsSignIn, type TeamsAuthSdk } from './teams-sign-in';

const ORIGIN = 'https://punkt.kommune.dk';
const SCOPES = ['https://graph.microsoft.com/User.Read'];

/** A hand-written teams-js: `answer` is how Teams' authentication window ends. */
function fakeTeams(answer: () => Promise<string>, naaRecommended: boolean | 'throws' | 'missing' = false) {
  const opened: string[] = [];
  const notified: (string | undefined)[] = [];
  let initialized = 0;
  const sdk: TeamsAuthSdk = {
    app: { initialize: async () => void initialized++ },
    authentication: {
      authenticate: (parameters) => {
        opened.push(parameters.url);
        return answer();
      },
      notifySuccess: (result) => notified.push(result),
    },
    ...(naaRecommended === 'missing'
      ? {}
      : {
          nestedAppAuth: {
            isNAAChannelRecommended: () => {
              if (naaRecommended === 'throws') throw new Error('SDK initialization timed out.');
              return naaRecommended;
            },
          },
        }),
  };
  return { sdk, opened, notified, initialized: () => initialized };
}

/** MSAL must not be used when Teams has no NAA bridge. */
const noMsal = async (): Promise<NaaClient> => {
  throw new Error('MSAL must not be created without the NAA bridge');
};

describe('Teams sign-in without the NAA bridge', () => {
  it('uses MSAL’s NAA only where Teams recommends it', () => {
    expect(teamsSignIn(fakeTeams(async () => '', true).sdk, ORIGIN).supportsNestedAppAuth!()).toBe(true);
    expect(teamsSignIn(fakeTeams(async () => '', false).sdk, ORIGIN).supportsNestedAppAuth!()).toBe(false);
    expect(teamsSignIn(fakeTeams(async () => '', 'throws').sdk, ORIGIN).supportsNestedAppAuth!()).toBe(false);
    expect(teamsSignIn(fakeTeams(async () => '', 'missing').sdk, ORIGIN).supportsNestedAppAuth!()).toBe(false);
  });

  it('on "Log ind" opens auth.html in Teams’ authentication window and uses the token it sends', async () => {
    const teams = fakeTeams(async () => JSON.stringify({ status: 'success', accessToken: 'teams-token', expiresOn: null }));
    const provider = createNaaTokenProvider({
      configuration: { auth: { clientId: 'c' } },
      scopes: SCOPES,
      createClient: noMsal,
      ...teamsSignIn(teams.sdk, ORIGIN),
    });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'sign-in-needed' });
    expect(teams.opened).toEqual([]);
    await provider.signIn();
    expect(teams.opened).toEqual([teamsDialogUrl(ORIGIN, SCOPES)]);
    expect(new URL(teams.opened[0]!).pathname).toBe('/auth.html');
    expect(new URL(teams.opened[0]!).searchParams.get('host')).toBe('teams');
    await expect(provider.getAccessToken()).resolves.toBe('teams-token');
  });

  it('reports a window the user closed as cancelled', async () => {
    const teams = fakeTeams(async () => Promise.reject(new Error('CancelledByUser')));
    const provider = createNaaTokenProvider({
      configuration: { auth: { clientId: 'c' } },
      scopes: SCOPES,
      createClient: noMsal,
      ...teamsSignIn(teams.sdk, ORIGIN),
    });
    await expect(provider.signIn()).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('passes the page’s consent error on as the admin-consent message', async () => {
    const teams = fakeTeams(async () =>
      JSON.stringify({ status: 'error', errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: no consent' }),
    );
    const provider = createNaaTokenProvider({
      configuration: { auth: { clientId: 'c' } },
      scopes: SCOPES,
      createClient: noMsal,
      ...teamsSignIn(teams.sdk, ORIGIN),
    });
    await expect(provider.signIn()).rejects.toMatchObject({ kind: 'consent-required' });
  });

  it('auth.html answers Teams through notifySuccess after initializing teams-js', async () => {
    const teams = fakeTeams(async () => '');
    await replyToTeams(teams.sdk, { status: 'success', accessToken: 'tok', expiresOn: null });
    expect(teams.initialized()).toBe(1);
    expect(teams.notified).toEqual([JSON.stringify({ status: 'success', accessToken: 'tok', expiresOn: null })]);
  });
});
