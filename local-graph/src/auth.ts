/**
 * Who is calling. The local service is no identity provider: three fixed development tokens stand
 * for the forum's three roles, and any other token is refused with 401, as Graph refuses a token
 * it cannot validate (https://learn.microsoft.com/graph/errors: 401 InvalidAuthenticationToken).
 */
import { ServiceError } from './errors';

/** The secretary: organizer of the forum's meetings, writes everything. */
export const SECRETARY_TOKEN = 'punkt-dev-token';
/** The note-taker (referent): writes decisions and may read closed punkter. */
export const NOTETAKER_TOKEN = 'punkt-dev-token-notetaker';
/** A manager: read access only, and no access to PunktClosedItems. */
export const READER_TOKEN = 'punkt-dev-token-reader';

/** The caller as the handlers see it. */
export interface Caller {
  displayName: string;
  email: string;
  id: string;
  readOnly: boolean;
}

/**
 * The users by token. The note-taker has a writer's list permissions, as SharePoint gives a member
 * of the site; what she may do in the app (decisions, not the agenda) is the app's rule.
 */
const USERS: ReadonlyMap<string, Caller> = new Map([
  [SECRETARY_TOKEN, { displayName: 'Sekretær Demo', email: 'sekretaer@punkt-demo.local', id: 'user-secretary', readOnly: false }],
  [NOTETAKER_TOKEN, { displayName: 'Referent Demo', email: 'referent@punkt-demo.local', id: 'user-notetaker', readOnly: false }],
  [READER_TOKEN, { displayName: 'Leder Demo', email: 'leder@punkt-demo.local', id: 'user-reader', readOnly: true }],
]);

/** The three demo users, secretary first (the sign-in page of the library's web links lists them). */
export const demoUsers = (): Caller[] => [...USERS.values()];

/** The demo user with this address (case-insensitive, as Exchange matches SMTP addresses), if any. */
export function userByEmail(address: string): Caller | undefined {
  return [...USERS.values()].find((u) => u.email.toLowerCase() === address.toLowerCase());
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="punkt-local-graph"' };

/** Reads the Authorization header: no bearer token, or one that is not a known user → 401. */
export function authenticate(authorization: string | undefined): Caller {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw new ServiceError(401, 'InvalidAuthenticationToken', 'Access token is empty.', CHALLENGE);
  const caller = USERS.get(match[1] as string);
  if (!caller) throw new ServiceError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.', CHALLENGE);
  return caller;
}

/** Writes need a full user: the reader gets 403 accessDenied. */
export function requireWriter(caller: Caller): void {
  if (caller.readOnly) {
    throw new ServiceError(
      403,
      'accessDenied',
      'Access denied. You do not have permission to perform this action or access this resource.',
    );
  }
}
