import type { Configuration } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import type { NaaClient } from './naa-token-provider';
import { createTenantTokenProvider, type TenantSignIn } from './tenant-token-provider';

const TENANT: TenantSignIn = {
  clientId: '6b0f9d3e-8a51-4c2f-9a0e-3f1d2c4b5a69',
  tenantId: 'kommune.onmicrosoft.com',
  sharePointScope: 'lists',
};

describe('tenant sign-in wiring', () => {
  it('signs in against the configured tenant and app with the configured SharePoint scope', async () => {
    const seen: { config?: Configuration; scopes?: string[] } = {};
    const fake: NaaClient = {
      acquireTokenSilent: async () => ({ accessToken: 'unused', account: null as never }),
      acquireTokenPopup: async (request) => {
        seen.scopes = request.scopes;
        return { accessToken: 'token', account: null as never };
      },
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
      clearCache: async () => undefined,
    };
    const provider = createTenantTokenProvider(TENANT, {
      createClient: async (config) => {
        seen.config = config;
        return fake;
      },
    });
    await provider.signIn();
    expect(seen.config?.auth).toMatchObject({
      clientId: TENANT.clientId,
      authority: 'https://login.microsoftonline.com/kommune.onmicrosoft.com',
    });
    expect(seen.scopes).toContain('https://graph.microsoft.com/Lists.SelectedOperations.Selected');
    expect(seen.scopes).not.toContain('https://graph.microsoft.com/Sites.Selected');
  });
});
