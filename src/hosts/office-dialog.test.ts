import { describe, expect, it } from 'vitest';
import { SignInError, createNaaTokenProvider } from '../auth/naa-token-provider';
import type { OfficeAsyncResult } from './office-async';
import { dialogUrl } from '../auth/dialog-sign-in';
import {
  outlookLoginHint,
  outlookSignIn,
  replyToAddIn,
  signInWithOfficeDialog,
  type DialogEventArgs,
  type OfficeDialogApi,
  type OfficeDialogHandle,
} from './office-dialog';

const MESSAGE = 'DialogMessageReceived';
const EVENT = 'DialogEventReceived';

/** A hand-written Office with a dialog the test drives: it records what was opened and sent. */
class FakeOffice implements OfficeDialogApi {
  opened: { url: string; displayInIframe?: boolean }[] = [];
  sent: { message: string; targetOrigin?: string }[] = [];
  closed = 0;
  openFails: { message: string; code: number } | null = null;
  nestedAppAuth = true;
  private handlers = new Map<unknown, (args: DialogEventArgs) => void>();
  EventType = { DialogMessageReceived: MESSAGE, DialogEventReceived: EVENT };
  context: OfficeDialogApi['context'] = {
    mailbox: {},
    requirements: {
      isSetSupported: (name: string, version?: string) => name === 'NestedAppAuth' && version === '1.1' && this.nestedAppAuth,
    },
    ui: {
      displayDialogAsync: (url, options, callback: (result: OfficeAsyncResult<OfficeDialogHandle>) => void) => {
        this.opened.push({ url, displayInIframe: options.displayInIframe });
        const dialog: OfficeDialogHandle = {
          addEventHandler: (type, handler) => this.handlers.set(type, handler),
          close: () => this.closed++,
        };
        // office.js answers asynchronously; so does the fake.
        queueMicrotask(() =>
          callback(
            this.openFails
              ? { status: 'failed', value: undefined as never, error: this.openFails }
              : { status: 'succeeded', value: dialog },
          ),
        );
      },
      messageParent: (message, options) => this.sent.push({ message, targetOrigin: options?.targetOrigin }),
    },
  };

  /** Waits until the dialog is open, then delivers `args` as a message or event. */
  async fire(type: typeof MESSAGE | typeof EVENT, args: DialogEventArgs): Promise<void> {
    while (!this.handlers.has(type)) await new Promise((r) => setTimeout(r, 0));
    this.handlers.get(type)!(args);
  }
}

const ORIGIN = 'https://punkt.kommune.dk';
const URL_ = dialogUrl(ORIGIN, ['https://graph.microsoft.com/User.Read', 'https://graph.microsoft.com/Sites.Selected']);

describe('Office dialog sign-in', () => {
  it('opens auth.html in its own window and resolves with the token the page sends', async () => {
    const office = new FakeOffice();
    const token = signInWithOfficeDialog(office, URL_);
    await office.fire(MESSAGE, {
      origin: ORIGIN,
      message: JSON.stringify({ status: 'success', accessToken: 'abc', expiresOn: '2026-03-13T09:00:00.000Z' }),
    });
    await expect(token).resolves.toEqual({ accessToken: 'abc', expiresOn: new Date('2026-03-13T09:00:00.000Z') });
    expect(office.opened).toEqual([
      {
        url: `${ORIGIN}/auth.html?scopes=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read+https%3A%2F%2Fgraph.microsoft.com%2FSites.Selected`,
        displayInIframe: false,
      },
    ]);
    expect(office.closed).toBe(1);
  });

  it('ignores a message from another origin', async () => {
    const office = new FakeOffice();
    const token = signInWithOfficeDialog(office, URL_);
    await office.fire(MESSAGE, {
      origin: 'https://evil.example',
      message: JSON.stringify({ status: 'success', accessToken: 'stolen', expiresOn: null }),
    });
    await office.fire(MESSAGE, { origin: ORIGIN, message: JSON.stringify({ status: 'success', accessToken: 'ours', expiresOn: null }) });
    await expect(token).resolves.toEqual({ accessToken: 'ours', expiresOn: null });
  });

  it('rejects (not throws inside the callback) when the dialog cannot open', async () => {
    const office = new FakeOffice();
    office.openFails = { message: 'A dialog box is already opened', code: 12007 };
    await expect(signInWithOfficeDialog(office, URL_)).rejects.toMatchObject({ name: 'OfficeAsyncError', code: 12007 });
  });

  it('reports a dialog closed by the user as cancelled, in Danish, through the token provider', async () => {
    const office = new FakeOffice();
    office.nestedAppAuth = false;
    const provider = createNaaTokenProvider({
      configuration: { auth: { clientId: 'c' } },
      scopes: ['https://graph.microsoft.com/User.Read'],
      createClient: async () => {
        throw new Error('MSAL must not be created without NAA');
      },
      ...outlookSignIn(() => office, ORIGIN),
    });
    const token = provider.signIn(); // the dialog opens only from the user's click
    await office.fire(EVENT, { error: 12006 });
    const error = (await token.catch((e: unknown) => e)) as SignInError;
    expect(error).toBeInstanceOf(SignInError);
    expect(error.kind).toBe('cancelled');
    expect(error.message).toMatch(/Login blev annulleret/);
  });

  it('passes an Entra consent error from the dialog page on as the admin-consent message', async () => {
    const office = new FakeOffice();
    office.nestedAppAuth = false;
    const provider = createNaaTokenProvider({
      configuration: { auth: { clientId: 'c' } },
      scopes: ['s'],
      ...outlookSignIn(() => office, ORIGIN),
    });
    const token = provider.signIn();
    await office.fire(MESSAGE, {
      origin: ORIGIN,
      message: JSON.stringify({ status: 'error', errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: not consented' }),
    });
    await expect(token).rejects.toMatchObject({ kind: 'consent-required' });
  });

  it('treats an unreadable message as a failure, never as a token', async () => {
    const office = new FakeOffice();
    const token = signInWithOfficeDialog(office, URL_);
    await office.fire(MESSAGE, { origin: ORIGIN, message: 'not json' });
    await expect(token).rejects.toMatchObject({ errorCode: 'invalid_dialog_message' });
  });

  it('asks Outlook for NestedAppAuth 1.1 and leaves NAA to MSAL outside Outlook', async () => {
    const office = new FakeOffice();
    office.nestedAppAuth = false;
    expect(await outlookSignIn(() => office, ORIGIN).supportsNestedAppAuth!()).toBe(false);
    office.nestedAppAuth = true;
    expect(await outlookSignIn(() => office, ORIGIN).supportsNestedAppAuth!()).toBe(true);
    const teams = outlookSignIn(() => undefined, ORIGIN);
    expect(await teams.supportsNestedAppAuth!()).toBe(true);
    await expect(teams.dialogFallback!(['s'])).rejects.toMatchObject({ errorCode: 'nested_app_auth_unavailable' });
  });

  it('lets the dialog page reply to the add-in origin only', () => {
    const office = new FakeOffice();
    replyToAddIn(office, { status: 'success', accessToken: 't', expiresOn: null }, ORIGIN);
    expect(office.sent).toEqual([
      { message: JSON.stringify({ status: 'success', accessToken: 't', expiresOn: null }), targetOrigin: ORIGIN },
    ]);
  });

  it('gives Outlook’s user (Office.auth.getAuthContext) as login hint, only where NestedAppAuth 1.1 is supported', async () => {
    const office = Object.assign(new FakeOffice(), {
      auth: { getAuthContext: async () => ({ userPrincipalName: 'alice@kommune.dk', tenantId: 't', userObjectId: 'o' }) },
    });
    await expect(outlookSignIn(() => office, ORIGIN).loginHint!()).resolves.toBe('alice@kommune.dk');
    office.nestedAppAuth = false;
    await expect(outlookSignIn(() => office, ORIGIN).loginHint!()).resolves.toBeUndefined();
    office.nestedAppAuth = true;
    office.auth.getAuthContext = async () => Promise.reject(new Error('GenericException'));
    await expect(outlookLoginHint(office)).resolves.toBeUndefined();
    await expect(outlookLoginHint(new FakeOffice())).resolves.toBeUndefined(); // an Outlook without Office.auth
  });
});
