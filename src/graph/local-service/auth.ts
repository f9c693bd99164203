/**
 * Who is calling. The local service is no identity provider: any bearer token is accepted, but one
 * fixed token plays a read-only user so the restricted-list and permission paths can be tried.
 */
import { ServiceError } from './errors';

/** The token that acts as a user with read access only and no access to PunktClosedItems. */
export const READER_TOKEN = 'punkt-dev-token-reader';

/** The caller as the handlers see it. */
export interface Caller {
  displayName: string;
  email: string;
  id: string;
  readOnly: boolean;
}

const SECRETARY: Caller = { displayName: 'Sekretær Demo', email: 'sekretaer@punkt-demo.local', id: 'user-secretary', readOnly: false };
const READER: Caller = { displayName: 'Leder Demo', email: 'leder@punkt-demo.local', id: 'user-reader', readOnly: true };

/** Reads the Authorization header; no bearer token → 401 with Graph's error code. */
export function authenticate(authorization: string | undefined): Caller {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) {
    throw new ServiceError(401, 'InvalidAuthenticationToken', 'Access token is empty.', {
      'www-authenticate': 'Bearer realm="punkt-local-graph"',
    });
  }
  return match[1] === READER_TOKEN ? READER : SECRETARY;
}

/** Writes need a full user: the reader gets 403 accessDenied. */
export function requireWriter(caller: Caller): void {
  if (caller.readOnly) {
    throw new ServiceError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
  }
}
