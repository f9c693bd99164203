/**
 * The host's part of sign-in, known only once the host is. The token provider is composed before
 * the host (both load side by side), so it gets this stand-in: it answers with the first part
 * (Outlook's, read from office.js) until the host's own part is bound, field by field.
 */
import type { FallbackToken, HostSignIn } from '../domain/host-port';
import { signInFailure } from './dialog-sign-in';

export interface LateHostSignIn {
  /** Give this to the token provider. */
  signIn: Required<HostSignIn>;
  /** Called once the host is known; its fields win over the first part's. */
  bind(part: HostSignIn): void;
}

/** A HostSignIn that delegates to `initial` until `bind` gives the host's own part. */
export function lateHostSignIn(initial: HostSignIn): LateHostSignIn {
  let bound: HostSignIn = {};
  const field = <K extends keyof HostSignIn>(key: K): HostSignIn[K] => bound[key] ?? initial[key];
  return {
    signIn: {
      supportsNestedAppAuth: () => field('supportsNestedAppAuth')?.() ?? true,
      dialogFallback: (scopes: string[]): Promise<FallbackToken> => {
        const fallback = field('dialogFallback');
        return fallback
          ? fallback(scopes)
          : Promise.reject(signInFailure('nested_app_auth_unavailable', 'This host has no sign-in window'));
      },
      loginHint: async () => field('loginHint')?.(),
      plainBrowser: () => field('plainBrowser')?.() ?? false,
    },
    bind(part) {
      bound = part;
    },
  };
}
