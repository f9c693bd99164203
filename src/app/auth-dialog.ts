/**
 * The sign-in page inside the Office dialog (auth.html), for Outlook clients without nested app
 * authentication. It signs in with an ordinary MSAL redirect (Entra's page cannot run in the
 * add-in's iframe, but it can in the dialog's own window) and hands the token to the add-in.
 * The page never keeps the token: MSAL's cache here is sessionStorage of a window that closes.
 */
import type { Configuration } from '@azure/msal-browser';
import { graphScopes, msalConfiguration } from '../auth/msal-config';
import type { DialogMessage } from '../hosts/office-dialog';
import { loadConfig, type Environment } from './config/load-config';

/** The part of MSAL's PublicClientApplication the dialog page uses. */
export interface RedirectClient {
  handleRedirectPromise(): Promise<{ accessToken: string; expiresOn: Date | null } | null>;
  loginRedirect(request: { scopes: string[] }): Promise<void>;
}

export interface AuthDialogDeps {
  /** `location.search` on the first visit: `?scopes=` from the add-in. */
  search: string;
  origin: string;
  env: Environment;
  createClient(configuration: Configuration): Promise<RedirectClient>;
  /** Sends the result to the add-in (Office messageParent). */
  reply(message: DialogMessage): void;
}

/** The redirect URI of this page; register it in Entra as a SPA redirect (docs/tenant.md). */
export function authDialogRedirectUri(origin: string): string {
  return `${origin}/auth.html`;
}

function errorMessage(error: unknown): DialogMessage {
  const e = (error ?? {}) as { errorCode?: unknown; errorMessage?: unknown; message?: unknown };
  const errorCode = typeof e.errorCode === 'string' ? e.errorCode : 'failed';
  const text = typeof e.errorMessage === 'string' && e.errorMessage ? e.errorMessage : typeof e.message === 'string' ? e.message : String(error);
  return { status: 'error', errorCode, errorMessage: text };
}

/**
 * First visit: starts the redirect to Entra ('redirecting'). Back from Entra: replies with the
 * token ('replied'). Any failure, including a configuration that is not for a tenant, is replied
 * as an error so the add-in can show its Danish message instead of waiting for ever.
 */
export async function runAuthDialog(deps: AuthDialogDeps): Promise<'redirecting' | 'replied'> {
  try {
    const loaded = loadConfig(deps.env);
    if (!loaded.ok) throw Object.assign(new Error(loaded.error.messageEn), { errorCode: 'configuration' });
    const config = loaded.config;
    if (config.mode !== 'tenant') throw Object.assign(new Error('Sign-in is only used against a tenant (PUNKT_MODE=tenant)'), { errorCode: 'configuration' });
    const client = await deps.createClient(
      msalConfiguration({ clientId: config.clientId, tenantId: config.tenantId, redirectUri: authDialogRedirectUri(deps.origin) }),
    );
    const result = await client.handleRedirectPromise();
    if (result) {
      deps.reply({ status: 'success', accessToken: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.toISOString() : null });
      return 'replied';
    }
    const asked = new URLSearchParams(deps.search).get('scopes')?.split(' ').filter(Boolean);
    await client.loginRedirect({ scopes: asked?.length ? asked : graphScopes(config.sharePointScope) });
    return 'redirecting';
  } catch (error) {
    deps.reply(errorMessage(error));
    return 'replied';
  }
}
