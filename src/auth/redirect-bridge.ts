/**
 * The sign-in popup's return page in a plain browser (redirect.html). MSAL Browser v5 no longer
 * reads the answer from the popup's address itself: the page the popup lands on must hand it to the
 * window that opened it with `broadcastResponseToMainFrame()`, and must call no other MSAL API
 * (the app's own page would start the whole app, and a second MSAL instance, inside the popup).
 * https://learn.microsoft.com/en-us/entra/msal/javascript/browser/redirect-bridge
 */

/** What the page shows; `failed` also when the page was opened without a sign-in answer. */
export type BridgeOutcome = 'sent' | 'failed';

/**
 * Sends the popup's sign-in answer to the opener. A failure is reported, not thrown: the popup is
 * then left open with a message instead of closing silently, and the opener times out as MSAL does.
 */
export async function runRedirectBridge(broadcast: () => Promise<void>, show: (outcome: BridgeOutcome) => void): Promise<BridgeOutcome> {
  let outcome: BridgeOutcome;
  try {
    await broadcast();
    outcome = 'sent';
  } catch {
    outcome = 'failed';
  }
  show(outcome);
  return outcome;
}
