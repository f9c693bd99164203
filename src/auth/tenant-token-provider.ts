/**
 * The token provider for a tenant: MSAL NAA against the configured tenant and app registration,
 * with the configured least-privilege scopes, and whatever the host contributes (NAA support, the
 * Office dialog fallback). Demo mode does not come here: it uses the development token.
 */
import type { HostSignIn } from '../domain/host-port';
import { graphScopes, msalConfiguration, type SharePointScope } from './msal-config';
import { createNaaTokenProvider } from './naa-token-provider';
import type { NaaTokenProvider, NaaTokenProviderOptions } from './naa-token-provider';

/** What sign-in needs of a tenant configuration (src/app/config's TenantConfig holds it). */
export interface TenantSignIn {
  clientId: string;
  tenantId: string;
  sharePointScope: SharePointScope;
}

/** The NAA token provider for this tenant; tests may pass `createClient` with the host's part. */
export function createTenantTokenProvider(
  tenant: TenantSignIn,
  host: HostSignIn & Pick<NaaTokenProviderOptions, 'createClient'> = {},
  redirectUri?: string,
): NaaTokenProvider {
  return createNaaTokenProvider({
    configuration: msalConfiguration({ clientId: tenant.clientId, tenantId: tenant.tenantId, ...(redirectUri ? { redirectUri } : {}) }),
    scopes: graphScopes(tenant.sharePointScope),
    ...host,
  });
}
