// @vitest-environment jsdom
import '../../tests/setup-dom';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoSession, tenantSession, type AccountSession } from '../auth/account-session';
import { SignInError, createNaaTokenProvider, type NaaClient, type NaaTokenProvider } from '../auth/naa-token-provider';
import type { Language } from '../ui/i18n';
import { createFakeHost } from '../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { AccountControl, demoUserHref } from './AccountControl';
import { providers } from '../../tests/helpers/ui/providers';

/** MSAL's account, as the provider names it (MSAL itself stays inside src/auth). */
type AccountInfo = NonNullable<ReturnType<NaaTokenProvider['getAccount']>>;

const ALICE = { name: 'Alice Andersen', username: 'alice@kommune.dk' } as AccountInfo;

/** A hand-written NAA provider: the test decides what sign-in and tokens do. */
class FakeProvider implements NaaTokenProvider {
  account: AccountInfo | null = null;
  signInResult: () => Promise<AccountInfo | null> = async () => ALICE;
  token: () => Promise<string> = async () => 'token';
  signOuts = 0;
  getAccessToken = () => this.token().then((t) => ((this.account ??= ALICE), t));
  signIn = () => this.signInResult().then((a) => (this.account = a));
  async signOut() {
    this.signOuts++;
    this.account = null;
  }
  getAccount = () => this.account;
}

function show(session: AccountSession, language: Language = 'da', onChanged?: () => void) {
  const services = {
    host: createFakeHost(),
    agenda: new InMemoryAgendaSource(),
    calendar: new InMemoryCalendar(),
    now: () => new Date(),
    storage: null,
  };
  return render(<AccountControl session={session} onChanged={onChanged} />, { wrapper: providers({ language, services }) });
}

describe('the account control', () => {
  it.each([
    ['secretary', 'Sekretær Demo'],
    ['notetaker', 'Referent Demo'],
    ['reader', 'Leder Demo (kun læseadgang)'],
  ] as const)('names the demo user %s by who they are in the demo: %s', (user, name) => {
    show(demoSession(user));
    expect(screen.getByText(name)).toBeInTheDocument();
    expect(screen.queryByText('Demo-bruger')).not.toBeInTheDocument();
  });

  it('"Skift bruger" offers the other two demo users, each a link to the same address with its ?user=', async () => {
    history.replaceState(null, '', '/?role=notes&user=notetaker&lang=da');
    try {
      show(demoSession('notetaker'));
      await userEvent.click(screen.getByRole('button', { name: 'Skift bruger' }));
      const items = await screen.findAllByRole('menuitem');
      expect(items.map((item) => [item.textContent, item.getAttribute('href')])).toEqual([
        ['Sekretær Demo', '?role=notes&lang=da'],
        ['Leder Demo (kun læseadgang)', '?role=notes&user=reader&lang=da'],
      ]);
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('in English names the reader and offers the secretary and the note-taker', async () => {
    show(demoSession('reader'), 'en');
    expect(screen.getByText('Manager Demo (read-only)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Switch user' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => [item.textContent, item.getAttribute('href')])).toEqual([
      ['Secretary Demo', '?'],
      ['Note-taker Demo', '?user=notetaker'],
    ]);
    expect(demoUserHref('?role=notes&user=reader&lang=en', 'secretary')).toBe('?role=notes&lang=en');
    expect(demoUserHref('?role=notes', 'reader')).toBe('?role=notes&user=reader');
  });

  it('shows nothing until the first token request has answered', async () => {
    const provider = new FakeProvider();
    const { session, tokens } = tenantSession(provider);
    show(session);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await tokens.getAccessToken();
    expect(await screen.findByText('Logget ind som Alice Andersen')).toBeInTheDocument();
  });

  it('signs out with "Log ud" and then offers "Log ind", which signs in again', async () => {
    const provider = new FakeProvider();
    const { session, tokens } = tenantSession(provider);
    await tokens.getAccessToken();
    let changes = 0;
    show(session, 'da', () => changes++);
    await userEvent.click(screen.getByRole('button', { name: 'Log ud' }));
    expect(await screen.findByRole('button', { name: 'Log ind' })).toBeInTheDocument();
    expect(screen.getByText('Ikke logget ind')).toBeInTheDocument();
    expect(provider.signOuts).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByRole('button', { name: 'Log ud' })).toBeInTheDocument();
    expect(changes).toBe(2);
  });

  it('says in Danish that an administrator must consent when sign-in lacks consent', async () => {
    const provider = new FakeProvider();
    provider.token = async () => Promise.reject(new SignInError('signed-out'));
    provider.signInResult = async () => Promise.reject(new SignInError('consent-required', 'AADSTS65001'));
    const { session, tokens } = tenantSession(provider);
    await tokens.getAccessToken().catch(() => undefined);
    show(session);
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByText(/Bed din it-administrator om at give administratorsamtykke til Punkt/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log ind' })).toBeEnabled();
  });

  it('explains missing permissions in English with ?lang=en', async () => {
    const provider = new FakeProvider();
    provider.token = async () => Promise.reject(new SignInError('signed-out'));
    provider.signInResult = async () => Promise.reject(new SignInError('permission-missing'));
    const { session, tokens } = tenantSession(provider);
    await tokens.getAccessToken().catch(() => undefined);
    show(session, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/grant access to the Punkt SharePoint site or lists/)).toBeInTheDocument();
  });

  it('uses the host’s name for the user when the token came through the Office dialog', async () => {
    const provider = new FakeProvider();
    const { session, tokens } = tenantSession(provider);
    provider.getAccessToken = async () => 'dialog-token'; // the dialog names no account
    await tokens.getAccessToken();
    show(session);
    await waitFor(() => expect(screen.getByText('Logget ind som Test Bruger')).toBeInTheDocument());
  });

  describe('with MSAL’s NAA behaviour', () => {
    /** MSAL's NAA controller at its public API: the host says "interaction required" until the popup ran; clearCache is unsupported. */
    function naa() {
      const calls: string[] = [];
      let signedIn = false;
      const client: NaaClient = {
        acquireTokenSilent: async () => {
          calls.push('silent');
          if (!signedIn) throw Object.assign(new Error('interaction_required'), { errorCode: 'interaction_required' });
          return { accessToken: 'token', account: ALICE };
        },
        acquireTokenPopup: async () => {
          calls.push('popup');
          signedIn = true;
          return { accessToken: 'token', account: ALICE };
        },
        getActiveAccount: () => null,
        getAllAccounts: () => [],
        setActiveAccount: () => undefined,
        clearCache: async () => Promise.reject(Object.assign(new Error('unsupported_method'), { errorCode: 'unsupported_method' })),
      };
      const provider = createNaaTokenProvider({
        configuration: { auth: { clientId: 'c' } },
        scopes: ['s'],
        createClient: async () => client,
      });
      return { calls, ...tenantSession(provider) };
    }

    it('on load offers "Log ind" without a popup, and opens the prompt only on the click', async () => {
      const { calls, session, tokens } = naa();
      show(session);
      await expect(tokens.getAccessToken()).rejects.toMatchObject({ kind: 'sign-in-needed' });
      expect(await screen.findByRole('button', { name: 'Log ind' })).toBeInTheDocument();
      expect(calls).toEqual(['silent']);
      await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));
      expect(await screen.findByText('Logget ind som Alice Andersen')).toBeInTheDocument();
      expect(calls).toEqual(['silent', 'popup']);
    });

    it('signs out without an error bar although NAA’s clearCache throws unsupported_method', async () => {
      const { session } = naa();
      show(session);
      await act(() => session.signIn());
      await userEvent.click(await screen.findByRole('button', { name: 'Log ud' }));
      expect(await screen.findByRole('button', { name: 'Log ind' })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });
});
