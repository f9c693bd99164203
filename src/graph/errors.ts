/**
 * Typed errors of the Graph client. Callers branch on these (a 412 becomes a conflict the
 * note-taker resolves, a 403 means read-only) instead of parsing messages.
 *
 * Graph's error body: `{ error: { code, message, innerError: { 'request-id', date } } }`
 * (https://learn.microsoft.com/graph/errors).
 *
 * Each error also carries its AppError (src/domain/app-error.ts), made by `toAppError`: the one
 * mapper from this layer's errors into the vocabulary the features and the UI read.
 */
import { appError, appErrorOfStatus, type AppError, type WithAppError } from '../domain/app-error';

/** What a GraphError carries besides its message. */
export interface GraphErrorDetails {
  status: number;
  code: string;
  requestId: string | null;
  /** The server's Retry-After, when it sent one (429/503). */
  retryAfterMs?: number;
  /** The parsed response body, when there was one. */
  body?: unknown;
}

/** A response from Graph with status ≥ 400 that the client did not (or could no longer) retry. */
export class GraphError extends Error implements WithAppError {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly retryAfterMs?: number;
  readonly body?: unknown;
  readonly appError: AppError;

  constructor(message: string, details: GraphErrorDetails) {
    super(message);
    this.name = 'GraphError';
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.body !== undefined) this.body = details.body;
    this.appError = toAppError(this);
  }
}

/** 412 Precondition Failed: the If-Match ETag was stale. `body` holds the server's body, if any. */
export class ConflictError extends GraphError {
  constructor(message: string, details: Omit<GraphErrorDetails, 'status'>) {
    super(message, { ...details, status: 412 });
    this.name = 'ConflictError';
  }
}

/** The connection failed (refused, dropped, reset) on every attempt, or a write's outcome stayed unknown. */
export class NetworkError extends Error implements WithAppError {
  readonly method: string;
  readonly path: string;
  readonly attempts: number;
  readonly appError: AppError = toAppError(this);

  constructor(message: string, details: { method: string; path: string; attempts: number; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'NetworkError';
    this.method = details.method;
    this.path = details.path;
    this.attempts = details.attempts;
  }
}

/**
 * The AppError of a Graph failure: a response by its status (with Retry-After and request id), a
 * connection that failed, or a write whose outcome stayed unknown, as offline.
 */
export function toAppError(error: GraphError | NetworkError): AppError {
  if (error instanceof NetworkError) return appError('offline');
  return appErrorOfStatus(error.status, { retryAfterMs: error.retryAfterMs ?? null, requestId: error.requestId });
}

/** True for GraphError and its subclasses, also across bundles where `instanceof` may fail. */
export function isGraphError(e: unknown): e is GraphError {
  if (e instanceof GraphError) return true;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { code?: unknown }).code === 'string' &&
    'requestId' in e
  );
}

interface GraphErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: { 'request-id'?: unknown; 'client-request-id'?: unknown };
  };
}

/**
 * Builds the typed error for a failed response. The request id comes from the body's
 * innerError, else the `request-id` header, else the client-request-id we sent.
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers: Headers,
  fallback: { requestId: string | null; retryAfterMs?: number },
): GraphError {
  const error = (typeof body === 'object' && body !== null ? (body as GraphErrorBody).error : undefined) ?? {};
  const code = typeof error.code === 'string' ? error.code : defaultCode(status);
  const message = typeof error.message === 'string' && error.message !== '' ? error.message : `Graph returned ${status}`;
  const inner = error.innerError?.['request-id'];
  const requestId = typeof inner === 'string' ? inner : (headers.get('request-id') ?? fallback.requestId);
  const details = { code, requestId, body, ...(fallback.retryAfterMs === undefined ? {} : { retryAfterMs: fallback.retryAfterMs }) };
  if (status === 412) return new ConflictError(message, details);
  return new GraphError(message, { ...details, status });
}

/** Graph's usual codes, for bodies that carry none (proxies, gateways). */
function defaultCode(status: number): string {
  switch (status) {
    case 400:
      return 'invalidRequest';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'accessDenied';
    case 404:
      return 'itemNotFound';
    case 409:
      return 'conflict';
    case 412:
      return 'preconditionFailed';
    case 429:
      return 'tooManyRequests';
    case 503:
      return 'serviceNotAvailable';
    case 504:
      return 'gatewayTimeout';
    default:
      return status >= 500 ? 'generalException' : 'unknownError';
  }
}
