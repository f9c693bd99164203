/**
 * Turns a tenant configuration into what the composition root needs to reach Graph as the signed-in
 * user: the Graph base URL and the NAA token provider with the configured least-privilege scopes.
 * Demo mode does not come here: it uses the local service and its development token.
 */
import { graphScopes, msalConfiguration } from '../../auth/msal-config';
import { createNaaTokenProvider } from '../../auth/naa-token-provider';
import type { NaaTokenProvider, NaaTokenProviderOptions } from '../../auth/naa-token-provider';
import type { Config, TenantConfig } from './load-config';

/** What the host contributes to sign-in (see src/hosts): NAA support and the dialog fallback. */
export type HostSignIn = Pick<NaaTokenProviderOptions, 'supportsNestedAppAuth' | 'dialogFallback' | 'createClient'>;

/** Graph's base URL for a configuration; demo mode uses the embedded service on the page's origin. */
export function graphBaseUrl(config: Config, pageOrigin: string): string {
  return config.mode === 'tenant' ? config.graphBaseUrl : `${pageOrigin}/graph/v1.0`;
}

/** The token provider for a tenant: MSAL NAA against the configured tenant and app registration. */
export function createTenantTokenProvider(config: TenantConfig, host: HostSignIn = {}, redirectUri?: string): NaaTokenProvider {
  return createNaaTokenProvider({
    configuration: msalConfiguration({ clientId: config.clientId, tenantId: config.tenantId, ...(redirectUri ? { redirectUri } : {}) }),
    scopes: graphScopes(config.sharePointScope),
    ...host,
  });
}
