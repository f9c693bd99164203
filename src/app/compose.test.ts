import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BilagLibrary } from '../domain/ports';
import { composeServices, onDemandBilag } from './compose';

const TENANT = {
  PUNKT_MODE: 'tenant',
  PUNKT_CLIENT_ID: '6b0f9d3e-8a51-4c2f-9a0e-3f1d2c4b5a69',
  PUNKT_TENANT_ID: 'kommune.onmicrosoft.com',
  PUNKT_SITE_ID: 'kommune.sharepoint.com,2c712604-1370-44e7-a1f5-426573fda80a,2d2244c3-251a-49ea-93a8-39e1c3a060fe',
};

function stub(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

afterEach(() => vi.unstubAllEnvs());

describe('composition root: demo or tenant', () => {
  it.each([
    ['punkt-dev-token', 'secretary'],
    ['punkt-dev-token-notetaker', 'notetaker'],
    ['punkt-dev-token-reader', 'reader'],
  ])('in demo mode uses the development token %s and names its demo user, the %s', async (token, user) => {
    stub({ PUNKT_MODE: 'demo' });
    const result = await composeServices({ token }, 'http://localhost:5173');
    expect(result.ok && result.account.state()).toEqual({ status: 'demo', user });
    expect(result.ok && result.bindSignIn).toBeUndefined();
  });

  it('in tenant mode with missing ids returns the ConfigError naming each one, before any sign-in', async () => {
    stub({ PUNKT_MODE: 'tenant', PUNKT_CLIENT_ID: '', PUNKT_TENANT_ID: '', PUNKT_SITE_ID: '' });
    const result = await composeServices({ token: 'punkt-dev-token' }, 'https://punkt.kommune.dk');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems.map((p) => `${p.variable}:${p.kind}`)).toEqual([
      'PUNKT_CLIENT_ID:missing',
      'PUNKT_TENANT_ID:missing',
      'PUNKT_SITE_ID:missing',
    ]);
    expect(result.message).toMatch(/^Punkt mangler konfiguration/);
  });

  it('in tenant mode the NAA account stays pending, and nothing is fetched, until the first token request', async () => {
    stub(TENANT);
    const fetches: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetches.push(String(url));
      throw new Error('no network in tests');
    });
    try {
      const result = await composeServices({ token: 'punkt-dev-token' }, 'https://punkt.kommune.dk');
      expect(result.ok && result.account.state()).toEqual({ status: 'pending' });
      // Sign-in learns the host (Teams' window, the login hint) once main knows it.
      expect(result.ok && typeof result.bindSignIn).toBe('function');
      // Nothing reached the network while composing: MSAL and Graph start at the first request.
      expect(fetches).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the Bilag library, loaded on demand (issue #13)', () => {
  const fake = (): BilagLibrary => ({ upload: async () => ({ name: 'x', url: null }) as never, browse: async () => [] });

  it('loads nothing until the first call, then once for every later call', async () => {
    const load = vi.fn(async () => fake());
    const bilag = onDemandBilag(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([bilag.browse(false, []), bilag.browse(true, ['2024'])]);
    await bilag.browse(false, []);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for the library again after a failed load (the chunk did not arrive)', async () => {
    const load = vi.fn<() => Promise<BilagLibrary>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(fake());
    const bilag = onDemandBilag(load);
    await expect(bilag.browse(false, [])).rejects.toThrow('offline');
    await expect(bilag.browse(false, [])).resolves.toEqual([]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("the composed library reaches the site's document library through Graph", async () => {
    stub({ PUNKT_MODE: 'demo' });
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(String(url));
      return new Response(JSON.stringify({ value: [{ name: '2024', folder: { childCount: 1 } }] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    try {
      const result = await composeServices({ token: 'punkt-dev-token' }, 'http://localhost:5173');
      if (!result.ok) throw new Error(result.message);
      expect(urls).toEqual([]);
      const entries = await result.services.bilag.browse(false, []);
      expect(entries.map((e) => e.name)).toEqual(['2024']);
      expect(decodeURIComponent(urls[0] ?? '')).toMatch(/\/drive\/root:\/Bilag:?\/children$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
