/**
 * One vocabulary for failures, whatever layer they come from. The Graph layer (src/graph/errors.ts),
 * the hosts (Office errors) and sign-in (src/auth) each map their own errors into an AppError once;
 * the features and the user-facing messages (src/ui/error-kind.ts) read only this type, through
 * `appErrorOf`, instead of reading `status` or `name` off whatever was thrown.
 */

/** What went wrong, in the words the app acts on. */
export type AppErrorKind =
  | 'offline' // no connection, or a write whose outcome stayed unknown
  | 'throttled' // the service asked us to slow down (429, 503)
  | 'forbidden' // signed in, but not allowed (403)
  | 'conflict' // someone changed it since we read it (412)
  | 'not-found' // 404
  | 'auth' // not signed in, or sign-in failed (401)
  | 'invalid' // the service refused the request as it stands (400, 409)
  | 'unavailable' // the service (or the host app) could not do it now (5xx)
  | 'unknown';

/** Where it failed: the data (Graph, a store), the host app (Outlook, Teams), or sign-in. */
export type AppErrorSource = 'data' | 'host' | 'sign-in';

/** What the user can do about it. */
export type UserRemedy = 'retry' | 'wait' | 'sign-in' | 'ask-for-access' | 'reload' | 'none';

/** A failure as every layer above the one it happened in reads it. */
export interface AppError {
  readonly kind: AppErrorKind;
  readonly source: AppErrorSource;
  /** The HTTP status, when the failure was an HTTP response. */
  readonly status: number | null;
  /** The wait the service asked for (Retry-After), in milliseconds. */
  readonly retryAfterMs: number | null;
  /** The service's request id, shown small for support. */
  readonly requestId: string | null;
  readonly remedy: UserRemedy;
}

/** An error of any layer that says what it means. */
export interface WithAppError {
  readonly appError: AppError;
}

const KINDS: ReadonlySet<string> = new Set<AppErrorKind>([
  'offline',
  'throttled',
  'forbidden',
  'conflict',
  'not-found',
  'auth',
  'invalid',
  'unavailable',
  'unknown',
]);

const REMEDIES: Record<AppErrorKind, UserRemedy> = {
  offline: 'retry',
  throttled: 'wait',
  forbidden: 'ask-for-access',
  conflict: 'reload',
  'not-found': 'reload',
  auth: 'sign-in',
  invalid: 'none',
  unavailable: 'retry',
  unknown: 'none',
};

/** Builds an AppError; the remedy follows from the kind. */
export function appError(
  kind: AppErrorKind,
  details: { source?: AppErrorSource; status?: number | null; retryAfterMs?: number | null; requestId?: string | null } = {},
): AppError {
  return {
    kind,
    source: details.source ?? 'data',
    status: details.status ?? null,
    retryAfterMs: details.retryAfterMs ?? null,
    requestId: details.requestId ?? null,
    remedy: REMEDIES[kind],
  };
}

/**
 * What an HTTP status means (RFC 9110; Graph's use of them: https://learn.microsoft.com/graph/errors).
 * 409 is 'invalid', not 'conflict': Graph sends it for a name or unique value that already exists,
 * which loading the other version would not resolve. 503 is 'throttled' with 429, as Graph and
 * SharePoint send both when throttling (https://learn.microsoft.com/graph/throttling).
 */
export function kindOfStatus(status: number): AppErrorKind {
  switch (status) {
    case 400:
    case 409:
      return 'invalid';
    case 401:
      return 'auth';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 412:
      return 'conflict';
    case 429:
    case 503:
      return 'throttled';
    default:
      return status >= 500 ? 'unavailable' : 'unknown';
  }
}

/** The AppError of an HTTP failure. */
export function appErrorOfStatus(status: number, details: { retryAfterMs?: number | null; requestId?: string | null } = {}): AppError {
  return appError(kindOfStatus(status), { status, retryAfterMs: details.retryAfterMs ?? null, requestId: details.requestId ?? null });
}

/**
 * The AppError of anything thrown, read once here, by shape, because errors cross bundles where
 * `instanceof` fails: the one an error carries (`appError`); else, for a store that is not ours (a
 * test fake, another backend), an error shaped like an HTTP failure (`status`, `retryAfterMs`,
 * `requestId`) or a connection that failed (named 'NetworkError', or a TypeError from fetch);
 * else 'unknown'.
 */
export function appErrorOf(error: unknown): AppError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  if (isAppError(e.appError)) return e.appError;
  if (typeof e.status === 'number') {
    return appErrorOfStatus(e.status, {
      retryAfterMs: typeof e.retryAfterMs === 'number' ? e.retryAfterMs : null,
      requestId: typeof e.requestId === 'string' && e.requestId !== '' ? e.requestId : null,
    });
  }
  if (e.name === 'NetworkError' || (e.name === 'TypeError' && /fetch|network/i.test(String(e.message)))) return appError('offline');
  return appError('unknown');
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, source, status } = value as Record<string, unknown>;
  return typeof kind === 'string' && KINDS.has(kind) && typeof source === 'string' && (status === null || typeof status === 'number');
}
