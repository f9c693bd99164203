import { describe, expect, it } from 'vitest';
import { runRedirectBridge, type BridgeOutcome } from './redirect-bridge';

describe('redirect bridge (redirect.html)', () => {
  it("hands the popup's answer to the opener", async () => {
    const shown: BridgeOutcome[] = [];
    let sent = 0;
    const outcome = await runRedirectBridge(
      async () => void sent++,
      (o) => shown.push(o),
    );
    expect([outcome, sent, shown]).toEqual(['sent', 1, ['sent']]);
  });

  it('shows a failure instead of throwing when the page holds no sign-in answer', async () => {
    const shown: BridgeOutcome[] = [];
    const outcome = await runRedirectBridge(
      () => Promise.reject(new Error('no_token_request_cache_error')),
      (o) => shown.push(o),
    );
    expect([outcome, shown]).toEqual(['failed', ['failed']]);
  });
});
