import { AuthError, BrowserAuthError, BrowserAuthErrorCodes, InteractionRequiredAuthError } from '@azure/msal-browser';
import type { AccountInfo, Configuration } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { graphScopes, msalConfiguration } from './msal-config';
import { SignInError, classifySignInError, createNaaTokenProvider } from './naa-token-provider';
import type { FallbackToken } from '../domain/host-port';
import type { NaaClient, NaaTokenProviderOptions } from './naa-token-provider';

const ALICE = {
  homeAccountId: 'h1',
  environment: 'login.microsoftonline.com',
  tenantId: 't',
  username: 'alice@kommune.dk',
  localAccountId: 'l1',
  name: 'Alice',
} as AccountInfo;

/** An MSAL error as msal-browser shapes them: errorCode plus the server's AADSTS text. */
function msalError(errorCode: string, errorMessage = ''): Error {
  return Object.assign(new Error(`${errorCode}: ${errorMessage}`), { errorCode, errorMessage });
}

/**
 * A hand-written stand-in for MSAL's client that behaves as its NAA controller does (MSAL 5,
 * NestedAppAuthController): silent without an account asks the host (`host`), clearCache throws
 * unsupported_method. `standard` makes it MSAL's StandardController: silent without an account
 * throws no_account_error, clearCache works.
 */
class FakeMsal implements NaaClient {
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;
  calls: string[] = [];
  standard = false;
  silent: () => Promise<string> = async () => 'silent-token';
  host: () => Promise<string> = async () => 'host-token';
  popup: () => Promise<string> = async () => 'popup-token';
  popupHints: (string | undefined)[] = [];
  cleared = 0;

  async acquireTokenSilent(request: { scopes: string[]; account?: AccountInfo; forceRefresh?: boolean }) {
    if (!request.account) {
      this.calls.push('silent:no-account');
      if (this.standard) throw new BrowserAuthError(BrowserAuthErrorCodes.noAccountError, '');
      return { accessToken: await this.host(), account: ALICE };
    }
    this.calls.push(`silent:${request.account.username}:${request.forceRefresh ? 'force' : 'cache'}`);
    return { accessToken: await this.silent(), account: request.account };
  }
  async acquireTokenPopup(request: { scopes: string[]; loginHint?: string }) {
    this.calls.push('popup');
    this.popupHints.push(request.loginHint);
    const accessToken = await this.popup();
    return { accessToken, account: ALICE };
  }
  getActiveAccount() {
    return this.active;
  }
  getAllAccounts() {
    return this.accounts;
  }
  setActiveAccount(account: AccountInfo | null) {
    this.active = account;
  }
  async clearCache() {
    if (!this.standard) throw new AuthError('unsupported_method', '');
    this.cleared++;
  }
}

function setup(overrides: Partial<NaaTokenProviderOptions> = {}) {
  const msal = new FakeMsal();
  const configs: Configuration[] = [];
  const provider = createNaaTokenProvider({
    configuration: msalConfiguration({ clientId: '11111111-2222-3333-4444-555555555555', tenantId: 'kommune.onmicrosoft.com' }),
    scopes: graphScopes('site'),
    createClient: async (config) => {
      configs.push(config);
      return msal;
    },
    ...overrides,
  });
  return { msal, provider, configs };
}

describe('NAA token provider: silent first', () => {
  it('returns the silent token for the first cached account without a popup', async () => {
    const { msal, provider } = setup();
    msal.accounts = [ALICE];
    await expect(provider.getAccessToken()).resolves.toBe('silent-token');
    expect(msal.calls).toEqual(['silent:alice@kommune.dk:cache']);
    expect(provider.getAccount()?.name).toBe('Alice');
  });

  it('passes forceRefresh on to MSAL after a 401', async () => {
    const { msal, provider } = setup();
    msal.active = ALICE;
    await provider.getAccessToken({ forceRefresh: true });
    expect(msal.calls).toEqual(['silent:alice@kommune.dk:force']);
  });

  it('with no cached account asks silently, so MSAL’s NAA controller gets the token from the host, and no popup opens', async () => {
    const { msal, provider } = setup();
    await expect(provider.getAccessToken()).resolves.toBe('host-token');
    expect(msal.calls).toEqual(['silent:no-account']);
    expect(msal.active).toBe(ALICE);
  });

  it('uses the cached account of the host’s user (login hint), not another user’s', async () => {
    const bob = { ...ALICE, homeAccountId: 'h2', username: 'bob@kommune.dk' } as AccountInfo;
    const { msal, provider } = setup({ loginHint: async () => 'Alice@Kommune.dk' });
    msal.accounts = [bob, ALICE];
    await provider.getAccessToken();
    expect(msal.calls).toEqual(['silent:alice@kommune.dk:cache']);
  });

  it('lets the host broker when only another user is cached', async () => {
    const bob = { ...ALICE, homeAccountId: 'h2', username: 'bob@kommune.dk' } as AccountInfo;
    const { msal, provider } = setup({ loginHint: async () => 'alice@kommune.dk' });
    msal.accounts = [bob];
    await expect(provider.getAccessToken()).resolves.toBe('host-token');
    expect(msal.calls).toEqual(['silent:no-account']);
  });

  it('never opens a popup on load: interaction required becomes "sign in needed"', async () => {
    const { msal, provider } = setup();
    msal.accounts = [ALICE];
    msal.silent = async () => {
      throw new InteractionRequiredAuthError('interaction_required', 'AADSTS50058: session expired');
    };
    const error = (await provider.getAccessToken().catch((e: unknown) => e)) as SignInError;
    expect(error).toBeInstanceOf(SignInError);
    expect(error.kind).toBe('sign-in-needed');
    expect(error.message).toMatch(/Log ind/);
    expect(msal.calls).not.toContain('popup');
  });

  it('in a plain browser (MSAL’s standard controller) no account means "sign in needed", not a popup', async () => {
    const { msal, provider } = setup();
    msal.standard = true;
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'sign-in-needed' });
    expect(msal.calls).toEqual(['silent:no-account']);
  });
});

describe('NAA token provider: the prompt only on the user’s click', () => {
  it('signIn opens the popup with the host’s login hint and remembers the account for silent requests', async () => {
    const { msal, provider } = setup({ loginHint: async () => 'alice@kommune.dk' });
    msal.host = async () => {
      throw new InteractionRequiredAuthError('interaction_required', '');
    };
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'sign-in-needed' });
    await expect(provider.signIn()).resolves.toBe(ALICE);
    expect(msal.popupHints).toEqual(['alice@kommune.dk']);
    expect(msal.active).toBe(ALICE);
    await expect(provider.getAccessToken()).resolves.toBe('silent-token');
  });

  it('a host whose hint fails still signs in, without a hint', async () => {
    const { msal, provider } = setup({
      loginHint: async () => {
        throw new Error('getAuthContext not supported');
      },
    });
    await provider.signIn();
    expect(msal.popupHints).toEqual([undefined]);
  });

  it('turns missing consent (AADSTS65001) into the Danish admin-consent message', async () => {
    const { msal, provider } = setup();
    msal.popup = async () => {
      throw msalError('invalid_grant', "AADSTS65001: The user or administrator has not consented to use the application with ID '1111'.");
    };
    const error = (await provider.signIn().catch((e: unknown) => e)) as SignInError;
    expect(error.kind).toBe('consent-required');
    expect(error.message).toBe(
      'Punkt har ikke fået samtykke til at læse dine data. Bed din it-administrator om at give administratorsamtykke til Punkt.',
    );
    expect(error.messageEn).toMatch(/admin consent/);
    expect(error.detail).toMatch(/AADSTS65001/);
  });

  it('reports a closed popup as cancelled', async () => {
    const { msal, provider } = setup();
    msal.popup = async () => {
      throw msalError('user_cancelled', 'User cancelled the flow.');
    };
    const error = (await provider.signIn().catch((e: unknown) => e)) as SignInError;
    expect(error.kind).toBe('cancelled');
    expect(error.message).toMatch(/annulleret/);
  });

  it('outside Office and Teams a blocked popup says how to sign in, not "not possible in this version of Outlook or Teams"', async () => {
    // A plain browser has no host dialog: the composition root's fallback only says so.
    const { msal, provider } = setup({
      plainBrowser: () => true,
      dialogFallback: async () => Promise.reject(msalError('nested_app_auth_unavailable')),
    });
    msal.popup = async () => {
      throw new BrowserAuthError(BrowserAuthErrorCodes.popupWindowError, '');
    };
    const error = (await provider.signIn().catch((e: unknown) => e)) as SignInError;
    expect(error.kind).toBe('browser-popup');
    expect(error.message).toMatch(/Tillad pop op-vinduer/);
    expect(error.message).not.toMatch(/denne version af Outlook eller Teams/);
  });
});

describe('NAA token provider: outside Office and Teams', () => {
  it('when MSAL cannot start either, says how to sign in in the browser, not "update Outlook or Teams"', async () => {
    const { provider } = setup({
      plainBrowser: () => true,
      createClient: async () => Promise.reject(msalError('nested_app_auth_unavailable')),
      dialogFallback: async () => Promise.reject(msalError('nested_app_auth_unavailable')),
    });
    await expect(provider.signIn()).rejects.toMatchObject({ kind: 'browser-popup' });
  });
});

describe('NAA token provider: the host’s dialog when NAA is unavailable', () => {
  it('never creates MSAL when the host lacks NAA, and opens the dialog only on the click', async () => {
    const asked: string[][] = [];
    const { provider, configs } = setup({
      supportsNestedAppAuth: () => false,
      dialogFallback: async (scopes) => {
        asked.push(scopes);
        return { accessToken: 'dialog-token', expiresOn: null };
      },
    });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'sign-in-needed' });
    expect(asked).toEqual([]);
    await provider.signIn();
    await expect(provider.getAccessToken()).resolves.toBe('dialog-token');
    await expect(provider.getAccessToken()).resolves.toBe('dialog-token');
    expect(asked).toEqual([graphScopes('site')]);
    expect(configs).toHaveLength(0);
  });

  it('uses the dialog when MSAL’s NAA cannot start in the host (a Teams client without the bridge)', async () => {
    const { provider } = setup({
      createClient: async () => {
        throw msalError('nested_app_auth_bridge_disabled');
      },
      dialogFallback: async () => ({ accessToken: 'dialog-token', expiresOn: null }),
    });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'sign-in-needed' });
    await expect(provider.signIn()).resolves.toBeNull();
    await expect(provider.getAccessToken()).resolves.toBe('dialog-token');
  });

  it('uses the dialog when the popup reports NAA unavailable', async () => {
    const { msal, provider } = setup({ dialogFallback: async () => ({ accessToken: 'dialog-token', expiresOn: null }) });
    msal.popup = async () => {
      throw msalError('nested_app_auth_bridge_disabled');
    };
    await provider.signIn();
    await expect(provider.getAccessToken()).resolves.toBe('dialog-token');
  });

  it('asks for a click again once the dialog’s token is within five minutes of expiry', async () => {
    let clock = Date.parse('2026-03-13T08:00:00Z');
    const tokens: FallbackToken[] = [
      { accessToken: 'first', expiresOn: new Date(clock + 60 * 60_000) },
      { accessToken: 'second', expiresOn: new Date(clock + 120 * 60_000) },
    ];
    const { provider } = setup({ supportsNestedAppAuth: () => false, dialogFallback: async () => tokens.shift()!, now: () => clock });
    await provider.signIn();
    clock += 54 * 60_000;
    await expect(provider.getAccessToken()).resolves.toBe('first');
    clock += 2 * 60_000;
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'sign-in-needed' });
    await provider.signIn();
    await expect(provider.getAccessToken()).resolves.toBe('second');
  });

  it('says NAA is unavailable (in Danish) when there is no fallback', async () => {
    const { provider } = setup({ supportsNestedAppAuth: async () => false });
    const error = await provider.signIn().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).kind).toBe('unavailable');
    expect((error as SignInError).message).toMatch(/Login er ikke muligt/);
  });
});

describe('NAA token provider: sign-out', () => {
  it('under NAA signs out although MSAL’s clearCache throws unsupported_method, and refuses tokens until the user signs in again', async () => {
    const { msal, provider } = setup();
    msal.accounts = [ALICE];
    await provider.getAccessToken();
    await expect(provider.signOut()).resolves.toBeUndefined();
    expect(msal.active).toBeNull();
    expect(provider.getAccount()).toBeNull();
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'signed-out' });
    await expect(provider.signIn()).resolves.toBe(ALICE);
    await expect(provider.getAccessToken()).resolves.toBe('silent-token');
  });

  it('clears MSAL’s own cache where it can (the standard controller)', async () => {
    const { msal, provider } = setup();
    msal.standard = true;
    msal.accounts = [ALICE];
    await provider.getAccessToken();
    await provider.signOut();
    expect(msal.cleared).toBe(1);
  });
});

describe('classifySignInError', () => {
  it.each([
    [msalError('access_denied', 'AADSTS65004: User declined to consent'), 'cancelled'],
    [msalError('invalid_grant', 'AADSTS90094: admin approval required'), 'permission-missing'],
    [msalError('invalid_request', 'AADSTS50105: user not assigned to a role'), 'permission-missing'],
    [msalError('block_nested_popups'), 'unavailable'],
    [msalError('server_error', 'AADSTS50000: something else'), 'failed'],
    [new Error('boom'), 'failed'],
  ])('%s → %s', (error, kind) => {
    expect(classifySignInError(error)).toBe(kind);
  });
});

describe('MSAL configuration', () => {
  it('caches tokens in sessionStorage and signs in against the tenant, not common', () => {
    const config = msalConfiguration({ clientId: 'c', tenantId: 'kommune.onmicrosoft.com' });
    expect(config.cache?.cacheLocation).toBe('sessionStorage');
    expect(config.auth.authority).toBe('https://login.microsoftonline.com/kommune.onmicrosoft.com');
  });

  it('asks only for the selected SharePoint scope, never a tenant-wide Sites.*.All', () => {
    expect(graphScopes('lists')).toContain('https://graph.microsoft.com/Lists.SelectedOperations.Selected');
    for (const mode of ['site', 'lists'] as const) expect(graphScopes(mode).join(' ')).not.toMatch(/\.All\b|ReadWrite/);
  });
});
