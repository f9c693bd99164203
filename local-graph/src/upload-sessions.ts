/**
 * Resumable uploads for files over 4 MB: `createUploadSession` answers an `uploadUrl` that takes
 * the bytes in ranged PUTs without a token (Graph: "don't include the Authorization header"), each
 * with `Content-Range: bytes START-END/TOTAL` continuing exactly where the last one ended. A
 * fragment answers 202 with `nextExpectedRanges`, the last one 201/200 with the driveItem; GET on
 * the URL tells the state, DELETE cancels.
 * Docs: https://learn.microsoft.com/graph/api/driveitem-createuploadsession
 */
import type { Caller } from './auth';
import { requireWriter } from './auth';
import { isRecord } from './columns-routes';
import { ServiceError, notFound } from './errors';
import { checkName, conflictBehaviorOf, writeFile } from './drive-model';
import type { ConflictBehavior, DriveItemDoc } from './drive-model';
import { itemJson } from './drive-json';
import { routeWebLink } from './web-links';
import { decodeSegment } from './router';
import type { ServiceContext, ServiceRequest, ServiceResponse } from './router';

const SESSION_KIND = 'uploadSession';
/** A session lives this long after its last fragment (Graph gives an expirationDateTime). */
const SESSION_MS = 15 * 60 * 1000;
/** Graph's largest fragment: 60 MiB (the local HTTP layer also caps a body at 4 MB). */
const MAX_FRAGMENT = 60 * 1024 * 1024;

interface SessionDoc {
  id: string;
  names: string[];
  behavior: ConflictBehavior;
  caller: Caller;
  total: number | null;
  /** The bytes received so far, base64. */
  received: string;
  next: number;
  expires: string;
}

const uploadUrl = (request: ServiceRequest, id: string): string => `${request.baseUrl}/_punkt/upload/${id}`;

/** `POST …:/createUploadSession` with `{ item: { '@microsoft.graph.conflictBehavior' } }`. */
export function createUploadSession(
  request: ServiceRequest,
  context: ServiceContext,
  names: string[],
  existing: DriveItemDoc | undefined,
): ServiceResponse {
  requireWriter(request.caller);
  const fileName = names[names.length - 1];
  if (fileName === undefined) throw new ServiceError(400, 'invalidRequest', 'An upload session needs a file path.');
  checkName(fileName);
  const body = request.body;
  if (body !== undefined && !isRecord(body)) throw new ServiceError(400, 'invalidRequest', 'The body must be a JSON object.');
  const item = body?.item;
  if (item !== undefined && !isRecord(item)) throw new ServiceError(400, 'invalidRequest', "'item' must be an object.");
  const behavior = conflictBehaviorOf(item?.['@microsoft.graph.conflictBehavior']);
  if (existing && behavior === 'fail') throw new ServiceError(409, 'nameAlreadyExists', `The name '${fileName}' already exists.`);
  const id = context.newId();
  const expires = new Date(context.now().getTime() + SESSION_MS).toISOString();
  const session: SessionDoc = { id, names, behavior, caller: request.caller, total: null, received: '', next: 0, expires };
  context.store.write((tx) => tx.put(SESSION_KIND, id, session));
  return { status: 200, body: { uploadUrl: uploadUrl(request, id), expirationDateTime: expires, nextExpectedRanges: ['0-'] } };
}

function sessionOf(context: ServiceContext, id: string): SessionDoc {
  const session = context.store.get<SessionDoc>(SESSION_KIND, id);
  if (!session || Date.parse(session.expires) <= context.now().getTime()) throw notFound('The upload session');
  return session;
}

const invalid = (message: string) => new ServiceError(400, 'invalidRequest', message);

function putFragment(request: ServiceRequest, context: ServiceContext, session: SessionDoc): ServiceResponse {
  const range = request.headers['content-range'];
  if (range === undefined) throw invalid('The Content-Range header is required.');
  const parsed = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range.trim());
  if (!parsed) throw invalid(`The Content-Range '${range}' is not valid.`);
  const [start, end, total] = parsed.slice(1).map(Number) as [number, number, number];
  if (end < start || end >= total) throw invalid(`The Content-Range '${range}' is not valid.`);
  if (session.total !== null && total !== session.total)
    throw invalid(`The total size ${total} differs from the session's ${session.total}.`);
  if (!Buffer.isBuffer(request.body)) throw invalid('A fragment must carry the bytes of its range.');
  const bytes = request.body;
  if (bytes.length !== end - start + 1) throw invalid(`The fragment has ${bytes.length} bytes; its Content-Range says ${end - start + 1}.`);
  if (bytes.length > MAX_FRAGMENT) throw invalid('A fragment may be at most 60 MiB.');
  if (start !== session.next) {
    throw new ServiceError(416, 'invalidRange', `The fragment starts at ${start}; the next expected range is ${session.next}-.`);
  }
  const received = Buffer.concat([Buffer.from(session.received, 'base64'), bytes]);
  if (end + 1 < total) {
    const expires = new Date(context.now().getTime() + SESSION_MS).toISOString();
    context.store.write((tx) =>
      tx.put(SESSION_KIND, session.id, {
        ...session,
        total,
        received: received.toString('base64'),
        next: end + 1,
        expires,
      } satisfies SessionDoc),
    );
    return { status: 202, body: { expirationDateTime: expires, nextExpectedRanges: [`${end + 1}-`] } };
  }
  const { item, created } = writeFile(context, session.caller, session.names, received, session.behavior);
  context.store.write((tx) => tx.delete(SESSION_KIND, session.id));
  return { status: created ? 201 : 200, body: itemJson({ ...request, caller: session.caller }, context, item) };
}

/**
 * The token-free addresses under `/_punkt/`: an upload session's URL, and the library's web,
 * sign-in and download links (web-links.ts). Any other path there is 404; a token sent to the
 * upload URL is refused, as Graph may refuse it.
 */
export function routeAnonymous(request: ServiceRequest, context: ServiceContext): ServiceResponse {
  const link = routeWebLink(request, context);
  if (link !== null) return link;
  const segments = request.path.split('/').filter(Boolean);
  if (segments[1] !== 'upload' || segments.length !== 3) throw notFound('The resource');
  if (request.headers.authorization !== undefined) {
    throw new ServiceError(401, 'InvalidAuthenticationToken', 'An upload URL is pre-authenticated: send no Authorization header.');
  }
  const session = sessionOf(context, decodeSegment(segments[2] as string));
  switch (request.method) {
    case 'PUT':
      return putFragment(request, context, session);
    case 'GET':
      return { status: 200, body: { expirationDateTime: session.expires, nextExpectedRanges: [`${session.next}-`] } };
    case 'DELETE':
      context.store.write((tx) => tx.delete(SESSION_KIND, session.id));
      return { status: 204 };
    default:
      throw new ServiceError(405, 'Request_BadRequest', `The ${request.method} method is not supported for an upload URL.`);
  }
}
