/**
 * The token provider for the local Graph-compatible service: it accepts any bearer token, and
 * `punkt-dev-token-reader` stands for a read-only user. Never used against a real tenant.
 */
import type { TokenProvider } from '../domain/ports';

export const DEV_TOKEN = 'punkt-dev-token';
export const DEV_READER_TOKEN = 'punkt-dev-token-reader';

/** A provider that always returns the same development token (a refresh changes nothing). */
export function createDevTokenProvider(token: string = DEV_TOKEN): TokenProvider {
  return { getAccessToken: async () => token };
}
