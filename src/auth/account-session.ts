/**
 * Who is signed in, for the header's account control. In demo mode the development token decides
 * (the secretary, the note-taker with `?user=notetaker`, the read-only reader with `?user=reader`);
 * against a tenant the NAA token
 * provider does, and its state follows every token request (a failed request means signed out).
 */
import type { DemoUser } from './dev-token-provider';
import type { NaaTokenProvider } from './naa-token-provider';
import type { TokenProvider } from '../domain/ports';

export type AccountState =
  | { status: 'demo'; user: DemoUser }
  /** Before the first token request has answered: show nothing rather than a wrong "Log ind". */
  | { status: 'pending' }
  /** `name` is null when the token came through the Office dialog, which names no account. */
  | { status: 'signed-in'; name: string | null }
  | { status: 'signed-out' };

/** The account as the UI sees it; `state()` returns the same object until something changes. */
export interface AccountSession {
  state(): AccountState;
  subscribe(listener: () => void): () => void;
  /** Interactive sign-in; rejects with the provider's SignInError (Danish and English text). */
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}

function store(initial: AccountState) {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: AccountState) {
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      current = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The demo session: nothing to sign in to; the address chooses the user. */
export function demoSession(user: DemoUser): AccountSession {
  const state: AccountState = { status: 'demo', user };
  return { state: () => state, subscribe: () => () => undefined, signIn: async () => undefined, signOut: async () => undefined };
}

/**
 * The tenant session over the NAA provider, and the TokenProvider to give the Graph client:
 * the same provider, watched, so the header knows when the first token (or a failure) arrives.
 */
export function tenantSession(provider: NaaTokenProvider): { session: AccountSession; tokens: TokenProvider } {
  const state = store({ status: 'pending' });
  const signedIn = () => {
    const account = provider.getAccount();
    state.set({ status: 'signed-in', name: account?.name || account?.username || null });
  };
  const tokens: TokenProvider = {
    async getAccessToken(options) {
      try {
        const token = await provider.getAccessToken(options);
        signedIn();
        return token;
      } catch (error) {
        state.set({ status: 'signed-out' });
        throw error;
      }
    },
  };
  const session: AccountSession = {
    state: state.get,
    subscribe: state.subscribe,
    async signIn() {
      await provider.signIn();
      signedIn();
    },
    async signOut() {
      await provider.signOut();
      state.set({ status: 'signed-out' });
    },
  };
  return { session, tokens };
}
