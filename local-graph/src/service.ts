/**
 * The service without HTTP: authenticates a request, dispatches it to the routes (or to $batch)
 * and turns every failure into Graph's error body. The HTTP server, the Vite middleware, `$batch`
 * and the in-process seed client all go through `handle`.
 */
import { randomUUID } from 'node:crypto';
import { authenticate } from './auth';
import { ServiceError, errorBody } from './errors';
import type { RequestIds } from './errors';
import type { FaultPlan } from './faults';
import { createFaultPlan } from './faults';
import { itemRoutes } from './items-routes';
import { listRoutes } from './lists-routes';
import { columnRoutes } from './columns-routes';
import { eventRoutes } from './events-routes';
import { chatRoutes } from './chats-routes';
import { runBatch } from './batch-route';
import { routeDrive } from './drive-routes';
import { routeAnonymous } from './upload-sessions';
import { dispatch } from './router';
import type { Route, ServiceContext, ServiceRequest, ServiceResponse } from './router';
import type { DocumentStore } from './store';

const ROUTES: Route[] = [...listRoutes, ...columnRoutes, ...itemRoutes, ...eventRoutes, ...chatRoutes];

/** A request as the transport hands it over: path and query after `/v1.0`. */
export interface IncomingServiceRequest {
  method: string;
  /** e.g. `/sites/punkt-demo/lists?$filter=…` */
  url: string;
  headers: Record<string, string | undefined>;
  body: unknown;
  baseUrl: string;
  ids: RequestIds;
}

/** The transport-free service. */
export interface LocalGraphService {
  handle(request: IncomingServiceRequest): ServiceResponse;
  readonly store: DocumentStore;
  readonly faults: FaultPlan;
}

/** A request to a token-free address: its caller may read nothing the routes guard. */
function anonymousRequest(request: IncomingServiceRequest): ServiceRequest {
  const url = parseRequestUrl(request.url);
  const caller = { displayName: '', email: '', id: 'anonymous', readOnly: true };
  return {
    method: request.method.toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers: request.headers,
    body: request.body,
    caller,
    baseUrl: request.baseUrl,
  };
}

const malformedUrl = (what: string): ServiceError => new ServiceError(400, 'BadRequest', `The request URL is not valid: ${what}.`);

/**
 * The request's path and query. The URL is always read as a path (`//x` is not a host), and a
 * query with malformed percent-encoding is refused rather than read with U+FFFD in its place.
 */
function parseRequestUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(`http://local${raw.startsWith('/') ? '' : '/'}${raw}`);
  } catch {
    throw malformedUrl(`'${raw}' cannot be parsed`);
  }
  for (const part of url.search.slice(1).split('&')) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      throw malformedUrl(`the query part '${part}' has malformed percent-encoding`);
    }
  }
  return url;
}

/** Builds the service over a store; `faults` only affects requests inside `$batch` here. */
export function createService(store: DocumentStore, options: { now?: () => Date; faults?: FaultPlan } = {}): LocalGraphService {
  const context: ServiceContext = { store, now: options.now ?? (() => new Date()), newId: randomUUID };
  const faults = options.faults ?? createFaultPlan();

  function handle(request: IncomingServiceRequest): ServiceResponse {
    try {
      // Upload URLs and download links carry their own authorization (upload-sessions.ts).
      if (request.url.startsWith('/_punkt/')) return routeAnonymous(anonymousRequest(request), context);
      const caller = authenticate(request.headers.authorization);
      const url = parseRequestUrl(request.url);
      // Graph accepts OData system query options with or without the `$` (`expand=fields(select=…)`).
      for (const option of ['expand', 'select', 'filter', 'top', 'orderby', 'skiptoken']) {
        const bare = url.searchParams.get(option);
        if (bare !== null && !url.searchParams.has(`$${option}`)) url.searchParams.set(`$${option}`, bare.replace(/\bselect=/, '$select='));
        url.searchParams.delete(option);
      }
      const routed = {
        method: request.method.toUpperCase(),
        // Still percent-encoded: the router decodes each segment exactly once.
        path: url.pathname.replace(/\/+$/, '') || '/',
        query: url.searchParams,
        headers: request.headers,
        body: request.body,
        caller,
        baseUrl: request.baseUrl,
      };
      if (routed.path === '/$batch') {
        if (routed.method !== 'POST') throw new ServiceError(405, 'Request_BadRequest', 'Use POST for $batch.');
        return runBatch(routed, (inner) => handle({ ...inner, baseUrl: request.baseUrl, ids: request.ids }), faults);
      }
      return routeDrive(routed, context) ?? dispatch(ROUTES, routed, context);
    } catch (error) {
      if (error instanceof ServiceError) {
        return { status: error.status, headers: error.headers, body: errorBody(error.code, error.message, request.ids, context.now()) };
      }
      const message = error instanceof Error ? error.message : String(error);
      return { status: 500, body: errorBody('generalException', `The local service failed: ${message}`, request.ids, context.now()) };
    }
  }

  return { handle, store, faults };
}
