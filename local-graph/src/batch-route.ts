/**
 * JSON batching (`POST /$batch`): at most 20 requests, `dependsOn` honoured (a dependant of a
 * failed request gets 424), each inner request with the outer request's auth and its own
 * throttling/failure draw, so a 429 can come back inside a 200 batch.
 * Doc: "Combine multiple HTTP requests using JSON batching".
 */
import { randomUUID } from 'node:crypto';
import { ServiceError, badRequest, errorBody } from './errors';
import type { FaultPlan } from './faults';
import type { ServiceRequest, ServiceResponse } from './router';

/** Graph's limit on requests per batch. */
export const MAX_BATCH = 20;

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
  body: unknown;
  dependsOn: string[];
}

type InnerRunner = (request: {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
  body: unknown;
}) => ServiceResponse;

/** An inner request's URL relative to `/v1.0`; Graph also accepts absolute URLs there. */
const relativeUrl = (url: string): string => url.replace(/^https?:\/\/[^/]+(\/[^/]+)?\/v1\.0/, '').replace(/^(?!\/)/, '/');

/**
 * True when an inner request is itself a batch. Graph runs plain requests only ("requests cannot
 * contain a batch request payload", https://microsoftgraph.github.io/msgraph-sdk-design/content/BatchRequestContent.html);
 * a nested batch would also multiply the 20-request limit of
 * https://learn.microsoft.com/graph/json-batching into 20^n requests from one small body.
 */
function isBatchUrl(url: string): boolean {
  const path = (relativeUrl(url).split(/[?#]/)[0] ?? '').replace(/\/+$/, '');
  try {
    return decodeURIComponent(path).toLowerCase() === '/$batch';
  } catch {
    return false;
  }
}

function parseRequests(body: unknown): InnerRequest[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests) || requests.length === 0)
    throw badRequest('Invalid batch payload format: a non-empty "requests" array is required.');
  if (requests.length > MAX_BATCH)
    throw badRequest(`Invalid batch payload format: the number of requests (${requests.length}) exceeds the limit of ${MAX_BATCH}.`);
  const seen = new Set<string>();
  const parsed = requests.map((raw: unknown) => {
    const r = raw as Record<string, unknown>;
    if (typeof r?.id !== 'string' || r.id === '' || typeof r.method !== 'string' || typeof r.url !== 'string') {
      throw badRequest('Invalid batch payload format: every request needs "id", "method" and "url".');
    }
    if (seen.has(r.id)) throw badRequest(`Invalid batch payload format: the request id '${r.id}' is used twice.`);
    if (isBatchUrl(r.url))
      throw badRequest(`Invalid batch payload format: request '${r.id}' is a $batch request; batches cannot be nested.`);
    seen.add(r.id);
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries((r.headers as Record<string, unknown>) ?? {})) headers[k.toLowerCase()] = String(v);
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
    return { id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn };
  });
  for (const r of parsed) {
    const missing = r.dependsOn.find((d) => !seen.has(d));
    if (missing) throw badRequest(`Invalid batch payload format: request '${r.id}' depends on the unknown request '${missing}'.`);
  }
  return parsed;
}

function failure(
  outer: ServiceRequest,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): ServiceResponse {
  const ids = { requestId: randomUUID(), clientRequestId: outer.headers['client-request-id'] ?? randomUUID() };
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: errorBody(code, message, ids, new Date()) };
}

/** Runs a batch; inner requests are run in dependency order, otherwise in the order given. */
export function runBatch(outer: ServiceRequest, run: InnerRunner, faults: FaultPlan): ServiceResponse {
  const requests = parseRequests(outer.body);
  const byId = new Map(requests.map((r) => [r.id, r]));
  const results = new Map<string, ServiceResponse>();
  const visiting = new Set<string>();

  const execute = (request: InnerRequest): ServiceResponse => {
    const done = results.get(request.id);
    if (done) return done;
    if (visiting.has(request.id)) throw badRequest(`Invalid batch payload format: circular dependsOn at '${request.id}'.`);
    visiting.add(request.id);
    const failedDependency = request.dependsOn.map((d) => execute(byId.get(d) as InnerRequest)).some((r) => r.status >= 400);
    let response: ServiceResponse;
    if (failedDependency) {
      response = failure(outer, 424, 'failedDependency', 'A request that this request depends on failed.');
    } else {
      const fault = faults.nextInner();
      if (fault === 'throttle')
        response = failure(outer, 429, 'activityLimitReached', 'The request has been throttled.', { 'retry-after': '1' });
      else if (fault === 'fail')
        response = failure(outer, 503, 'serviceNotAvailable', 'The service is temporarily unavailable.', { 'retry-after': '1' });
      else {
        const url = relativeUrl(request.url);
        const headers = { ...request.headers, authorization: outer.headers.authorization };
        response = run({ method: request.method, url, headers, body: request.body });
      }
    }
    results.set(request.id, response);
    return response;
  };

  for (const request of requests) execute(request);
  if (results.size !== requests.length) throw new ServiceError(500, 'generalException', 'The batch did not run every request.');
  return {
    status: 200,
    body: {
      responses: requests.map((r) => {
        const response = results.get(r.id) as ServiceResponse;
        const entry: Record<string, unknown> = {
          id: r.id,
          status: response.status,
          headers: { 'content-type': 'application/json', ...response.headers },
        };
        if (response.body !== undefined) entry.body = response.body;
        return entry;
      }),
    },
  };
}
