/**
 * JSON batching (https://learn.microsoft.com/graph/json-batching): up to 20 requests in one
 * POST to `/$batch`. Graph answers 200 even when inner requests were throttled, so every inner
 * response is checked and only the ones that failed transiently are sent again.
 *
 * A sequential batch chains every request to the one before it with `dependsOn` (Graph runs inner
 * requests in any order otherwise, and answers 424 to the dependants of a failed request). The chain
 * is all or nothing because Graph accepts a batch only "either fully sequential or fully parallel"
 * (https://learn.microsoft.com/answers/questions/1532547/regarding-batching-response-order).
 */
import { GraphError, NetworkError, errorFromResponse } from './errors';
import { retryDelay } from '../domain/backoff';
import { GRAPH_BACKOFF, isRetryableStatus, isSafeToResend, parseRetryAfter, settleAfterFailure } from './retry';
import { etagOf, newRequestId, recovered } from './transport';
import type { ClientCore, GraphRequest, GraphResponse } from './transport';

/** How a batch runs. */
export interface BatchOptions {
  sequential?: boolean;
}

/** Graph's limit of requests per batch; more gives 400. */
export const MAX_BATCH_SIZE = 20;

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

interface InnerResponse {
  id?: unknown;
  status?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Sends `requests` in chunks of ≤ 20 and returns one response per request, in request order. */
export async function runBatch(requests: GraphRequest[], core: ClientCore, options: BatchOptions = {}): Promise<GraphResponse[]> {
  const results: GraphResponse[] = new Array<GraphResponse>(requests.length);
  const sequential = options.sequential === true;
  for (let start = 0; start < requests.length; start += MAX_BATCH_SIZE) {
    const indices = range(start, Math.min(requests.length, start + MAX_BATCH_SIZE));
    if (sequential && results.some((r) => r.status >= 400)) {
      // The chain broke in an earlier chunk: the rest is not run, as Graph does within one batch.
      for (const i of indices) results[i] = failedDependency();
      continue;
    }
    await runChunk(requests, indices, core, results, sequential);
  }
  return results;
}

/** What Graph answers to a request whose dependency failed. */
function failedDependency(): GraphResponse {
  const body = { error: { code: 'failedDependency', message: 'A request that this request depends on failed.' } };
  return { status: 424, body, etag: null, headers: new Headers() };
}

async function runChunk(
  requests: GraphRequest[],
  indices: number[],
  core: ClientCore,
  results: GraphResponse[],
  sequential: boolean,
): Promise<void> {
  const requestId = newRequestId();
  const unknown = new Set<number>(); // an earlier attempt of these may have been applied
  let pending = indices;
  for (let attempt = 1; ; attempt++) {
    // In a sequential chunk each request depends on the one before it in this attempt (those done earlier are done).
    const inner = pending.map((i, k) =>
      toInner(i, at(requests, i), core.baseUrl, sequential && k > 0 ? String(pending[k - 1]) : undefined),
    );
    const envelope: GraphRequest = { method: 'POST', path: '/$batch', body: { requests: inner } };
    const outcome = await core.attempt(envelope, requestId, attempt);
    const outer = outcome.kind === 'response' ? outcome.response : null;
    const retryAfters: number[] = [];
    let next: number[] = [];
    let lastError: Error | null = null;

    if (outer === null || outer.status === 504) {
      // The whole envelope's fate is unknown: resend what is safe, ask `recover` about the rest.
      lastError =
        outer === null
          ? new NetworkError(`$batch failed: no connection after ${attempt} attempt(s)`, {
              method: 'POST',
              path: '/$batch',
              attempts: attempt,
              cause: outcome.kind === 'network' ? outcome.error : undefined,
            })
          : errorFromResponse(outer.status, outer.body, outer.headers, { requestId });
      for (const i of pending) {
        if (await resolvedByRecover(i, at(requests, i), results, lastError)) continue;
        unknown.add(i);
        next.push(i);
      }
    } else if (isRetryableStatus(outer.status)) {
      lastError = errorFromResponse(outer.status, outer.body, outer.headers, { requestId });
      pushRetryAfter(retryAfters, outer.headers, core.now());
      next = pending;
    } else if (outer.status >= 400) {
      throw errorFromResponse(outer.status, outer.body, outer.headers, { requestId });
    } else {
      const byId = new Map<string, InnerResponse>();
      for (const answer of readResponses(outer.body)) byId.set(String(answer.id), answer);
      // Sequential: a 424 after a real failure is final; after a request that is sent again, it is sent again too.
      let broken = false;
      for (const i of pending) {
        const request = at(requests, i);
        const answer = byId.get(String(i));
        const response = answer === undefined ? null : toResponse(answer);
        if (sequential && response?.status === 424 && !broken) {
          results[i] = response;
          next.push(i);
        } else if (response === null || (response.status === 504 && !isSafeToResend(request))) {
          const error = new NetworkError(`$batch returned no usable response for ${request.method} ${request.path}`, {
            method: request.method,
            path: request.path,
            attempts: attempt,
          });
          if (await resolvedByRecover(i, request, results, error)) continue;
          unknown.add(i);
          next.push(i);
        } else if (isRetryableStatus(response.status)) {
          if (response.status === 504) unknown.add(i);
          pushRetryAfter(retryAfters, response.headers, core.now());
          results[i] = response; // kept if attempts run out: inner failures are returned
          next.push(i);
        } else {
          results[i] = (await settleAfterFailure(request, response, unknown.has(i))) ?? response;
          if (results[i]!.status >= 400) broken = true;
        }
      }
    }

    pending = next;
    if (pending.length === 0) return;
    if (attempt >= core.maxAttempts) {
      // Throttled inner requests end with their last response; an unknown outcome cannot be returned.
      const unresolved = pending.filter((i) => results[i] === undefined || lastError !== null);
      if (unresolved.length > 0)
        throw lastError ?? new NetworkError('$batch gave no answer', { method: 'POST', path: '/$batch', attempts: attempt });
      return;
    }
    for (const i of pending) delete results[i];
    const wait = retryDelay(attempt, retryAfters.length > 0 ? Math.max(...retryAfters) : undefined, core.random, GRAPH_BACKOFF);
    await core.sleep(wait);
  }
}

/**
 * For a request whose outcome is unknown: true when it is settled (recover found the result).
 * Throws when it can neither be resent safely nor recovered, because guessing could duplicate a write.
 */
async function resolvedByRecover(i: number, request: GraphRequest, results: GraphResponse[], error: Error): Promise<boolean> {
  if (isSafeToResend(request)) return false;
  if (!request.recover) throw error;
  const found = await request.recover();
  if (found === null) return false;
  results[i] = recovered(request.method === 'POST' ? 201 : 200, found);
  return true;
}

/** Inner URLs are relative to the version segment: '/sites/x/lists', never '/v1.0/sites/…'. */
export function toBatchUrl(baseUrl: string, path: string): string {
  if (!/^https?:\/\//i.test(path)) return path.startsWith('/') ? path : `/${path}`;
  if (path.startsWith(baseUrl)) return path.slice(baseUrl.replace(/\/+$/, '').length) || '/';
  const url = new URL(path);
  return url.pathname.replace(/^.*?\/(v1\.0|beta)(?=\/)/, '') + url.search;
}

function toInner(i: number, request: GraphRequest, baseUrl: string, after?: string): InnerRequest {
  const headers: Record<string, string> = { ...request.headers };
  // Graph rejects an inner request with a body but no Content-Type.
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.ifMatch !== undefined) headers['If-Match'] = request.ifMatch;
  return {
    id: String(i),
    method: request.method,
    url: toBatchUrl(baseUrl, request.path),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(after === undefined ? {} : { dependsOn: [after] }),
  };
}

function toResponse(inner: InnerResponse): GraphResponse {
  const headers = new Headers(inner.headers ?? {});
  let body = inner.body;
  // Some services return JSON inner bodies as strings; callers always get objects.
  if (typeof body === 'string' && /^\s*[[{]/.test(body)) {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      /* keep the text */
    }
  }
  const status = typeof inner.status === 'number' ? inner.status : Number(inner.status);
  return { status, body, etag: etagOf(headers, body), headers };
}

function readResponses(body: unknown): InnerResponse[] {
  const responses = typeof body === 'object' && body !== null ? (body as { responses?: unknown }).responses : undefined;
  if (!Array.isArray(responses))
    throw new GraphError('$batch response has no responses array', { status: 502, code: 'invalidBatchResponse', requestId: null, body });
  return responses.filter((r): r is InnerResponse => typeof r === 'object' && r !== null);
}

function pushRetryAfter(into: number[], headers: Headers, nowMs: number): void {
  const ms = parseRetryAfter(headers.get('retry-after'), nowMs);
  if (ms !== undefined) into.push(ms);
}

function at(requests: GraphRequest[], i: number): GraphRequest {
  const request = requests[i];
  if (request === undefined) throw new RangeError(`no request at ${i}`);
  return request;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
