/**
 * Sign-in through an Office dialog, for Outlook clients without nested app authentication
 * (requirement set NestedAppAuth 1.1). The add-in opens `auth.html` in a dialog window, that page
 * signs in with an ordinary MSAL redirect and sends the token back with `messageParent`.
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 */
import type { FallbackToken, NaaTokenProviderOptions } from '../auth/naa-token-provider';
import { officeAsync, type OfficeAsyncResult } from './office-async';

/** What the dialog page sends to the add-in (JSON in `messageParent`). */
export type DialogMessage =
  | { status: 'success'; accessToken: string; expiresOn: string | null }
  | { status: 'error'; errorCode: string; errorMessage: string };

/** What the add-in receives from the dialog: a message, or an event such as "closed by the user". */
export interface DialogEventArgs {
  message?: string;
  origin?: string | undefined;
  error?: number;
}

/** The slice of office.js' Office.Dialog used here. */
export interface OfficeDialogHandle {
  addEventHandler(eventType: unknown, handler: (args: DialogEventArgs) => void): void;
  close(): void;
}

/** The slice of the `Office` namespace this module uses (the real one, or a fake in tests). */
export interface OfficeDialogApi {
  context: {
    ui: {
      displayDialogAsync(url: string, options: { height: number; width: number; displayInIframe?: boolean }, callback: (result: OfficeAsyncResult<OfficeDialogHandle>) => void): void;
      messageParent?(message: string, options?: { targetOrigin?: string }): void;
    };
    requirements?: { isSetSupported(name: string, version?: string): boolean } | null;
    mailbox?: unknown;
  };
  EventType: { DialogMessageReceived: unknown; DialogEventReceived: unknown };
}

/** Office's code for "the user closed the dialog". */
const DIALOG_CLOSED = 12006;

/** An error shaped like MSAL's, so the token provider's mapper gives the right Danish message. */
function signInFailure(errorCode: string, errorMessage: string): Error {
  return Object.assign(new Error(errorMessage || errorCode), { errorCode, errorMessage });
}

/** Reads the dialog page's message; anything else is a failure, never a token. */
function parseMessage(text: string | undefined): DialogMessage {
  try {
    const value = JSON.parse(text ?? '') as Partial<DialogMessage>;
    if (value.status === 'success' && typeof value.accessToken === 'string' && value.accessToken) {
      return { status: 'success', accessToken: value.accessToken, expiresOn: typeof value.expiresOn === 'string' ? value.expiresOn : null };
    }
    if (value.status === 'error') return { status: 'error', errorCode: String(value.errorCode ?? 'failed'), errorMessage: String(value.errorMessage ?? '') };
  } catch {
    // fall through
  }
  return { status: 'error', errorCode: 'invalid_dialog_message', errorMessage: 'The sign-in dialog sent an unreadable message' };
}

/**
 * Opens `url` in an Office dialog and resolves with the token the page sends back. Rejects when
 * the dialog cannot open (another dialog open, popup blocked), when the user closes it
 * (errorCode `user_cancelled`), or when the page reports an MSAL error. Messages from another
 * origin than `url`'s are ignored.
 */
export async function signInWithOfficeDialog(office: OfficeDialogApi, url: string): Promise<FallbackToken> {
  const expectedOrigin = new URL(url).origin;
  // displayInIframe false: Entra's sign-in page refuses to be framed, so it needs its own window.
  const dialog = await officeAsync<OfficeDialogHandle>((callback) => office.context.ui.displayDialogAsync(url, { height: 60, width: 30, displayInIframe: false }, callback));
  return new Promise<FallbackToken>((resolve, reject) => {
    dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => {
      if (args.origin && args.origin !== expectedOrigin) return;
      dialog.close();
      const message = parseMessage(args.message);
      if (message.status === 'success') resolve({ accessToken: message.accessToken, expiresOn: message.expiresOn ? new Date(message.expiresOn) : null });
      else reject(signInFailure(message.errorCode, message.errorMessage));
    });
    dialog.addEventHandler(office.EventType.DialogEventReceived, (args) => {
      if (args.error === DIALOG_CLOSED) reject(signInFailure('user_cancelled', 'The sign-in dialog was closed'));
      else reject(signInFailure('dialog_failed', `The sign-in dialog failed (${args.error ?? 'unknown'})`));
    });
  });
}

/** Sends the dialog's result to the add-in; called by the dialog page (auth.html). */
export function replyToAddIn(office: OfficeDialogApi, message: DialogMessage, addInOrigin: string): void {
  const send = office.context.ui.messageParent;
  if (!send) throw new Error('Office.context.ui.messageParent is not available: auth.html must be opened by displayDialogAsync');
  send.call(office.context.ui, JSON.stringify(message), { targetOrigin: addInOrigin });
}

/** The dialog page's address for these scopes (auth.html reads `scopes` back). */
export function dialogUrl(origin: string, scopes: string[]): string {
  return `${origin}/auth.html?${new URLSearchParams({ scopes: scopes.join(' ') }).toString()}`;
}

/**
 * What Outlook contributes to the token provider: whether NAA is there, and the dialog fallback.
 * `getOffice` is read at sign-in time (office.js is ready by then); outside Outlook (Teams, a
 * plain browser) NAA is left to MSAL and there is no dialog.
 */
export function outlookSignIn(getOffice: () => OfficeDialogApi | undefined, origin: string): Pick<NaaTokenProviderOptions, 'supportsNestedAppAuth' | 'dialogFallback'> {
  const outlook = (): OfficeDialogApi | undefined => {
    const office = getOffice();
    return office?.context?.mailbox ? office : undefined;
  };
  return {
    supportsNestedAppAuth: () => {
      const office = outlook();
      if (!office) return true;
      return office.context.requirements?.isSetSupported('NestedAppAuth', '1.1') ?? false;
    },
    dialogFallback: (scopes) => {
      const office = outlook();
      if (!office) return Promise.reject(signInFailure('nested_app_auth_unavailable', 'No Office dialog outside Outlook'));
      return signInWithOfficeDialog(office, dialogUrl(origin, scopes));
    },
  };
}
