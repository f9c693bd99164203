/**
 * MSAL settings for signing in against a tenant: the authority, where tokens are cached, and the
 * least-privilege Graph scopes Punkt asks for. docs/tenant.md explains each scope to the admin.
 */
import type { Configuration } from '@azure/msal-browser';

/**
 * How SharePoint access is scoped. `site`: delegated Sites.Selected — the admin grants the app one
 * site. `lists`: delegated Lists.SelectedOperations.Selected — the admin grants only Punkt's lists.
 * Either way a user can never do more than they may already do in SharePoint (the effective
 * permission is the intersection of the user's and the app's).
 */
export type SharePointScope = 'site' | 'lists';

/**
 * Delegated scopes every role needs, in the order the app requests them:
 * User.Read (who is signed in), Calendars.Read (the user's meetings; Outlook writes the invite body
 * through office.js, not Graph, so no write scope), Chat.ReadBasic (Teams: GET /chats/{id} →
 * onlineMeetingInfo.calendarEventId to find the meeting of a meeting chat).
 */
export const BASE_SCOPES = ['User.Read', 'Calendars.Read', 'Chat.ReadBasic'] as const;

/** The Graph scopes to request, fully qualified so the token's audience is always Graph. */
export function graphScopes(sharePoint: SharePointScope = 'site'): string[] {
  const sp = sharePoint === 'lists' ? 'Lists.SelectedOperations.Selected' : 'Sites.Selected';
  return [...BASE_SCOPES, sp].map((scope) => `https://graph.microsoft.com/${scope}`);
}

/** What the MSAL configuration is built from (see src/app/config). */
export interface MsalSettings {
  clientId: string;
  /** Tenant GUID or verified domain; a single-tenant app must not use `common`. */
  tenantId: string;
  /** The SPA redirect URI registered for the popup flow outside NAA; defaults to popupRedirectUri. */
  redirectUri?: string;
  /** The app's origin, for the default redirect URI; defaults to the page's own. */
  origin?: string;
}

/**
 * Where MSAL's popup returns in a plain browser: redirect.html, the redirect bridge MSAL Browser v5
 * requires (it hands the answer to the opener; the app's own page would boot the app in the popup).
 * Register it as a single-page-application redirect URI (docs/tenant.md, section 1).
 * https://learn.microsoft.com/en-us/entra/msal/javascript/browser/redirect-bridge
 */
export function popupRedirectUri(origin: string): string {
  return `${origin}/redirect.html`;
}

/**
 * The MSAL configuration. Tokens live in sessionStorage (gone when the tab closes), never
 * localStorage, so a shared municipal PC does not keep a manager's token.
 */
export function msalConfiguration(settings: MsalSettings): Configuration {
  const origin = settings.origin ?? (globalThis as { location?: { origin?: string } }).location?.origin;
  const redirectUri = settings.redirectUri ?? (origin ? popupRedirectUri(origin) : undefined);
  return {
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${encodeURIComponent(settings.tenantId)}`,
      ...(redirectUri ? { redirectUri } : {}),
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}
