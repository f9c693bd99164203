/**
 * Graph's error shape, as the local service sends it. Every handler throws `ServiceError`; the
 * HTTP layer and `$batch` turn it into `{"error":{"code","message","innerError":{…}}}`.
 * See https://learn.microsoft.com/en-us/graph/errors.
 */

/** A failure the service reports to the caller with a Graph error body. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** What identifies one request in error bodies and response headers. */
export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

/** Graph's JSON error body, with the innerError block Microsoft documents. */
export function errorBody(code: string, message: string, ids: RequestIds, now: Date): unknown {
  return {
    error: {
      code,
      message,
      innerError: {
        date: now.toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

export const notFound = (what: string): ServiceError => new ServiceError(404, 'itemNotFound', `${what} could not be found.`);
export const badRequest = (message: string): ServiceError => new ServiceError(400, 'invalidRequest', message);
export const accessDenied = (): ServiceError =>
  new ServiceError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
