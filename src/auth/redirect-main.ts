/**
 * Entry point of redirect.html (see ./redirect-bridge). Only MSAL's redirect bridge is loaded here,
 * not the app, and vite.config.ts injects no office.js into this page.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { runRedirectBridge } from './redirect-bridge';

const status = document.getElementById('status');
void runRedirectBridge(
  () => broadcastResponseToMainFrame(),
  (outcome) => {
    if (status && outcome === 'failed') status.textContent = 'Login kunne ikke afsluttes. Luk vinduet, og prøv igen fra Punkt.';
  },
);
