/**
 * Entry point of auth.html, the sign-in page of Outlook's Office dialog and of Teams'
 * authentication window (the flow is src/auth/auth-dialog).
 * It stays with the other entry points because it wires office.js (src/hosts), the configuration
 * (./config) and sign-in together, which src/auth may not import. office.js is injected by
 * vite.config.ts as on every page.
 */
import { createRedirectClient, runAuthDialog } from '../auth/auth-dialog';
import { whenOfficeReady } from '../hosts/office-async';
import { replyToAddIn, type OfficeDialogApi } from '../hosts/office-dialog';
import { replyToTeams, type TeamsAuthSdk } from '../hosts/teams-sign-in';
import { readEnvironment, tenantSignInConfig } from './config/load-config';

type OfficeGlobal = OfficeDialogApi & { onReady(): Promise<{ host: unknown; platform: unknown }> };

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // blocked storage: a Teams window then relies on MSAL's state alone
  }
}

async function main(): Promise<void> {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  await whenOfficeReady(office);
  await runAuthDialog({
    search: location.search,
    origin: location.origin,
    settings: () => tenantSignInConfig(readEnvironment()),
    createClient: createRedirectClient,
    storage: sessionStorageOrNull(),
    reply: async (message, opener) => {
      if (opener === 'teams') {
        // Loaded only for Teams: Outlook's dialog never pays for teams-js.
        const teams = (await import('../hosts/teams-sdk-sign-in')) as unknown as TeamsAuthSdk;
        return replyToTeams(teams, message);
      }
      if (!office) throw new Error('office.js is not loaded');
      // The add-in runs on this same origin (the manifest's pages and auth.html are served together).
      replyToAddIn(office, message, location.origin);
    },
  });
}

main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status)
    status.textContent = `Login mislykkedes. Luk vinduet og prøv igen. (${error instanceof Error ? error.message : String(error)})`;
});
