/**
 * Entry point of auth.html, the Office dialog's sign-in page (see ./auth-dialog). office.js is
 * injected by vite.config.ts as on every page; MSAL is the standard (not nested) client here.
 */
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { whenOfficeReady } from '../hosts/office-async';
import { replyToAddIn, type OfficeDialogApi } from '../hosts/office-dialog';
import { runAuthDialog } from './auth-dialog';
import { readEnvironment } from './config/load-config';

type OfficeGlobal = OfficeDialogApi & { onReady(): Promise<{ host: unknown; platform: unknown }> };

async function main(): Promise<void> {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  await whenOfficeReady(office);
  await runAuthDialog({
    search: location.search,
    origin: location.origin,
    env: readEnvironment(),
    createClient: (configuration) => createStandardPublicClientApplication(configuration),
    reply: (message) => {
      if (!office) throw new Error('office.js is not loaded');
      // The add-in runs on this same origin (the manifest's pages and auth.html are served together).
      replyToAddIn(office, message, location.origin);
    },
  });
}

main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `Login mislykkedes. Luk vinduet og prøv igen. (${error instanceof Error ? error.message : String(error)})`;
});
