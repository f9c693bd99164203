/**
 * Shared `--graph URL` handling for CLI commands that talk to Graph. The default is the local
 * service, which takes the fixed development token. Against a tenant the token comes from
 * PUNKT_GRAPH_TOKEN or from MSAL's device code flow (PUNKT_CLIENT_ID, PUNKT_TENANT_ID); the
 * device-code message goes to stderr so stdout stays the command's output.
 */
import type { AccountInfo, PublicClientApplication } from '@azure/msal-node';
import type { TokenProvider } from '../src/domain/ports';
import { createGraphClient } from '../src/graph/client';
import type { GraphClient } from '../src/graph/client';
import { CliError } from './cli-io';

/** Where `punkt graph-server --port 4100` listens. */
export const LOCAL_GRAPH_URL = 'http://127.0.0.1:4100/v1.0';
/** The local service accepts any bearer token; this one is the full development user. */
export const LOCAL_DEV_TOKEN = 'punkt-dev-token';
/** Delegated permissions already consented for the app registration (see docs/tenant.md). */
const GRAPH_SCOPES = ['https://graph.microsoft.com/.default'];

/** True for a Graph URL on this machine: the local service, not a tenant. */
export function isLocalGraph(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new CliError(`--graph: not a URL: '${url}'`);
  }
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** How to get a token for `url`; `env` and `stderr` are parameters for tests. */
export function tokenProviderFor(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
  stderr: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): TokenProvider {
  if (isLocalGraph(url)) return { getAccessToken: async () => LOCAL_DEV_TOKEN };
  const fixed = env.PUNKT_GRAPH_TOKEN;
  if (fixed) return { getAccessToken: async () => fixed };
  const clientId = env.PUNKT_CLIENT_ID;
  const tenantId = env.PUNKT_TENANT_ID;
  if (!clientId || !tenantId) {
    throw new CliError(`--graph ${url}: set PUNKT_GRAPH_TOKEN, or PUNKT_CLIENT_ID and PUNKT_TENANT_ID to sign in with a device code`);
  }
  return deviceCodeProvider(clientId, tenantId, stderr);
}

/** Signs in once with the device code flow, then refreshes silently from MSAL's in-memory cache. */
function deviceCodeProvider(clientId: string, tenantId: string, stderr: (line: string) => void): TokenProvider {
  let app: PublicClientApplication | null = null;
  let account: AccountInfo | null = null;
  return {
    async getAccessToken(options) {
      // Loaded on demand: commands against the local service never need MSAL.
      if (app === null) {
        const msal = await import('@azure/msal-node');
        app = new msal.PublicClientApplication({ auth: { clientId, authority: `https://login.microsoftonline.com/${tenantId}` } });
      }
      if (account !== null) {
        const silent = await app.acquireTokenSilent({ account, scopes: GRAPH_SCOPES, forceRefresh: options?.forceRefresh === true });
        if (silent?.accessToken) return silent.accessToken;
      }
      const result = await app.acquireTokenByDeviceCode({ scopes: GRAPH_SCOPES, deviceCodeCallback: (r) => stderr(r.message) });
      if (!result?.accessToken) throw new CliError('sign-in: no token was issued');
      account = result.account;
      return result.accessToken;
    },
  };
}

/** A Graph client for `--graph URL` (default: the local service). */
export function graphClientFor(url: string = LOCAL_GRAPH_URL, env: NodeJS.ProcessEnv = process.env): GraphClient {
  return createGraphClient({ baseUrl: url, tokens: tokenProviderFor(url, env) });
}
