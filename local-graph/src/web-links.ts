/**
 * The library's addresses outside Graph, under `/_punkt/`, as strict as SharePoint's:
 * - `GET sites/punkt-demo/Delte dokumenter/{path}` (a file's or folder's webUrl, the library's
 *   without a path): without a session, the way to the account picker; with one, the read rules
 *   of the Graph routes (requireVisible: the reader never opens `Bilag (lukket)` or
 *   `Referater (lukket)`) give the file, the folder's listing, a 403 or a 404 page.
 *   A driveItem's webUrl is the "URL that displays the resource in the browser"
 *   (https://learn.microsoft.com/graph/api/resources/driveitem), and SharePoint shows an item only
 *   to a signed-in user with permission on it (https://learn.microsoft.com/sharepoint/understanding-permission-levels).
 * - `GET signin?return=…`, `POST signin`, `POST signout`: the demo's account picker and its cookie.
 * - `GET download/{id}?tempauth=…` (downloadUrl): the bytes without a token until it expires, then 401
 *   (https://learn.microsoft.com/graph/api/driveitem-get-content).
 * - `GET files/{id}/{secret}`: the token-free links older versions of the demo stored; they now only
 *   redirect to the file's current webUrl, where the rights are checked.
 */
import { ServiceError, notFound } from './errors';
import { ITEM_KIND, childrenOf, isRestricted, itemAtPath, pathOf } from './drive-model';
import type { DriveItemDoc } from './drive-model';
import { demoUsers } from './auth';
import { downloadRefusal, linkRoot, namesOfWebPath, sessionCookie, sessionUser, webUrlOf } from './file-links';
import { decodeSegment } from './router';
import type { ServiceContext, ServiceRequest, ServiceResponse } from './router';
import { accessDeniedPage, folderPage, notFoundPage, signInPage } from './web-pages';
import type { PageContext } from './web-pages';

/** A file's bytes with its type and name; the name in RFC 5987 encoding (RFC 6266 §4.3). */
function fileResponse(item: DriveItemDoc): ServiceResponse {
  const name = encodeURIComponent(item.name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return {
    status: 200,
    headers: {
      'content-type': item.mimeType ?? 'application/octet-stream',
      'content-disposition': `attachment; filename*=UTF-8''${name}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
    body: Buffer.from(item.content ?? '', 'base64'),
  };
}

const redirect = (location: string, headers: Record<string, string> = {}): ServiceResponse => ({
  status: 302,
  headers: { location, 'cache-control': 'no-store', ...headers },
});

function openWebLink(request: ServiceRequest, context: ServiceContext, segments: string[]): ServiceResponse {
  const returnTo = segments.join('/');
  const user = sessionUser(request);
  const pages: PageContext = { root: linkRoot(request), returnTo, user };
  const names = namesOfWebPath(segments);
  if (names === null) return notFoundPage(pages);
  if (user === null) return redirect(`${request.baseUrl}/_punkt/signin?return=${encodeURIComponent(returnTo)}`);
  let item: DriveItemDoc | undefined;
  try {
    item = itemAtPath({ ...request, caller: user }, context, names);
  } catch (error) {
    // requireVisible hides the item from this user (404 to Graph); the web page says access denied.
    if (error instanceof ServiceError && error.status === 404) return accessDeniedPage(pages);
    throw error;
  }
  if (!item) return notFoundPage(pages);
  if (!item.folder) return fileResponse(item);
  // A folder (the library itself at names []) lists what this user may open; restricted folders
  // are left out for the reader, as the Graph routes leave them out of /children.
  const entries = childrenOf(context, item.id)
    .filter((c) => !(user.readOnly && isRestricted([...names, c.name])))
    .map((c) => ({ name: c.name, href: webUrlOf(request, [...names, c.name]), folder: c.folder === true }));
  const up = names.length === 0 ? null : webUrlOf(request, names.slice(0, -1));
  return folderPage(pages, names.length === 0 ? 'Delte dokumenter' : (names[names.length - 1] as string), up, entries);
}

/** The web link to return to after signing in: only a library link of this service, no dot segments. */
function returnOf(value: string | null): string {
  const segments = (value ?? '').split('/');
  const names = /^sites\/[\w%.~!$&'()*+,;=:@/-]+$/.test(value ?? '') ? namesOfWebPath(segments) : null;
  if (value === null || names === null || segments.some((s) => s === '') || names.some((n) => n === '.' || n === '..')) {
    throw new ServiceError(400, 'invalidRequest', "The 'return' address is not a link to the library.");
  }
  return value;
}

function formOf(request: ServiceRequest): URLSearchParams {
  // A form posted from another site is refused, so no page elsewhere can sign a visitor in or out.
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== new URL(request.baseUrl).origin) {
    throw new ServiceError(403, 'accessDenied', 'The form was not posted from this service.');
  }
  if (!Buffer.isBuffer(request.body)) throw new ServiceError(400, 'invalidRequest', 'Post the form as application/x-www-form-urlencoded.');
  return new URLSearchParams(request.body.toString('utf8'));
}

function signIn(request: ServiceRequest): ServiceResponse {
  if (request.method === 'GET') {
    const returnTo = returnOf(request.query.get('return'));
    return signInPage({ root: linkRoot(request), returnTo, user: sessionUser(request) });
  }
  if (request.method !== 'POST') throw new ServiceError(405, 'Request_BadRequest', 'Use GET or POST to sign in.');
  const form = formOf(request);
  const user = demoUsers().find((u) => u.id === form.get('user'));
  if (!user) throw new ServiceError(400, 'invalidRequest', 'Pick one of the demo accounts.');
  const returnTo = returnOf(form.get('return'));
  return redirect(`${request.baseUrl}/_punkt/${returnTo}`, { 'set-cookie': sessionCookie(request, user) });
}

function signOut(request: ServiceRequest): ServiceResponse {
  if (request.method !== 'POST') throw new ServiceError(405, 'Request_BadRequest', 'Use POST to sign out.');
  const returnTo = returnOf(formOf(request).get('return'));
  return redirect(`${request.baseUrl}/_punkt/signin?return=${encodeURIComponent(returnTo)}`, {
    'set-cookie': sessionCookie(request, null),
  });
}

function download(request: ServiceRequest, context: ServiceContext, id: string): ServiceResponse {
  const refusal = downloadRefusal(id, request.query.get('tempauth'), context.now());
  if (refusal !== null) {
    const message =
      refusal === 'expired' ? 'The download URL has expired; ask Graph for the item again.' : 'The download URL is not valid.';
    throw new ServiceError(401, 'unauthenticated', message);
  }
  const item = context.store.get<DriveItemDoc>(ITEM_KIND, id);
  if (!item || item.folder) throw notFound('The file');
  return fileResponse(item);
}

/** A link of the old form: a redirect to the file's current webUrl, never its bytes. */
function legacyLink(request: ServiceRequest, context: ServiceContext, id: string, secret: string): ServiceResponse {
  const item = context.store.get<DriveItemDoc>(ITEM_KIND, id);
  if (!item || item.folder || item.secret !== secret) throw notFound('The file');
  return redirect(webUrlOf(request, pathOf(context, item)));
}

/** Answers a web, sign-in, download or legacy link below `/_punkt/`, or null for any other path. */
export function routeWebLink(request: ServiceRequest, context: ServiceContext): ServiceResponse | null {
  const segments = request.path.split('/').filter(Boolean).slice(1);
  const [kind] = segments;
  if (kind === 'signin' && segments.length === 1) return signIn(request);
  if (kind === 'signout' && segments.length === 1) return signOut(request);
  if (kind !== 'sites' && kind !== 'download' && kind !== 'files') return null;
  if (request.method !== 'GET') throw new ServiceError(405, 'Request_BadRequest', `Use GET for a ${kind} link.`);
  if (kind === 'sites') return openWebLink(request, context, segments);
  if (kind === 'download' && segments.length === 2) return download(request, context, decodeSegment(segments[1] as string));
  if (kind === 'files' && segments.length === 3) {
    return legacyLink(request, context, decodeSegment(segments[1] as string), decodeSegment(segments[2] as string));
  }
  throw notFound('The resource');
}
