/**
 * Why sign-in failed, in the user's words: one error type with a Danish message (`message`) and
 * its English text (`messageEn`) for the one error mapper in the UI, and the mapping from MSAL's
 * and Entra's error codes onto it.
 */
import { appError, type AppError, type WithAppError } from '../domain/app-error';

/**
 * Why sign-in failed. 'sign-in-needed': the silent request on load could not get a token (no
 * account yet, an expired session, consent to give) and only the user's click on "Log ind" may
 * open a prompt. 'browser-popup': in a plain browser MSAL's sign-in window could not open.
 */
export type SignInErrorKind =
  'consent-required' | 'permission-missing' | 'cancelled' | 'unavailable' | 'browser-popup' | 'sign-in-needed' | 'signed-out' | 'failed';

const MESSAGES: Record<SignInErrorKind, { da: string; en: string }> = {
  'consent-required': {
    da: 'Punkt har ikke fået samtykke til at læse dine data. Bed din it-administrator om at give administratorsamtykke til Punkt.',
    en: 'Punkt has not been granted consent to read your data. Ask your IT administrator to grant admin consent to Punkt.',
  },
  'permission-missing': {
    da: 'Du eller Punkt mangler adgang. Bed din it-administrator om at give adgang til Punkts SharePoint-websted eller -lister.',
    en: 'You or Punkt lack access. Ask your IT administrator to grant access to the Punkt SharePoint site or lists.',
  },
  cancelled: { da: 'Login blev annulleret. Prøv igen, når du er klar.', en: 'Sign-in was cancelled. Try again when you are ready.' },
  unavailable: {
    da: 'Login er ikke muligt i denne version af Outlook eller Teams. Opdatér programmet eller brug Outlook på nettet.',
    en: 'Sign-in is not possible in this version of Outlook or Teams. Update the app or use Outlook on the web.',
  },
  'browser-popup': {
    da: 'Microsofts loginvindue kunne ikke åbne. Tillad pop op-vinduer for denne side i browseren, og klik på Log ind igen. Du kan også åbne Punkt i Outlook eller Teams.',
    en: "Microsoft's sign-in window could not open. Allow pop-ups for this page in your browser and select Sign in again. You can also open Punkt in Outlook or Teams.",
  },
  'sign-in-needed': { da: 'Log ind for at bruge Punkt: klik på Log ind øverst.', en: 'Sign in to use Punkt: select Sign in at the top.' },
  'signed-out': { da: 'Du er logget ud af Punkt. Log ind for at fortsætte.', en: 'You are signed out of Punkt. Sign in to continue.' },
  failed: { da: 'Login mislykkedes. Prøv igen om lidt.', en: 'Sign-in failed. Try again shortly.' },
};

/** A sign-in failure with a Danish message (`message`) and its English text (`messageEn`). */
export class SignInError extends Error implements WithAppError {
  readonly messageEn: string;
  readonly appError: AppError = appError('auth', { source: 'sign-in' });
  constructor(
    readonly kind: SignInErrorKind,
    readonly detail: string = '',
  ) {
    super(MESSAGES[kind].da);
    this.name = 'SignInError';
    this.messageEn = MESSAGES[kind].en;
  }
}

/** MSAL error codes meaning "the host cannot broker tokens here": use the dialog fallback. */
const UNAVAILABLE = [
  'nested_app_auth_unavailable',
  'nested_app_auth_bridge_disabled',
  'unsupported_method',
  'block_nested_popups',
  'popup_window_error',
  'empty_window_error',
];

/** The error code and text of an MSAL error (or anything else thrown). */
export function describeError(error: unknown): { code: string; text: string } {
  const e = (error ?? {}) as { errorCode?: unknown; subError?: unknown; errorMessage?: unknown; message?: unknown };
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const text = [e.errorMessage, e.message, e.subError].filter((part) => typeof part === 'string').join(' ');
  return { code, text };
}

/** Maps an MSAL/Entra error to a SignInError kind (AADSTS codes are the stable part of the text). */
export function classifySignInError(error: unknown): SignInErrorKind {
  const { code, text } = describeError(error);
  if (UNAVAILABLE.includes(code)) return 'unavailable';
  if (code === 'user_cancelled' || /AADSTS65004\b/.test(text)) return 'cancelled';
  if (/AADSTS65001\b/.test(text) || code === 'consent_required') return 'consent-required';
  if (/AADSTS(90094|90008|50105|53003)\b/.test(text) || code === 'access_denied') return 'permission-missing';
  return 'failed';
}

/** True for MSAL's unsupported_method, which NAA's clearCache (and others) always throw. */
export function isUnsupportedMethod(error: unknown): boolean {
  return describeError(error).code === 'unsupported_method';
}
