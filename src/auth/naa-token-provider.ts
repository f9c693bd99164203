/**
 * Sign-in inside Outlook and Teams with MSAL nested app authentication (NAA): the host signs the
 * user in and brokers tokens for Punkt. As Microsoft's guidance has it, every token request is
 * silent (acquireTokenSilent: MSAL's NAA controller asks the host when it has no cached account),
 * and the interactive prompt opens only from the user's click on "Log ind" (signIn): a popup on
 * load is blocked by the browser. Where NAA is unavailable (older Outlook, a Teams client without
 * the bridge) the host's own dialog (Office dialog, Teams authentication) signs in instead.
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
 * https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
 */
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import type { AccountInfo, AuthenticationResult, Configuration } from '@azure/msal-browser';
import type { FallbackToken, HostSignIn } from '../domain/host-port';
import type { TokenProvider } from '../domain/ports';
import { SignInError, classifySignInError, describeError } from './sign-in-error';

export { SignInError, classifySignInError, type SignInErrorKind } from './sign-in-error';

/** The part of MSAL's PublicClientApplication we use: small, so tests can fake it by hand. */
export interface NaaClient {
  /** Without an account, MSAL's NAA controller asks the host; the standard one throws no_account_error. */
  acquireTokenSilent(request: {
    scopes: string[];
    account?: AccountInfo;
    forceRefresh?: boolean;
  }): Promise<Pick<AuthenticationResult, 'accessToken' | 'account'>>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<Pick<AuthenticationResult, 'accessToken' | 'account'>>;
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
  /** Throws unsupported_method under NAA (MSAL's NestedAppAuthController). */
  clearCache(): Promise<void>;
}

/** The host's part (NAA support, login hint, its own dialog) comes through the domain's HostSignIn port. */
export interface NaaTokenProviderOptions extends HostSignIn {
  configuration: Configuration;
  scopes: string[];
  /** Builds the MSAL client; tests pass a fake. Default: createNestablePublicClientApplication. */
  createClient?: (configuration: Configuration) => Promise<NaaClient>;
  /** Clock for the fallback token's expiry. */
  now?: () => number;
}

/** A TokenProvider that can also sign in and out, for the UI's sign-in button. */
export interface NaaTokenProvider extends TokenProvider {
  /** Interactive sign-in: call only from the user's click. */
  signIn(): Promise<AccountInfo | null>;
  signOut(): Promise<void>;
  getAccount(): AccountInfo | null;
}

/** The cached account to ask for silently: the active one, else the host's user (login hint), else the first. */
function cachedAccount(app: NaaClient, hint: string | undefined): AccountInfo | null {
  const active = app.getActiveAccount();
  if (active) return active;
  const accounts = app.getAllAccounts();
  if (!hint) return accounts[0] ?? null;
  // Another user's cached account must not be used for the host's user: then let the host broker.
  return accounts.find((a) => a.username.toLowerCase() === hint.toLowerCase()) ?? null;
}

/** Creates the NAA token provider; the MSAL client is created lazily on the first token request. */
export function createNaaTokenProvider(options: NaaTokenProviderOptions): NaaTokenProvider {
  const { scopes, dialogFallback } = options;
  const now = options.now ?? Date.now;
  const createClient = options.createClient ?? ((config: Configuration) => createNestablePublicClientApplication(config));
  let client: Promise<NaaClient | null> | null = null;
  let fallbackToken: FallbackToken | null = null;
  let account: AccountInfo | null = null;
  // After signOut the host would still hand out tokens silently (it stays signed in); Punkt must
  // not, until the user signs in again.
  let signedOut = false;

  const loginHint = async (): Promise<string | undefined> => {
    try {
      return (await options.loginHint?.()) || undefined;
    } catch {
      return undefined; // a hint only speeds sign-in up; without it the host still knows its user
    }
  };

  // null: sign in through the host's dialog instead of MSAL.
  const getClient = (): Promise<NaaClient | null> => {
    client ??= (async () => {
      const supported = options.supportsNestedAppAuth ? await options.supportsNestedAppAuth() : true;
      // Without NAA a standard MSAL popup would open from inside the host's iframe, which hosts block.
      if (!supported && dialogFallback) return null;
      if (!supported) throw new SignInError('unavailable');
      try {
        return await createClient(options.configuration);
      } catch (error) {
        if (dialogFallback) return null; // NAA could not start in this host: not a dead end
        throw error;
      }
    })().catch((error: unknown) => {
      client = null; // a passing failure: ask again next time
      throw error instanceof SignInError ? error : new SignInError(classifySignInError(error), describeError(error).text);
    });
    return client;
  };

  const freshFallback = (): string | null => {
    // Keep a margin so a token does not expire between here and Graph.
    const fresh = fallbackToken && (fallbackToken.expiresOn === null || fallbackToken.expiresOn.getTime() - 5 * 60_000 > now());
    return fresh && fallbackToken ? fallbackToken.accessToken : null;
  };

  // Outside Office and Teams there is no host to update: say how to sign in in the browser instead.
  const unavailable = (detail = ''): SignInError => new SignInError(options.plainBrowser?.() ? 'browser-popup' : 'unavailable', detail);

  const viaFallback = async (): Promise<string> => {
    if (!dialogFallback) throw unavailable();
    try {
      fallbackToken = await dialogFallback(scopes);
    } catch (error) {
      if (error instanceof SignInError) throw error;
      const kind = classifySignInError(error);
      throw kind === 'unavailable' ? unavailable(describeError(error).text) : new SignInError(kind, describeError(error).text);
    }
    return fallbackToken.accessToken;
  };

  const interactive = async (app: NaaClient): Promise<string> => {
    const hint = await loginHint();
    try {
      const result = await app.acquireTokenPopup({ scopes, ...(hint ? { loginHint: hint } : {}) });
      account = result.account ?? null;
      if (account) app.setActiveAccount(account);
      return result.accessToken;
    } catch (error) {
      const kind = classifySignInError(error);
      // Outside Office and Teams "unavailable" means the browser kept MSAL's window from opening.
      if (kind === 'unavailable' && options.plainBrowser?.()) throw unavailable(describeError(error).text);
      if (kind === 'unavailable' && dialogFallback) {
        client = Promise.resolve(null); // the host cannot broker: its dialog from now on
        return viaFallback();
      }
      throw new SignInError(kind, describeError(error).text);
    }
  };

  /** Silent only: a failure means the user must click "Log ind" (sign-in-needed), never a prompt here. */
  const getAccessToken = async (opts?: { forceRefresh?: boolean }): Promise<string> => {
    const forceRefresh = opts?.forceRefresh ?? false;
    if (signedOut) throw new SignInError('signed-out');
    const app = await getClient();
    if (app) {
      const current = cachedAccount(app, await loginHint());
      try {
        const result = await app.acquireTokenSilent({ scopes, forceRefresh, ...(current ? { account: current } : {}) });
        account = result.account ?? current;
        if (account && !app.getActiveAccount()) app.setActiveAccount(account);
        return result.accessToken;
      } catch (error) {
        if (classifySignInError(error) !== 'unavailable' || !dialogFallback)
          throw new SignInError('sign-in-needed', describeError(error).text);
        client = Promise.resolve(null); // the host cannot broker: its dialog, on the next click
      }
    }
    const token = forceRefresh ? null : freshFallback();
    if (token) return token;
    throw new SignInError('sign-in-needed');
  };

  return {
    getAccessToken,
    async signIn() {
      const app = await getClient();
      if (app) await interactive(app);
      else await viaFallback();
      signedOut = false;
      return app ? account : null;
    },
    async signOut() {
      signedOut = true;
      fallbackToken = null;
      account = null;
      const app = await (client ?? Promise.resolve(null)).catch(() => null);
      if (!app) return;
      // NAA cannot sign the user out of Outlook/Teams, and its clearCache throws unsupported_method
      // (MSAL's NestedAppAuthController): forgetting the account here is the sign-out. Nothing the
      // cache does may show an error, the signedOut flag already refuses every token.
      try {
        app.setActiveAccount(null);
        await app.clearCache();
      } catch {
        // unsupported_method under NAA; the standard controller's sessionStorage goes with the tab
      }
    },
    getAccount: () => account,
  };
}
