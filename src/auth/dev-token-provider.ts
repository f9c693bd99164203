/**
 * The token provider for the local Graph-compatible service, which knows three demo users by
 * token (any other token gets 401): the secretary, the note-taker and a read-only manager.
 * Never used against a real tenant.
 */
import type { TokenProvider } from '../domain/ports';

export const DEV_TOKEN = 'punkt-dev-token';
export const DEV_NOTETAKER_TOKEN = 'punkt-dev-token-notetaker';
export const DEV_READER_TOKEN = 'punkt-dev-token-reader';

/** Who each demo user is in the demo (local-graph/src/auth.ts names them Sekretær, Referent and Leder Demo). */
export type DemoUser = 'secretary' | 'notetaker' | 'reader';

/** Each demo user's development token. */
export const DEMO_USER_TOKENS: Readonly<Record<DemoUser, string>> = {
  secretary: DEV_TOKEN,
  notetaker: DEV_NOTETAKER_TOKEN,
  reader: DEV_READER_TOKEN,
};

/** The demo user whose token `token` is; the secretary (the default user) for any other. */
export function demoUserOf(token: string): DemoUser {
  const found = (Object.keys(DEMO_USER_TOKENS) as DemoUser[]).find((user) => DEMO_USER_TOKENS[user] === token);
  return found ?? 'secretary';
}

/** A provider that always returns the same development token (a refresh changes nothing). */
export function createDevTokenProvider(token: string = DEV_TOKEN): TokenProvider {
  return { getAccessToken: async () => token };
}
