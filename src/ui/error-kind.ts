/**
 * The one place that sorts failures into what the user is told. It reads only the app's error
 * vocabulary (AppError, src/domain/app-error.ts) through `appErrorOf`: each layer has mapped its
 * own errors into it (Graph responses and lost connections, sign-in, the Outlook host).
 */
import { appErrorOf, type AppError } from '../domain/app-error';

export type ErrorKind =
  'signedOut' | 'forbidden' | 'notFound' | 'offline' | 'busy' | 'server' | 'outlookItem' | 'ambiguousMeeting' | 'unknown';

/** Classifies a thrown value. */
export function errorKind(error: unknown): ErrorKind {
  // Several stored agendas could be a moved meeting's (src/domain/moved-meeting.ts): read by name, as errors cross bundles.
  if ((error as { name?: unknown } | null)?.name === 'AmbiguousMovedMeetingError') return 'ambiguousMeeting';
  return kindOf(appErrorOf(error));
}

function kindOf(error: AppError): ErrorKind {
  // The Outlook host could not read or save the invite being edited (src/hosts/outlook-compose.ts).
  if (error.source === 'host') return error.kind === 'unavailable' ? 'outlookItem' : 'unknown';
  switch (error.kind) {
    // Sign-in failures (src/auth) carry their own Danish and English text; see signInText.
    case 'auth':
      return 'signedOut';
    case 'forbidden':
      return 'forbidden';
    case 'not-found':
      return 'notFound';
    case 'throttled':
      return 'busy';
    case 'unavailable':
      return 'server';
    case 'offline':
      return 'offline';
    default:
      return 'unknown';
  }
}

/** Whether an error means the data could not be reached at all, so a cached copy is worth showing. */
export function isUnreachable(error: unknown): boolean {
  const kind = errorKind(error);
  return kind === 'offline' || kind === 'busy' || kind === 'server';
}

/** The Graph request id, when the error has one (shown small, for support). */
export function requestIdOf(error: unknown): string | null {
  return appErrorOf(error).requestId;
}

/** A sign-in error's own text in `language` (it explains consent, permissions, cancel), else null. */
export function signInText(error: unknown, language: 'da' | 'en'): string | null {
  if (appErrorOf(error).source !== 'sign-in') return null;
  const text = (error as Record<string, unknown>)[language === 'da' ? 'message' : 'messageEn'];
  return typeof text === 'string' && text ? text : null;
}
