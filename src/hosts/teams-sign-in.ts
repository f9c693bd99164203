/**
 * Teams' part of signing in. Where the Teams client recommends nested app authentication
 * (teams-js nestedAppAuth.isNAAChannelRecommended), MSAL's NAA brokers tokens. Where it does not
 * (older clients without the bridge), Teams' own authentication window signs in: authenticate()
 * opens auth.html (src/auth/auth-dialog, the same page as Outlook's dialog) in a popup Teams
 * allows, and that page answers with authentication.notifySuccess. getAuthToken (Teams SSO) is not
 * used: it returns a token for Punkt's own API, which needs a server to exchange it for Graph.
 * https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/auth-tab-aad
 */
import { dialogUrl, signInWithDialog, type DialogMessage, type SignInWindow } from '../auth/dialog-sign-in';
import type { HostSignIn } from '../domain/host-port';

/** The slice of `@microsoft/teams-js` that sign-in uses. */
export interface TeamsAuthSdk {
  app: { initialize(): Promise<void> };
  authentication: {
    authenticate(parameters: { url: string; width?: number; height?: number }): Promise<string>;
    notifySuccess(result?: string): void;
  };
  nestedAppAuth?: { isNAAChannelRecommended(): boolean };
}

/** The marker on auth.html's address that Teams, not Office, opened it. */
export const TEAMS_AUTH_PARAM = 'host';

/** auth.html's address for Teams: the dialog address plus the marker. */
export function teamsDialogUrl(origin: string, scopes: string[]): string {
  return `${dialogUrl(origin, scopes)}&${TEAMS_AUTH_PARAM}=teams`;
}

/** Teams' authentication window as the sign-in protocol's SignInWindow. */
function openTeamsWindow(sdk: TeamsAuthSdk): (url: string) => Promise<SignInWindow> {
  return async (url) => {
    const result = sdk.authentication.authenticate({ url, width: 600, height: 535 });
    return {
      // Teams delivers only what auth.html passed to notifySuccess: it names no origin.
      onMessage: (cb) =>
        void result.then(
          (message) => cb(message, undefined),
          () => undefined,
        ),
      // Teams rejects with 'CancelledByUser' when the user closes the window.
      onEnd: (cb) => void result.catch((error: unknown) => cb({ closedByUser: /CancelledByUser/i.test(String(error)), code: undefined })),
      close: () => undefined, // Teams closes its window after notifySuccess
    };
  };
}

/** What Teams contributes to the token provider: whether to use NAA, and its own window when not. */
export function teamsSignIn(sdk: TeamsAuthSdk, origin: string): HostSignIn {
  return {
    supportsNestedAppAuth: () => {
      try {
        return sdk.nestedAppAuth?.isNAAChannelRecommended() ?? false;
      } catch {
        return false; // teams-js too old to say, or not initialized: its own window works everywhere
      }
    },
    dialogFallback: (scopes) => signInWithDialog(openTeamsWindow(sdk), teamsDialogUrl(origin, scopes)),
  };
}

/** Sends auth.html's result to the Teams tab that opened it (errors too, so the tab shows its message). */
export async function replyToTeams(sdk: TeamsAuthSdk, message: DialogMessage): Promise<void> {
  await sdk.app.initialize();
  sdk.authentication.notifySuccess(JSON.stringify(message));
}

/** Loads teams-js (already loaded when the Teams host connected) and gives Teams' sign-in part. */
export async function loadTeamsSignIn(origin: string): Promise<HostSignIn> {
  const sdk = (await import('./teams-sdk-sign-in')) as unknown as TeamsAuthSdk;
  return teamsSignIn(sdk, origin);
}
