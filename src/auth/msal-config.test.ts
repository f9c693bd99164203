import { afterEach, describe, expect, it, vi } from 'vitest';
import { msalConfiguration, popupRedirectUri } from './msal-config';

const SETTINGS = { clientId: '6b0f9d3e-8a51-4c2f-9a0e-3f1d2c4b5a69', tenantId: 'kommune.onmicrosoft.com' };

afterEach(() => vi.unstubAllGlobals());

describe('MSAL configuration', () => {
  it("returns the plain browser's popup to redirect.html, the redirect bridge MSAL v5 needs", () => {
    expect(popupRedirectUri('https://punkt.kommune.dk')).toBe('https://punkt.kommune.dk/redirect.html');
    expect(msalConfiguration({ ...SETTINGS, origin: 'https://punkt.kommune.dk' }).auth.redirectUri).toBe(
      'https://punkt.kommune.dk/redirect.html',
    );
  });

  it("takes the page's own origin when none is given", () => {
    vi.stubGlobal('location', { origin: 'https://localhost:5173', href: 'https://localhost:5173/?role=notes' });
    expect(msalConfiguration(SETTINGS).auth.redirectUri).toBe('https://localhost:5173/redirect.html');
  });

  it('keeps an explicit redirect URI (the Office dialog returns to auth.html)', () => {
    const auth = msalConfiguration({
      ...SETTINGS,
      origin: 'https://punkt.kommune.dk',
      redirectUri: 'https://punkt.kommune.dk/auth.html',
    }).auth;
    expect(auth.redirectUri).toBe('https://punkt.kommune.dk/auth.html');
  });

  it('keeps tokens in sessionStorage and signs in against the tenant', () => {
    const config = msalConfiguration(SETTINGS);
    expect(config.cache?.cacheLocation).toBe('sessionStorage');
    expect(config.auth.authority).toBe('https://login.microsoftonline.com/kommune.onmicrosoft.com');
  });
});
