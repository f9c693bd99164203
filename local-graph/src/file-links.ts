/**
 * A file's two addresses, as SharePoint gives them in a driveItem
 * (https://learn.microsoft.com/graph/api/resources/driveitem):
 * - `webUrl`: the file's path in the library (`…/sites/punkt-demo/Delte dokumenter/Bilag/…`). It
 *   opens only for a signed-in user with rights on the item (web-links.ts checks both), and a move
 *   or rename gives the file a new one.
 * - `@microsoft.graph.downloadUrl`: needs no token but is short-lived. The driveItem page says it
 *   can't be cached and is invalidated after a short time (1 hour), driveitem-get-content says
 *   pre-authenticated download URLs are valid for "a short period of time (a few minutes)"
 *   (https://learn.microsoft.com/graph/api/driveitem-get-content); the simulation keeps to the
 *   stricter promise: 5 minutes, signed with a secret of this process, so a restart ends them too.
 * The signed-in session of the web links is a cookie signed with the same secret.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Caller } from './auth';
import { demoUsers } from './auth';
import { decodeSegment } from './router';
import type { ServiceRequest } from './router';

/** How long a download URL works after it was handed out. */
export const DOWNLOAD_LIFETIME_MS = 5 * 60 * 1000;
/** SharePoint's session cookie is FedAuth; the demo's carries the user's id and a signature. */
export const SESSION_COOKIE = 'FedAuth';
const SITE = 'punkt-demo';
const LIBRARY = 'Delte dokumenter';
const SECRET = randomBytes(32);

const sign = (text: string): string => createHmac('sha256', SECRET).update(text).digest('base64url');

function sameSignature(text: string, signature: string): boolean {
  const want = Buffer.from(sign(text));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** The path of the token-free addresses, e.g. `/v1.0/_punkt` (`/graph/v1.0/_punkt` under Vite). */
export const linkRoot = (request: ServiceRequest): string => `${new URL(request.baseUrl).pathname.replace(/\/$/, '')}/_punkt`;

/** The web address of the item at `names`, path-based as SharePoint's. */
export function webUrlOf(request: ServiceRequest, names: string[]): string {
  return `${request.baseUrl}/_punkt/${webPathOf(names)}`;
}

/** `sites/punkt-demo/Delte%20dokumenter/a/b.pdf`: a web link's path below `/_punkt/`. */
export const webPathOf = (names: string[]): string => ['sites', SITE, LIBRARY, ...names].map(encodeURIComponent).join('/');

/**
 * The library path a web link names (its segments below `/_punkt/`, still percent-encoded), or
 * null when they name another site or library.
 */
export function namesOfWebPath(segments: string[]): string[] | null {
  const decoded = segments.map(decodeSegment);
  if (decoded[0] !== 'sites' || decoded[1]?.toLowerCase() !== SITE || decoded[2]?.toLowerCase() !== LIBRARY.toLowerCase()) return null;
  return decoded.slice(3);
}

/** A fresh download URL for a file: `…/_punkt/download/{id}?tempauth={expiry}.{signature}`. */
export function downloadUrlOf(request: ServiceRequest, now: Date, itemId: string): string {
  const expires = now.getTime() + DOWNLOAD_LIFETIME_MS;
  const tempauth = `${expires}.${sign(`download.${itemId}.${expires}`)}`;
  return `${request.baseUrl}/_punkt/download/${encodeURIComponent(itemId)}?tempauth=${tempauth}`;
}

/** Why a download URL does not open, or null when it does. */
export function downloadRefusal(itemId: string, tempauth: string | null, now: Date): 'invalid' | 'expired' | null {
  const [expires, signature] = (tempauth ?? '').split('.');
  if (!expires || !signature || !/^\d+$/.test(expires) || !sameSignature(`download.${itemId}.${expires}`, signature)) return 'invalid';
  return Number(expires) <= now.getTime() ? 'expired' : null;
}

/** The `Set-Cookie` value that signs `user` in for the web links (HttpOnly, SameSite=Lax, the links' path only). */
export function sessionCookie(request: ServiceRequest, user: Caller | null): string {
  const secure = request.baseUrl.startsWith('https:') ? '; Secure' : '';
  const attributes = `Path=${linkRoot(request)}/; HttpOnly; SameSite=Lax${secure}`;
  if (user === null) return `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`;
  return `${SESSION_COOKIE}=${user.id}.${sign(`session.${user.id}`)}; ${attributes}`;
}

/** The signed-in user of a web-link request, or null without a valid session cookie. */
export function sessionUser(request: ServiceRequest): Caller | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name !== SESSION_COOKIE || !value) continue;
    const dot = value.lastIndexOf('.');
    const id = value.slice(0, dot);
    if (dot > 0 && sameSignature(`session.${id}`, value.slice(dot + 1))) return demoUsers().find((u) => u.id === id) ?? null;
  }
  return null;
}
