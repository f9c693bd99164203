/**
 * The one place that sorts failures into what the user is told. Errors are read by shape
 * (`status`, `name`), not by class, so this file does not depend on the Graph layer's classes:
 * GraphError carries `status`, NetworkError is named 'NetworkError', a failed fetch is a TypeError.
 */

export type ErrorKind = 'signedOut' | 'forbidden' | 'notFound' | 'offline' | 'busy' | 'server' | 'outlookItem' | 'unknown';

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** Classifies a thrown value. */
export function errorKind(error: unknown): ErrorKind {
  const status = field(error, 'status');
  if (typeof status === 'number') {
    if (status === 401) return 'signedOut';
    if (status === 403) return 'forbidden';
    if (status === 404) return 'notFound';
    if (status === 429 || status === 503) return 'busy';
    if (status >= 500) return 'server';
    return 'unknown';
  }
  const name = field(error, 'name');
  // Sign-in failures (src/auth) carry their own Danish and English text; see signInText.
  if (name === 'SignInError') return 'signedOut';
  // The Outlook host could not read or save the invite being edited (src/hosts/outlook-compose.ts).
  if (name === 'ComposeItemError') return 'outlookItem';
  if (name === 'NetworkError' || (name === 'TypeError' && /fetch|network/i.test(String(field(error, 'message'))))) return 'offline';
  return 'unknown';
}

/** Whether an error means the data could not be reached at all, so a cached copy is worth showing. */
export function isUnreachable(error: unknown): boolean {
  const kind = errorKind(error);
  return kind === 'offline' || kind === 'busy' || kind === 'server';
}

/** The Graph request id, when the error has one (shown small, for support). */
export function requestIdOf(error: unknown): string | null {
  const id = field(error, 'requestId');
  return typeof id === 'string' && id ? id : null;
}

/** A sign-in error's own text in `language` (it explains consent, permissions, cancel), else null. */
export function signInText(error: unknown, language: 'da' | 'en'): string | null {
  if (field(error, 'name') !== 'SignInError') return null;
  const text = field(error, language === 'da' ? 'message' : 'messageEn');
  return typeof text === 'string' && text ? text : null;
}
