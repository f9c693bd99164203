/**
 * The token provider for the local Graph-compatible service, which knows three demo users by
 * token (any other token gets 401): the secretary, the note-taker and a read-only manager.
 * Never used against a real tenant.
 */
import type { TokenProvider } from '../domain/ports';

export const DEV_TOKEN = 'punkt-dev-token';
export const DEV_NOTETAKER_TOKEN = 'punkt-dev-token-notetaker';
export const DEV_READER_TOKEN = 'punkt-dev-token-reader';

/** A provider that always returns the same development token (a refresh changes nothing). */
export function createDevTokenProvider(token: string = DEV_TOKEN): TokenProvider {
  return { getAccessToken: async () => token };
}
