/**
 * The transport under the Graph client: one attempt of one request, with the bearer token (and one
 * refresh on 401), the client-request-id, a timeout, and the body read as JSON. It never retries
 * and never throws for a network failure; `client.ts` and `batch.ts` decide what an outcome means.
 * The one place in Punkt that calls fetch.
 */
import type { TokenProvider } from '../domain/ports';

/** One Graph request. */
export interface GraphRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the base URL ('/sites/punkt-demo/lists') or an absolute @odata.nextLink. */
  path: string;
  /** JSON, or a file's bytes (sent as they are, with the Content-Type given in `headers`). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as If-Match; a 412 then throws ConflictError. */
  ifMatch?: string;
  /**
   * For non-idempotent writes (POST): how to find out whether an attempt whose outcome is unknown
   * (dropped connection, timeout, 409 duplicate) actually succeeded. Returns the created resource or null.
   * Without it a POST is never retried after a network failure.
   * On a PATCH with If-Match it is asked after a 412 that follows a dropped attempt (the dropped
   * attempt may have applied the write and changed the ETag): return the resource if it already
   * holds the written values.
   */
  recover?: () => Promise<unknown | null>;
  /**
   * A pre-authenticated URL (a drive upload session's uploadUrl, on SharePoint's own host): sent
   * without the token, which must not go there (https://learn.microsoft.com/graph/api/driveitem-createuploadsession).
   */
  anonymous?: boolean;
}

/** A successful response (or, from `batch`, any inner response). */
export interface GraphResponse<T = unknown> {
  status: number;
  body: T;
  etag: string | null;
  headers: Headers;
}

/** Where the client sends requests and how it behaves; everything but baseUrl and tokens is for tests. */
export interface GraphClientOptions {
  baseUrl: string;
  tokens: TokenProvider;
  fetch?: typeof fetch;
  /** Attempts per request, first one included. Default 6. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** To read Retry-After HTTP dates. */
  now?: () => number;
  /**
   * Abandons an attempt after this many ms; its outcome is then unknown, as with a dropped
   * connection (so writes go through `recover`). Default 60 000; 0 waits forever. An addition
   * to the shared contract: a stalled connection on hotel Wi-Fi would otherwise hang a save.
   */
  timeoutMs?: number;
  onRequest?: (event: { method: string; path: string; status: number | 'network-error'; attempt: number; ms: number }) => void;
}

/** The result of one attempt: a response of any status, or a connection that failed. */
export type AttemptOutcome = { kind: 'response'; response: GraphResponse } | { kind: 'network'; error: unknown };

/** The resolved options and the single-attempt transport shared by `send` and `batch`. */
export interface ClientCore {
  baseUrl: string;
  maxAttempts: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  /** One attempt (with one token refresh on 401). Never throws for network failures. */
  attempt(request: GraphRequest, requestId: string, attempt: number): Promise<AttemptOutcome>;
}

/** A response made from what `recover` found. */
export function recovered<T>(status: number, body: unknown): GraphResponse<T> {
  return { status, body: body as T, etag: etagOf(new Headers(), body), headers: new Headers() };
}

/** The ETag of a response: the ETag header, else the body's `@odata.etag` (list items carry both). */
export function etagOf(headers: Headers, body: unknown): string | null {
  const header = headers.get('etag');
  if (header !== null) return header;
  const fromBody = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['@odata.etag'] : undefined;
  return typeof fromBody === 'string' ? fromBody : null;
}

/**
 * Resolves a path against the base URL. Absolute URLs (nextLink) are used as they are, but only
 * on the base URL's own origin: the bearer token must never travel to another host.
 */
export function resolveUrl(baseUrl: string, path: string): string {
  if (!/^https?:\/\//i.test(path)) return baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
  const base = originOf(baseUrl);
  if (base !== null && new URL(path).origin !== base) {
    throw new Error(`Refusing to send a Graph token to ${new URL(path).origin} (the client is configured for ${base})`);
  }
  return path;
}

/** The base URL's origin; a relative base ('/graph/v1.0') is read against the page, when there is one. */
function originOf(baseUrl: string): string | null {
  if (/^https?:\/\//i.test(baseUrl)) return new URL(baseUrl).origin;
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  return page ? new URL(baseUrl, page).origin : null;
}

/** Resolves the options and builds the single-attempt transport. */
export function createClientCore(options: GraphClientOptions): ClientCore {
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const core = {
    baseUrl: options.baseUrl,
    maxAttempts: Math.max(1, options.maxAttempts ?? 6),
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };

  async function once(request: GraphRequest, requestId: string, token: string, attempt: number): Promise<AttemptOutcome> {
    const headers: Record<string, string> = { Accept: 'application/json', 'client-request-id': requestId, ...request.headers };
    const bytes = request.body instanceof Uint8Array;
    if (request.body !== undefined && !bytes) headers['Content-Type'] = 'application/json';
    if (request.ifMatch !== undefined) headers['If-Match'] = request.ifMatch;
    if (!request.anonymous) headers.Authorization = `Bearer ${token}`;
    // outside the try: a refused URL is no network failure
    const url = request.anonymous ? new URL(request.path).href : resolveUrl(core.baseUrl, request.path);
    const started = performance.now();
    const controller = timeoutMs > 0 ? new AbortController() : null;
    const timer = controller === null ? null : setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const report = (status: number | 'network-error') =>
      options.onRequest?.({ method: request.method, path: request.path, status, attempt, ms: performance.now() - started });
    try {
      const res = await fetchFn(url, {
        method: request.method,
        headers,
        ...(controller === null ? {} : { signal: controller.signal }),
        ...(request.body === undefined ? {} : { body: bytes ? (request.body as Uint8Array<ArrayBuffer>) : JSON.stringify(request.body) }),
      });
      // Reading the body is part of the attempt: a connection dropped mid-body is a network failure.
      const body = parseBody(await res.text(), res.headers.get('content-type'));
      report(res.status);
      return { kind: 'response', response: { status: res.status, body, etag: etagOf(res.headers, body), headers: res.headers } };
    } catch (error) {
      report('network-error');
      return { kind: 'network', error };
    } finally {
      if (timer !== null) clearTimeout(timer);
    }
  }

  return {
    ...core,
    async attempt(request, requestId, attempt) {
      if (request.anonymous) return once(request, requestId, '', attempt);
      const outcome = await once(request, requestId, await options.tokens.getAccessToken(), attempt);
      if (outcome.kind !== 'response' || outcome.response.status !== 401) return outcome;
      // An expired or revoked token: ask for a fresh one once; a second 401 is the caller's error.
      return once(request, requestId, await options.tokens.getAccessToken({ forceRefresh: true }), attempt);
    },
  };
}

function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return undefined;
  const looksJson = contentType?.includes('json') || /^\s*[[{]/.test(text);
  if (!looksJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A client-request-id, so a failure can be traced in the server's log. */
export function newRequestId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  // randomUUID needs a secure context in browsers; plain http on a LAN address has none.
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
