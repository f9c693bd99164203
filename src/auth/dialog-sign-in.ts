/**
 * Sign-in through a dialog window, for Outlook clients without nested app authentication
 * (requirement set NestedAppAuth 1.1). The add-in opens `auth.html` in a dialog; that page signs in
 * with an ordinary MSAL redirect (./auth-dialog) and sends the token back. This file is the
 * protocol between the two: the page's address, its message, and how the add-in reads it. The host
 * opens the window (src/hosts/office-dialog.ts, Office's displayDialogAsync), so nothing here
 * touches office.js.
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 */
import type { FallbackToken } from '../domain/host-port';

/** What the dialog page sends to the add-in (JSON in `messageParent`). */
export type DialogMessage =
  { status: 'success'; accessToken: string; expiresOn: string | null } | { status: 'error'; errorCode: string; errorMessage: string };

/** A sign-in window the host opened. */
export interface SignInWindow {
  /** Called with each message the page sends, and its origin when the host says. */
  onMessage(cb: (message: string | undefined, origin: string | undefined) => void): void;
  /** Called when the window ends without a message: closed by the user, or failed with the host's code. */
  onEnd(cb: (end: { closedByUser: boolean; code: number | undefined }) => void): void;
  close(): void;
}

/** An error shaped like MSAL's, so the token provider's mapper gives the right Danish message. */
export function signInFailure(errorCode: string, errorMessage: string): Error {
  return Object.assign(new Error(errorMessage || errorCode), { errorCode, errorMessage });
}

/** Reads the dialog page's message; anything else is a failure, never a token. */
function parseMessage(text: string | undefined): DialogMessage {
  try {
    const value = JSON.parse(text ?? '') as Partial<DialogMessage>;
    if (value.status === 'success' && typeof value.accessToken === 'string' && value.accessToken) {
      return { status: 'success', accessToken: value.accessToken, expiresOn: typeof value.expiresOn === 'string' ? value.expiresOn : null };
    }
    if (value.status === 'error')
      return { status: 'error', errorCode: String(value.errorCode ?? 'failed'), errorMessage: String(value.errorMessage ?? '') };
  } catch {
    // fall through
  }
  return { status: 'error', errorCode: 'invalid_dialog_message', errorMessage: 'The sign-in dialog sent an unreadable message' };
}

/**
 * Opens `url` with `open` and resolves with the token the page sends back. Rejects when the window
 * cannot open (open rejects), when the user closes it (errorCode `user_cancelled`), or when the
 * page reports an MSAL error. Messages from another origin than `url`'s are ignored.
 */
export async function signInWithDialog(open: (url: string) => Promise<SignInWindow>, url: string): Promise<FallbackToken> {
  const expectedOrigin = new URL(url).origin;
  const dialog = await open(url);
  return new Promise<FallbackToken>((resolve, reject) => {
    dialog.onMessage((text, origin) => {
      if (origin && origin !== expectedOrigin) return;
      dialog.close();
      const message = parseMessage(text);
      if (message.status === 'success')
        resolve({ accessToken: message.accessToken, expiresOn: message.expiresOn ? new Date(message.expiresOn) : null });
      else reject(signInFailure(message.errorCode, message.errorMessage));
    });
    dialog.onEnd(({ closedByUser, code }) => {
      if (closedByUser) reject(signInFailure('user_cancelled', 'The sign-in dialog was closed'));
      else reject(signInFailure('dialog_failed', `The sign-in dialog failed (${code ?? 'unknown'})`));
    });
  });
}

/** The dialog page's address for these scopes (auth.html reads `scopes` back). */
export function dialogUrl(origin: string, scopes: string[]): string {
  return `${origin}/auth.html?${new URLSearchParams({ scopes: scopes.join(' ') }).toString()}`;
}
