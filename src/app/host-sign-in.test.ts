import { describe, expect, it } from 'vitest';
import type { HostSignIn } from '../domain/host-port';
import { bindHostSignIn } from './host-sign-in';

function binder() {
  const parts: HostSignIn[] = [];
  return { parts, bind: (part: HostSignIn) => void parts.push(part) };
}

const teamsPart: HostSignIn = { supportsNestedAppAuth: () => false, dialogFallback: async () => ({ accessToken: 't', expiresOn: null }) };

describe('binding the host’s part of sign-in', () => {
  it('in Teams binds Teams’ window and NAA check, and the host’s user as login hint', async () => {
    const { parts, bind } = binder();
    const origins: string[] = [];
    const host = { kind: 'teams' as const, loginHint: async () => 'referent@kommune.dk' };
    await bindHostSignIn(bind, host, 'https://punkt.kommune.dk', async (origin) => (origins.push(origin), teamsPart));
    expect(origins).toEqual(['https://punkt.kommune.dk']);
    expect(parts[0]?.dialogFallback).toBe(teamsPart.dialogFallback);
    expect(parts[0]?.supportsNestedAppAuth?.()).toBe(false);
    await expect(parts[0]?.loginHint?.()).resolves.toBe('referent@kommune.dk');
    expect(parts[0]?.plainBrowser?.()).toBe(false);
  });

  it('in a plain browser says so (MSAL’s popup) and loads nothing of Teams', async () => {
    const { parts, bind } = binder();
    await bindHostSignIn(bind, { kind: 'standalone' }, 'https://punkt.kommune.dk', async () => {
      throw new Error('teams-js must not load outside Teams');
    });
    expect(parts[0]?.plainBrowser?.()).toBe(true);
    expect(parts[0]?.loginHint).toBeUndefined();
  });

  it('in demo mode binds nothing', async () => {
    await expect(bindHostSignIn(undefined, { kind: 'teams' }, 'o', async () => Promise.reject(new Error('no')))).resolves.toBeUndefined();
  });
});
