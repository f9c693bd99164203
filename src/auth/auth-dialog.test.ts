import type { Configuration } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { runAuthDialog, type DialogOpener, type RedirectClient } from './auth-dialog';
import type { DialogMessage } from './dialog-sign-in';
import type { TenantSignIn } from './tenant-token-provider';

const TENANT: TenantSignIn = {
  clientId: '6b0f9d3e-8a51-4c2f-9a0e-3f1d2c4b5a69',
  tenantId: 'kommune.onmicrosoft.com',
  sharePointScope: 'site',
};

/** A fake MSAL redirect client: `returned` is what Entra sent back (null on the first visit). */
function setup(
  returned: Awaited<ReturnType<RedirectClient['handleRedirectPromise']>> | Error,
  settings: () => TenantSignIn = () => TENANT,
  search = '?scopes=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read+https%3A%2F%2Fgraph.microsoft.com%2FSites.Selected',
  storage: Map<string, string> = new Map(),
) {
  const replies: DialogMessage[] = [];
  const openers: DialogOpener[] = [];
  const states: (string | undefined)[] = [];
  const redirects: string[][] = [];
  const configs: Configuration[] = [];
  const run = () =>
    runAuthDialog({
      search,
      storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
      origin: 'https://punkt.kommune.dk',
      settings,
      createClient: async (configuration) => {
        configs.push(configuration);
        return {
          handleRedirectPromise: async () => {
            if (returned instanceof Error) throw returned;
            return returned;
          },
          loginRedirect: async (request) => {
            redirects.push(request.scopes);
            states.push(request.state);
          },
        };
      },
      reply: (message, opener) => {
        replies.push(message);
        openers.push(opener);
      },
    });
  return { run, replies, openers, states, redirects, configs };
}

describe('the Office dialog sign-in page', () => {
  it('on the first visit redirects to Entra with the scopes the add-in asked for', async () => {
    const { run, replies, redirects, configs } = setup(null);
    await expect(run()).resolves.toBe('redirecting');
    expect(redirects).toEqual([['https://graph.microsoft.com/User.Read', 'https://graph.microsoft.com/Sites.Selected']]);
    expect(replies).toEqual([]);
    expect(configs[0]?.auth).toMatchObject({ clientId: TENANT.clientId, redirectUri: 'https://punkt.kommune.dk/auth.html' });
  });

  it('back from Entra, sends the token and its expiry to the add-in', async () => {
    const { run, replies } = setup({ accessToken: 'tok', expiresOn: new Date('2026-03-13T09:00:00Z') });
    await expect(run()).resolves.toBe('replied');
    expect(replies).toEqual([{ status: 'success', accessToken: 'tok', expiresOn: '2026-03-13T09:00:00.000Z' }]);
  });

  it('sends an Entra error on, with its code, so the add-in can explain missing consent', async () => {
    const error = Object.assign(new Error('x'), { errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: consent' });
    const { run, replies } = setup(error);
    await run();
    expect(replies).toEqual([{ status: 'error', errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: consent' }]);
  });

  it('replies with a configuration error instead of signing in when the tenant is not configured', async () => {
    const { run, replies, configs } = setup(null, () => {
      throw new Error('Missing PUNKT_CLIENT_ID');
    });
    await run();
    expect(configs).toHaveLength(0);
    expect(replies[0]).toMatchObject({ status: 'error', errorCode: 'configuration' });
    expect(replies[0]?.status === 'error' && replies[0].errorMessage).toMatch(/PUNKT_CLIENT_ID/);
  });

  it('opened by Teams (?host=teams), carries that through Entra and answers Teams, errors too', async () => {
    const storage = new Map<string, string>();
    const first = setup(null, undefined, '?scopes=s&host=teams', storage);
    await first.run();
    expect(first.states).toEqual(['teams']);
    const back = setup({ accessToken: 'tok', expiresOn: null, state: 'teams' }, undefined, '', new Map());
    await back.run();
    expect(back.openers).toEqual(['teams']);
    const failed = setup(Object.assign(new Error('x'), { errorCode: 'access_denied' }), undefined, '', storage);
    await failed.run();
    expect(failed.openers).toEqual(['teams']);
  });

  it('answers Outlook when Outlook opened it', async () => {
    const { run, openers, states } = setup(null, () => {
      throw new Error('Missing PUNKT_CLIENT_ID');
    });
    await run();
    expect(openers).toEqual(['office']);
    expect(states).toEqual([]);
    const back = setup({ accessToken: 'tok', expiresOn: null, state: 'office' });
    await back.run();
    expect(back.openers).toEqual(['office']);
  });
});
