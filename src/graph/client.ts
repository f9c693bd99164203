/**
 * The Graph client the repositories use: `send` retries what is safe to retry (throttling,
 * unavailable service, dropped connections) and turns failures into typed errors; `get` and
 * `getAll` (which follows paging) build on it, and `batch` splits JSON batches. The single
 * attempts go through the transport (`transport.ts`), the one place that calls fetch.
 */
import { runBatch, type BatchOptions } from './batch';
import { NetworkError, errorFromResponse } from './errors';
import { retryDelay } from '../domain/backoff';
import { GRAPH_BACKOFF, isRetryableStatus, isSafeToResend, parseRetryAfter, settleAfterFailure } from './retry';
import { createClientCore, newRequestId, recovered } from './transport';
import type { AttemptOutcome, GraphClientOptions, GraphRequest, GraphResponse } from './transport';

export type { BatchOptions } from './batch';
export type { GraphClientOptions, GraphRequest, GraphResponse } from './transport';

/** The client the repositories use. */
export interface GraphClient {
  send<T>(request: GraphRequest): Promise<GraphResponse<T>>;
  get<T>(path: string, headers?: Record<string, string>): Promise<T>;
  /** Follows @odata.nextLink and concatenates `value`. */
  getAll<T>(path: string, headers?: Record<string, string>): Promise<T[]>;
  /** JSON $batch: split into chunks of ≤ 20, inner 429/503 retried, returns responses in request order; inner
   *  failures are returned (status ≥ 400) not thrown, so the caller decides (e.g. 403 on a restricted list).
   *  `sequential`: each request runs only after the one before it succeeded (dependsOn); after a failure the
   *  rest answer 424 and are not run. */
  batch(requests: GraphRequest[], options?: BatchOptions): Promise<GraphResponse[]>;
}

/** Creates a client for `options.baseUrl` (the tenant's Graph, the local service, or its /graph mount). */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const core = createClientCore(options);

  async function send<T>(request: GraphRequest): Promise<GraphResponse<T>> {
    const requestId = newRequestId();
    // Set once an attempt may have reached the server without us learning the result.
    let outcomeUnknown = false;
    for (let attempt = 1; ; attempt++) {
      const outcome = await core.attempt(request, requestId, attempt);
      const response = outcome.kind === 'response' ? outcome.response : null;
      const lost = response === null || (response.status === 504 && !isSafeToResend(request));
      if (lost) {
        if (!isSafeToResend(request)) {
          if (!request.recover) throw failure(request, outcome, attempt, requestId, core.now());
          const found = await request.recover();
          if (found !== null) return recovered<T>(request.method === 'POST' ? 201 : 200, found);
        }
        outcomeUnknown = true;
        if (attempt >= core.maxAttempts) throw failure(request, outcome, attempt, requestId, core.now());
        await core.sleep(retryDelay(attempt, retryAfterOf(response, core.now()), core.random, GRAPH_BACKOFF));
        continue;
      }
      if (response.status < 400) return response as GraphResponse<T>;
      if (response.status === 504) outcomeUnknown = true;
      if (isRetryableStatus(response.status) && attempt < core.maxAttempts) {
        await core.sleep(retryDelay(attempt, retryAfterOf(response, core.now()), core.random, GRAPH_BACKOFF));
        continue;
      }
      const settled = await settleAfterFailure(request, response, outcomeUnknown);
      if (settled) return settled as GraphResponse<T>;
      throw failure(request, outcome, attempt, requestId, core.now());
    }
  }

  async function get<T>(path: string, headers?: Record<string, string>): Promise<T> {
    const response = await send<T>({ method: 'GET', path, ...(headers ? { headers } : {}) });
    return response.body;
  }

  async function getAll<T>(path: string, headers?: Record<string, string>): Promise<T[]> {
    const all: T[] = [];
    let next: string | undefined = path;
    while (next !== undefined) {
      const page: { value?: T[]; '@odata.nextLink'?: string } = await get(next, headers);
      all.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
    }
    return all;
  }

  return { send, get, getAll, batch: (requests, batchOptions) => runBatch(requests, core, batchOptions) };
}

function retryAfterOf(response: GraphResponse | null, nowMs: number): number | undefined {
  return response === null ? undefined : parseRetryAfter(response.headers.get('retry-after'), nowMs);
}

function failure(request: GraphRequest, outcome: AttemptOutcome, attempts: number, requestId: string, nowMs: number): Error {
  if (outcome.kind === 'network') {
    return new NetworkError(`${request.method} ${request.path} failed: no connection after ${attempts} attempt(s)`, {
      method: request.method,
      path: request.path,
      attempts,
      cause: outcome.error,
    });
  }
  const { status, body, headers } = outcome.response;
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), nowMs);
  return errorFromResponse(status, body, headers, { requestId, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
}
