/**
 * When to retry and how long to wait. Graph asks throttled clients to honour Retry-After and
 * otherwise back off exponentially (https://learn.microsoft.com/graph/throttling). Also what a
 * failure after a lost attempt means (`settleAfterFailure`), shared by `send` and `batch`.
 */
import type { BackoffPolicy } from '../domain/backoff';
import { recovered, type GraphRequest, type GraphResponse } from './transport';

/**
 * How the client backs off when the server sends no Retry-After: many quick retries within one
 * request, spread widely (full jitter), 250 ms doubling up to 30 s.
 */
export const GRAPH_BACKOFF: BackoffPolicy = { baseMs: 250, capMs: 30_000, jitter: 'full' };

/**
 * Statuses that mean "try again later". 429 and 503 mean the request was not processed;
 * 504 means a gateway gave up, so a write's outcome is unknown and only a request that
 * `isSafeToResend` (or has `recover`) is repeated.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * Parses a Retry-After header: delta seconds ("7", also "1.5" from lenient servers) or an
 * HTTP date (RFC 9110 §10.2.3), relative to `nowMs`. Returns milliseconds, or undefined when
 * the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date always names the weekday and month; this keeps Date.parse from reading '-3' as a year.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Whether a request may simply be sent again when its outcome is unknown (connection dropped
 * after sending). GET/PUT/DELETE are idempotent; a PATCH with If-Match cannot apply twice
 * (the second sees a changed ETag). A POST (and a PATCH without If-Match) is repeated only
 * after `recover` has looked for the result of the earlier attempt.
 */
export function isSafeToResend(request: Pick<GraphRequest, 'method' | 'ifMatch'>): boolean {
  switch (request.method) {
    case 'GET':
    case 'PUT':
    case 'DELETE':
      return true;
    case 'PATCH':
      return request.ifMatch !== undefined;
    default:
      return false;
  }
}

/**
 * Turns some failures into success: a 409 on a create whose `recover` finds the resource (an
 * earlier attempt created it), a 404 on a DELETE after a lost attempt (that attempt deleted it),
 * a 412 after a lost attempt whose `recover` finds the written values.
 */
export async function settleAfterFailure(
  request: GraphRequest,
  response: GraphResponse,
  outcomeUnknown: boolean,
): Promise<GraphResponse | null> {
  if (response.status === 409 && request.method === 'POST' && request.recover) {
    const found = await request.recover();
    return found === null ? null : recovered(201, found);
  }
  if (!outcomeUnknown) return null;
  if (response.status === 404 && request.method === 'DELETE') return { status: 204, body: undefined, etag: null, headers: new Headers() };
  if (response.status === 412 && request.recover) {
    const found = await request.recover();
    return found === null ? null : recovered(200, found);
  }
  return null;
}
