import { describe, expect, it } from 'vitest';
import { lateHostSignIn } from './late-host-sign-in';

describe('the host’s sign-in part, bound once the host is known', () => {
  it('answers with the first part until bound, then with the host’s fields, keeping the rest', async () => {
    const late = lateHostSignIn({ supportsNestedAppAuth: () => false, loginHint: async () => 'outlook@kommune.dk' });
    expect(await late.signIn.supportsNestedAppAuth()).toBe(false);
    expect(await late.signIn.loginHint()).toBe('outlook@kommune.dk');
    expect(late.signIn.plainBrowser()).toBe(false);
    late.bind({ loginHint: async () => 'teams@kommune.dk', plainBrowser: () => true });
    expect(await late.signIn.loginHint()).toBe('teams@kommune.dk');
    expect(late.signIn.plainBrowser()).toBe(true);
    expect(await late.signIn.supportsNestedAppAuth()).toBe(false);
  });

  it('without any dialog says NAA is unavailable, as MSAL would', async () => {
    const late = lateHostSignIn({});
    expect(await late.signIn.supportsNestedAppAuth()).toBe(true);
    await expect(late.signIn.dialogFallback(['s'])).rejects.toMatchObject({ errorCode: 'nested_app_auth_unavailable' });
    late.bind({ dialogFallback: async () => ({ accessToken: 'teams-token', expiresOn: null }) });
    await expect(late.signIn.dialogFallback(['s'])).resolves.toMatchObject({ accessToken: 'teams-token' });
  });
});
