/**
 * The sign-in page inside the Office dialog (auth.html), for Outlook clients without nested app
 * authentication, and inside Teams' authentication window for Teams clients without the NAA bridge. It signs in with an ordinary MSAL redirect (Entra's page cannot run in the
 * add-in's iframe, but it can in the dialog's own window) and hands the token to the add-in.
 * The page never keeps the token: MSAL's cache here is sessionStorage of a window that closes.
 */
import { createStandardPublicClientApplication, type Configuration } from '@azure/msal-browser';
import type { DialogMessage } from './dialog-sign-in';
import { graphScopes, msalConfiguration } from './msal-config';
import type { TenantSignIn } from './tenant-token-provider';

/** Who opened the page: Outlook's Office dialog, or Teams' authentication window (`?host=teams`). */
export type DialogOpener = 'office' | 'teams';

const OPENER_KEY = 'punkt.auth.opener';

/** The part of MSAL's PublicClientApplication the dialog page uses. */
export interface RedirectClient {
  handleRedirectPromise(): Promise<{ accessToken: string; expiresOn: Date | null; state?: string } | null>;
  loginRedirect(request: { scopes: string[]; state?: string }): Promise<void>;
}

export interface AuthDialogDeps {
  /** `location.search` on the first visit: `?scopes=` from the add-in. */
  search: string;
  origin: string;
  /** The tenant's sign-in settings; throws when the deployment is not configured for a tenant. */
  settings(): TenantSignIn;
  createClient(configuration: Configuration): Promise<RedirectClient>;
  /**
   * Sends the result to whoever opened the page: the Outlook add-in (Office messageParent) or the
   * Teams tab (teams-js authentication.notifySuccess), as `opener` says.
   */
  reply(message: DialogMessage, opener: DialogOpener): void | Promise<void>;
  /**
   * The window's sessionStorage: it keeps who opened the page across Entra's redirect also when
   * Entra comes back with an error (which carries no MSAL state).
   */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** The real client: MSAL's standard (not nested) application, as a dialog window is a page of its own. */
export function createRedirectClient(configuration: Configuration): Promise<RedirectClient> {
  return createStandardPublicClientApplication(configuration);
}

/** The redirect URI of this page; register it in Entra as a SPA redirect (docs/tenant.md). */
export function authDialogRedirectUri(origin: string): string {
  return `${origin}/auth.html`;
}

function errorMessage(error: unknown): DialogMessage {
  const e = (error ?? {}) as { errorCode?: unknown; errorMessage?: unknown; message?: unknown };
  const errorCode = typeof e.errorCode === 'string' ? e.errorCode : 'failed';
  const text =
    typeof e.errorMessage === 'string' && e.errorMessage ? e.errorMessage : typeof e.message === 'string' ? e.message : String(error);
  return { status: 'error', errorCode, errorMessage: text };
}

/** The settings, or the reason they are missing as an error with errorCode 'configuration'. */
function configured(settings: () => TenantSignIn): TenantSignIn {
  try {
    return settings();
  } catch (error) {
    throw Object.assign(new Error(error instanceof Error ? error.message : String(error)), { errorCode: 'configuration' });
  }
}

/**
 * First visit: starts the redirect to Entra ('redirecting'). Back from Entra: replies with the
 * token ('replied'). Any failure, including a configuration that is not for a tenant, is replied
 * as an error so the add-in can show its Danish message instead of waiting for ever.
 */
export async function runAuthDialog(deps: AuthDialogDeps): Promise<'redirecting' | 'replied'> {
  // The first visit's address says who opened the page; MSAL's state carries it through Entra's
  // redirect, which comes back to auth.html without our query.
  const marked = new URLSearchParams(deps.search).get('host');
  if (marked) deps.storage?.setItem(OPENER_KEY, marked);
  let opener: DialogOpener = (marked ?? deps.storage?.getItem(OPENER_KEY)) === 'teams' ? 'teams' : 'office';
  try {
    const config = configured(deps.settings);
    const client = await deps.createClient(
      msalConfiguration({ clientId: config.clientId, tenantId: config.tenantId, redirectUri: authDialogRedirectUri(deps.origin) }),
    );
    const result = await client.handleRedirectPromise();
    if (result) {
      if (result.state === 'teams') opener = 'teams';
      await deps.reply(
        {
          status: 'success',
          accessToken: result.accessToken,
          expiresOn: result.expiresOn ? result.expiresOn.toISOString() : null,
        },
        opener,
      );
      return 'replied';
    }
    const asked = new URLSearchParams(deps.search).get('scopes')?.split(' ').filter(Boolean);
    await client.loginRedirect({ scopes: asked?.length ? asked : graphScopes(config.sharePointScope), state: opener });
    return 'redirecting';
  } catch (error) {
    await deps.reply(errorMessage(error), opener);
    return 'replied';
  }
}
