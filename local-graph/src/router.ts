/**
 * Request/response types shared by every route, and a tiny path matcher. Routes are plain
 * functions of a parsed request, so the HTTP server and `$batch` call them the same way.
 */
import type { Caller } from './auth';
import type { DocumentStore } from './store';
import { ServiceError } from './errors';

/** One request as the routes see it (path relative to `/v1.0`, headers lower-cased). */
export interface ServiceRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: unknown;
  caller: Caller;
  /** Absolute base URL of this service (`http://127.0.0.1:P/v1.0`), for @odata links. */
  baseUrl: string;
}

/** What a route answers. */
export interface ServiceResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What routes share: the store, the clock and id generation. */
export interface ServiceContext {
  store: DocumentStore;
  now: () => Date;
  newId: () => string;
}

export type RouteHandler = (request: ServiceRequest, params: Record<string, string>, context: ServiceContext) => ServiceResponse;

/** One route: method, a pattern with `:name` segments, and the handler. */
export interface Route {
  method: string;
  pattern: string;
  handler: RouteHandler;
}

/**
 * One path segment, percent-decoded. Malformed encoding (`%E0%A4%A`) is the client's error: 400
 * with Graph's error body, as for any request Graph cannot parse (https://learn.microsoft.com/graph/errors).
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ServiceError(400, 'BadRequest', `The request URL is not valid: the segment '${segment}' has malformed percent-encoding.`);
  }
}

/** Matches decoded segments against a pattern (the path is decoded once, in dispatch). */
function match(pattern: string, got: string[]): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(':')) params[w.slice(1)] = g;
    else if (w.toLowerCase() !== g.toLowerCase()) return null;
  }
  return params;
}

/** Finds and runs the route for a request: unknown path → 400 like Graph, wrong method → 405. */
export function dispatch(routes: Route[], request: ServiceRequest, context: ServiceContext): ServiceResponse {
  let pathMatched = false;
  const segments = request.path.split('/').filter(Boolean).map(decodeSegment);
  for (const route of routes) {
    const params = match(route.pattern, segments);
    if (!params) continue;
    pathMatched = true;
    if (route.method === request.method) return route.handler(request, params, context);
  }
  if (pathMatched) throw new ServiceError(405, 'Request_BadRequest', `The ${request.method} method is not supported for ${request.path}.`);
  throw new ServiceError(400, 'BadRequest', `Resource not found for the segment '${request.path.split('/').filter(Boolean)[0] ?? ''}'.`);
}

/** `$top` as a number within [1, max], or the default. */
export function topOf(query: URLSearchParams, fallback: number, max: number): number {
  const raw = query.get('$top');
  if (raw === null) return fallback;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1) throw new ServiceError(400, 'invalidRequest', `Invalid value '${raw}' for $top.`);
  return Math.min(top, max);
}

/**
 * One page of `rows` starting at the `$skiptoken` offset, with the @odata.nextLink that continues
 * it (the token is opaque to clients, as Graph's is).
 */
export function page<T>(request: ServiceRequest, rows: T[], top: number): { value: T[]; nextLink?: string } {
  const token = request.query.get('$skiptoken');
  let offset = 0;
  if (token !== null) {
    offset = Number(
      Buffer.from(token, 'base64url')
        .toString('utf8')
        .replace(/^offset=/, ''),
    );
    if (!Number.isInteger(offset) || offset < 0) throw new ServiceError(400, 'invalidRequest', 'The $skiptoken is not valid.');
  }
  const value = rows.slice(offset, offset + top);
  if (offset + top >= rows.length) return { value };
  const next = new URLSearchParams(request.query);
  next.set('$skiptoken', Buffer.from(`offset=${offset + top}`).toString('base64url'));
  // Graph writes OData option names with a literal `$`; `$` is legal in a query string.
  return { value, nextLink: `${request.baseUrl}${request.path}?${next.toString().replace(/%24/g, '$')}` };
}
