/**
 * node:http plumbing shared by the stand-alone server and the Vite middleware: request ids,
 * body parsing, injected faults (latency, 429, 503, dropped connections) and writing Graph-shaped
 * JSON responses with `request-id`, `client-request-id` and `ETag` headers.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { corsHeaders, hostAllowed } from './access-policy';
import type { AccessPolicy } from './access-policy';
import { encodeJson } from './compression';
import { errorBody } from './errors';
import type { RequestIds } from './errors';
import type { FaultPlan } from './faults';
import type { LocalGraphService } from './service';
import type { ServiceResponse } from './router';

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
/** Graph's limit on a request body (a batch included): 4 MB, https://learn.microsoft.com/graph/json-batching. */
const MAX_BODY = 4 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('The request body is too large.'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, ids: RequestIds, response: ServiceResponse, acceptEncoding: string | undefined): void {
  if (res.destroyed) return;
  res.statusCode = response.status;
  res.setHeader('request-id', ids.requestId);
  res.setHeader('client-request-id', ids.clientRequestId);
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (response.body === undefined) {
    res.end();
    return;
  }
  if (Buffer.isBuffer(response.body)) {
    // A file's bytes (drive downloads); the route set its content-type. Sent as stored, never compressed.
    res.end(response.body);
    return;
  }
  res.setHeader('content-type', JSON_TYPE);
  // Added to the CORS answer's `Vary: Origin` (access-policy.ts), not in its place.
  const vary = res.getHeader('vary');
  res.setHeader('vary', vary === undefined ? 'Accept-Encoding' : `${String(vary)}, Accept-Encoding`);
  const { bytes, gzipped } = encodeJson(JSON.stringify(response.body), acceptEncoding);
  if (gzipped) res.setHeader('content-encoding', 'gzip');
  res.end(bytes);
}

/** A body of bytes: a non-JSON content type, or a drive content upload or upload fragment. */
function isBinaryBody(url: string, contentType: string | undefined): boolean {
  if (contentType !== undefined && !/json/i.test(contentType)) return true;
  return /(:\/content|\/_punkt\/upload\/[^/?]+)(\?|$)/.test(url);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Options for one HTTP request: where `/v1.0` starts, and the service's public base URL. */
export interface HttpMount {
  /** Path prefix before `/v1.0` ('' for the server, '/graph' for the middleware). */
  prefix: string;
  now: () => Date;
  /**
   * Host and CORS checks for the stand-alone server. Left out for the Vite middleware, where
   * Vite's own host check and CORS run first (and a second CORS answer would contradict Vite's).
   */
  access?: AccessPolicy;
}

/**
 * Handles one HTTP request. Returns false when the path is not under `prefix/v1.0` (the Vite
 * middleware then passes it on).
 */
export async function handleHttp(
  service: LocalGraphService,
  faults: FaultPlan,
  mount: HttpMount,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = req.url ?? '/';
  const root = `${mount.prefix}/v1.0`;
  if (url !== root && !url.startsWith(`${root}/`) && !url.startsWith(`${root}?`)) return false;
  const header = (name: string): string | undefined => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const ids: RequestIds = { requestId: randomUUID(), clientRequestId: header('client-request-id') ?? randomUUID() };
  const method = (req.method ?? 'GET').toUpperCase();
  const reply = (response: ServiceResponse): void => send(res, ids, response, header('accept-encoding'));
  if (mount.access) {
    const host = header('host');
    if (!hostAllowed(mount.access, host)) {
      const message = `The Host '${host ?? ''}' does not name this service; start it with --allow-host to serve another name.`;
      reply({ status: 421, body: errorBody('misdirectedRequest', message, ids, mount.now()) });
      return true;
    }
    for (const [name, value] of Object.entries(corsHeaders(mount.access, header('origin')))) res.setHeader(name, value);
  }
  if (method === 'OPTIONS') {
    reply({
      status: 204,
      headers: {
        'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
        'access-control-allow-headers': 'Authorization, Content-Type, If-Match, Prefer, client-request-id',
      },
    });
    return true;
  }
  const raw = await readBody(req).catch(() => null);
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  const isWrite = method !== 'GET';
  const fault = faults.next(isWrite);
  if (fault === 'drop-before') {
    req.socket.destroy();
    return true;
  }
  if (fault === 'throttle' || fault === 'fail') {
    const [status, code, message] =
      fault === 'throttle'
        ? [429, 'activityLimitReached', 'The request has been throttled.']
        : [503, 'serviceNotAvailable', 'The service is temporarily unavailable.'];
    reply({ status, headers: { 'retry-after': '1' }, body: errorBody(code, message, ids, mount.now()) });
    return true;
  }
  let body: unknown;
  if (raw === null) {
    reply({
      status: 413,
      body: errorBody('invalidRequest', 'The request body is larger than the limit of 4 MB (or could not be read).', ids, mount.now()),
    });
    return true;
  }
  const text = raw.toString('utf8');
  try {
    // File content and upload fragments are bytes (drive-routes.ts, upload-sessions.ts), never JSON.
    if (isBinaryBody(url, header('content-type')) && raw.length > 0) body = raw;
    else body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    reply({ status: 400, body: errorBody('BadRequest', 'Unable to read JSON request payload.', ids, mount.now()) });
    return true;
  }
  const headers: Record<string, string | undefined> = {};
  for (const name of Object.keys(req.headers)) headers[name] = header(name);
  const host = header('host') ?? '127.0.0.1';
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const response = service.handle({
    method,
    url: url.slice(root.length) || '/',
    headers,
    body,
    baseUrl: `${scheme}://${host}${root}`,
    ids,
  });
  // A write dropped after it was applied: the client cannot know whether it happened.
  if (fault === 'drop-after') {
    req.socket.destroy();
    return true;
  }
  reply(response);
  return true;
}
