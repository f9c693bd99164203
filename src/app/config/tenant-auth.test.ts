import type { Configuration } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import type { NaaClient } from '../../auth/naa-token-provider';
import { loadConfig } from './load-config';
import type { TenantConfig } from './load-config';
import { createTenantTokenProvider, graphBaseUrl } from './tenant-auth';

const TENANT = {
  PUNKT_MODE: 'tenant',
  PUNKT_CLIENT_ID: '6b0f9d3e-8a51-4c2f-9a0e-3f1d2c4b5a69',
  PUNKT_TENANT_ID: 'kommune.onmicrosoft.com',
  PUNKT_SITE_ID: 'kommune.sharepoint.com,2c712604-1370-44e7-a1f5-426573fda80a,2d2244c3-251a-49ea-93a8-39e1c3a060fe',
  PUNKT_SHAREPOINT_SCOPE: 'lists',
};

function tenantConfig(): TenantConfig {
  const result = loadConfig(TENANT);
  if (!result.ok || result.config.mode !== 'tenant') throw new Error('fixture must be a valid tenant configuration');
  return result.config;
}

describe('tenant sign-in wiring', () => {
  it('uses the embedded service in demo mode and Graph in tenant mode', () => {
    const demo = loadConfig({});
    expect(demo.ok && graphBaseUrl(demo.config, 'https://localhost:5173')).toBe('https://localhost:5173/graph/v1.0');
    expect(graphBaseUrl(tenantConfig(), 'https://punkt.kommune.dk')).toBe('https://graph.microsoft.com/v1.0');
  });

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
    const provider = createTenantTokenProvider(tenantConfig(), {
      createClient: async (config) => {
        seen.config = config;
        return fake;
      },
    });
    await expect(provider.getAccessToken()).resolves.toBe('token');
    expect(seen.config?.auth).toMatchObject({ clientId: TENANT.PUNKT_CLIENT_ID, authority: 'https://login.microsoftonline.com/kommune.onmicrosoft.com' });
    expect(seen.scopes).toContain('https://graph.microsoft.com/Lists.SelectedOperations.Selected');
    expect(seen.scopes).not.toContain('https://graph.microsoft.com/Sites.Selected');
  });
});
