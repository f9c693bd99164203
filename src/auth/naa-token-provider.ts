/**
 * Sign-in inside Outlook and Teams with MSAL nested app authentication (NAA): the host signs the
 * user in and brokers tokens for Punkt. Silent first, then a popup; where NAA is unavailable
 * (older Outlook, a host without the bridge) an injected Office-dialog fallback gets the token.
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
 */
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import type { AccountInfo, AuthenticationResult, Configuration } from '@azure/msal-browser';
import { appError, type AppError, type WithAppError } from '../domain/app-error';
import type { FallbackToken, HostSignIn } from '../domain/host-port';
import type { TokenProvider } from '../domain/ports';

/** The part of MSAL's PublicClientApplication we use: small, so tests can fake it by hand. */
export interface NaaClient {
  acquireTokenSilent(request: {
    scopes: string[];
    account: AccountInfo;
    forceRefresh?: boolean;
  }): Promise<Pick<AuthenticationResult, 'accessToken' | 'account'>>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<Pick<AuthenticationResult, 'accessToken' | 'account'>>;
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
  clearCache(): Promise<void>;
}

/** The host's part (NAA support, the Office dialog fallback) comes through the domain's HostSignIn port. */
export interface NaaTokenProviderOptions extends HostSignIn {
  configuration: Configuration;
  scopes: string[];
  /** Builds the MSAL client; tests pass a fake. Default: createNestablePublicClientApplication. */
  createClient?: (configuration: Configuration) => Promise<NaaClient>;
  /** Clock for the fallback token's expiry. */
  now?: () => number;
}

/** Why sign-in failed, for the one error mapper in the UI. */
export type SignInErrorKind = 'consent-required' | 'permission-missing' | 'cancelled' | 'unavailable' | 'signed-out' | 'failed';

const MESSAGES: Record<SignInErrorKind, { da: string; en: string }> = {
  'consent-required': {
    da: 'Punkt har ikke fået samtykke til at læse dine data. Bed din it-administrator om at give administratorsamtykke til Punkt.',
    en: 'Punkt has not been granted consent to read your data. Ask your IT administrator to grant admin consent to Punkt.',
  },
  'permission-missing': {
    da: 'Du eller Punkt mangler adgang. Bed din it-administrator om at give adgang til Punkts SharePoint-websted eller -lister.',
    en: 'You or Punkt lack access. Ask your IT administrator to grant access to the Punkt SharePoint site or lists.',
  },
  cancelled: { da: 'Login blev annulleret. Prøv igen, når du er klar.', en: 'Sign-in was cancelled. Try again when you are ready.' },
  unavailable: {
    da: 'Login er ikke muligt i denne version af Outlook eller Teams. Opdatér programmet eller brug Outlook på nettet.',
    en: 'Sign-in is not possible in this version of Outlook or Teams. Update the app or use Outlook on the web.',
  },
  'signed-out': { da: 'Du er logget ud af Punkt. Log ind for at fortsætte.', en: 'You are signed out of Punkt. Sign in to continue.' },
  failed: { da: 'Login mislykkedes. Prøv igen om lidt.', en: 'Sign-in failed. Try again shortly.' },
};

/** A sign-in failure with a Danish message (`message`) and its English text (`messageEn`). */
export class SignInError extends Error implements WithAppError {
  readonly messageEn: string;
  readonly appError: AppError = appError('auth', { source: 'sign-in' });
  constructor(
    readonly kind: SignInErrorKind,
    readonly detail: string = '',
  ) {
    super(MESSAGES[kind].da);
    this.name = 'SignInError';
    this.messageEn = MESSAGES[kind].en;
  }
}

/** MSAL error codes meaning "the host cannot broker tokens here": use the dialog fallback. */
const UNAVAILABLE = [
  'nested_app_auth_unavailable',
  'nested_app_auth_bridge_disabled',
  'unsupported_method',
  'block_nested_popups',
  'popup_window_error',
  'empty_window_error',
];

function describe(error: unknown): { code: string; text: string } {
  const e = (error ?? {}) as { errorCode?: unknown; subError?: unknown; errorMessage?: unknown; message?: unknown };
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const text = [e.errorMessage, e.message, e.subError].filter((part) => typeof part === 'string').join(' ');
  return { code, text };
}

/** Maps an MSAL/Entra error to a SignInError kind (AADSTS codes are the stable part of the text). */
export function classifySignInError(error: unknown): SignInErrorKind {
  const { code, text } = describe(error);
  if (UNAVAILABLE.includes(code)) return 'unavailable';
  if (code === 'user_cancelled' || /AADSTS65004\b/.test(text)) return 'cancelled';
  if (/AADSTS65001\b/.test(text) || code === 'consent_required') return 'consent-required';
  if (/AADSTS(90094|90008|50105|53003)\b/.test(text) || code === 'access_denied') return 'permission-missing';
  return 'failed';
}

/** A TokenProvider that can also sign in and out, for the UI's sign-in button. */
export interface NaaTokenProvider extends TokenProvider {
  /** Interactive sign-in; resolves with the signed-in user's name/username, or null via the fallback. */
  signIn(): Promise<AccountInfo | null>;
  signOut(): Promise<void>;
  getAccount(): AccountInfo | null;
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

  const getClient = (): Promise<NaaClient | null> => {
    client ??= (async () => {
      const supported = options.supportsNestedAppAuth ? await options.supportsNestedAppAuth() : true;
      // Without NAA a standard MSAL popup would open from inside the add-in iframe, which hosts block.
      if (!supported && dialogFallback) return null;
      if (!supported) throw new SignInError('unavailable');
      return createClient(options.configuration);
    })();
    return client;
  };

  const viaFallback = async (forceRefresh: boolean): Promise<string> => {
    if (!dialogFallback) throw new SignInError('unavailable');
    // Keep a margin so a token does not expire between here and Graph.
    const fresh = fallbackToken && (fallbackToken.expiresOn === null || fallbackToken.expiresOn.getTime() - 5 * 60_000 > now());
    if (!forceRefresh && fresh && fallbackToken) return fallbackToken.accessToken;
    try {
      fallbackToken = await dialogFallback(scopes);
    } catch (error) {
      throw error instanceof SignInError ? error : new SignInError(classifySignInError(error), describe(error).text);
    }
    return fallbackToken.accessToken;
  };

  const interactive = async (app: NaaClient): Promise<string> => {
    try {
      const result = await app.acquireTokenPopup({ scopes });
      account = result.account ?? null;
      if (account) app.setActiveAccount(account);
      return result.accessToken;
    } catch (error) {
      const kind = classifySignInError(error);
      if (kind === 'unavailable' && dialogFallback) return viaFallback(true);
      throw new SignInError(kind, describe(error).text);
    }
  };

  const getAccessToken = async (opts?: { forceRefresh?: boolean }): Promise<string> => {
    const forceRefresh = opts?.forceRefresh ?? false;
    if (signedOut) throw new SignInError('signed-out');
    const app = await getClient();
    if (!app) return viaFallback(forceRefresh);
    const current = app.getActiveAccount() ?? app.getAllAccounts()[0] ?? null;
    if (current) {
      try {
        const result = await app.acquireTokenSilent({ scopes, account: current, forceRefresh });
        account = result.account ?? current;
        return result.accessToken;
      } catch (error) {
        // Silent can fail for many reasons (expired session, new scope, no consent yet): the popup
        // handles all of them, except a host that cannot broker at all.
        if (classifySignInError(error) === 'unavailable' && dialogFallback) return viaFallback(true);
      }
    }
    return interactive(app);
  };

  return {
    getAccessToken,
    async signIn() {
      const app = await getClient();
      if (app) await interactive(app);
      else await viaFallback(true);
      signedOut = false;
      return app ? account : null;
    },
    async signOut() {
      signedOut = true;
      fallbackToken = null;
      account = null;
      const app = await (client ?? Promise.resolve(null)).catch(() => null);
      if (!app) return;
      // NAA cannot sign the user out of Outlook/Teams; clearing Punkt's own cache is what we can do.
      app.setActiveAccount(null);
      await app.clearCache();
    },
    getAccount: () => account,
  };
}
