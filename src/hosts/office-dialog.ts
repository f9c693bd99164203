/**
 * Outlook's part of signing in without nested app authentication: Office's dialog window
 * (displayDialogAsync, messageParent) and whether the mailbox supports NestedAppAuth 1.1. The
 * sign-in protocol over that window (the page's address and message) is src/auth/dialog-sign-in.
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
 */
import { dialogUrl, signInFailure, signInWithDialog, type DialogMessage, type SignInWindow } from '../auth/dialog-sign-in';
import type { FallbackToken, HostSignIn } from '../domain/host-port';
import { officeAsync, type OfficeAsyncResult } from './office-async';

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
      displayDialogAsync(
        url: string,
        options: { height: number; width: number; displayInIframe?: boolean },
        callback: (result: OfficeAsyncResult<OfficeDialogHandle>) => void,
      ): void;
      messageParent?(message: string, options?: { targetOrigin?: string }): void;
    };
    requirements?: { isSetSupported(name: string, version?: string): boolean } | null;
    mailbox?: unknown;
  };
  /** Office.auth; getAuthContext is requirement set NestedAppAuth 1.1. */
  auth?: { getAuthContext?(): Promise<{ userPrincipalName?: string }> };
  EventType: { DialogMessageReceived: unknown; DialogEventReceived: unknown };
}

/** Office's code for "the user closed the dialog". */
const DIALOG_CLOSED = 12006;

/** Opens `url` in an Office dialog window, as the sign-in protocol's SignInWindow. */
function openOfficeDialog(office: OfficeDialogApi): (url: string) => Promise<SignInWindow> {
  return async (url) => {
    // displayInIframe false: Entra's sign-in page refuses to be framed, so it needs its own window.
    const dialog = await officeAsync<OfficeDialogHandle>((callback) =>
      office.context.ui.displayDialogAsync(url, { height: 60, width: 30, displayInIframe: false }, callback),
    );
    return {
      onMessage: (cb) => dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => cb(args.message, args.origin)),
      onEnd: (cb) =>
        dialog.addEventHandler(office.EventType.DialogEventReceived, (args) =>
          cb({ closedByUser: args.error === DIALOG_CLOSED, code: args.error }),
        ),
      close: () => dialog.close(),
    };
  };
}

/**
 * Signs in through auth.html in an Office dialog. Rejects (never throws inside an Office callback)
 * when the dialog cannot open, for example while another dialog is open.
 */
export function signInWithOfficeDialog(office: OfficeDialogApi, url: string): Promise<FallbackToken> {
  return signInWithDialog(openOfficeDialog(office), url);
}

/** Sends the dialog's result to the add-in; called by the dialog page (auth.html). */
export function replyToAddIn(office: OfficeDialogApi, message: DialogMessage, addInOrigin: string): void {
  const send = office.context.ui.messageParent;
  if (!send) throw new Error('Office.context.ui.messageParent is not available: auth.html must be opened by displayDialogAsync');
  send.call(office.context.ui, JSON.stringify(message), { targetOrigin: addInOrigin });
}

/** The slice of `Office` the login hint reads (also part of the Outlook host's Office). */
export type OutlookAuthApi = Pick<OfficeDialogApi, 'auth'> & { context: Pick<OfficeDialogApi['context'], 'requirements'> };

/**
 * The user Outlook is signed in as (UPN), MSAL's login hint: Office.auth.getAuthContext(), which
 * needs NestedAppAuth 1.1; undefined where Outlook lacks it or does not answer.
 * https://learn.microsoft.com/javascript/api/office/office.auth#office-office-auth-getauthcontext-member(1)
 */
export async function outlookLoginHint(office: OutlookAuthApi | undefined): Promise<string | undefined> {
  const getAuthContext = office?.auth?.getAuthContext;
  if (!getAuthContext || !office.context.requirements?.isSetSupported('NestedAppAuth', '1.1')) return undefined;
  try {
    return (await getAuthContext.call(office.auth)).userPrincipalName || undefined;
  } catch {
    return undefined;
  }
}

/**
 * What Outlook contributes to the token provider: whether NAA is there, the user as login hint,
 * and the dialog fallback.
 * `getOffice` is read at sign-in time (office.js is ready by then); outside Outlook (Teams, a
 * plain browser) NAA is left to MSAL and there is no dialog.
 */
export function outlookSignIn(getOffice: () => OfficeDialogApi | undefined, origin: string): HostSignIn {
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
    loginHint: () => outlookLoginHint(outlook()),
  };
}
