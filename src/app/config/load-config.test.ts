import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, PUBLIC_VARIABLES, graphBaseUrl, loadConfig, publicEnvironment, tenantSignInConfig } from './load-config';

const CLIENT = '6b0f9d3e-8a51-4c2f-9a0e-3f1d2c4b5a69';
const SITE = 'kommune.sharepoint.com,2c712604-1370-44e7-a1f5-426573fda80a,2d2244c3-251a-49ea-93a8-39e1c3a060fe';
const TENANT = { PUNKT_MODE: 'tenant', PUNKT_CLIENT_ID: CLIENT, PUNKT_TENANT_ID: 'kommune.onmicrosoft.com', PUNKT_SITE_ID: SITE };

function problemsOf(env: Record<string, string>) {
  const result = loadConfig(env);
  if (result.ok) throw new Error('expected a configuration error');
  return result.error;
}

describe('loadConfig', () => {
  it('defaults to demo mode with the local site', () => {
    expect(loadConfig({})).toEqual({ ok: true, config: { mode: 'demo', siteId: 'punkt-demo' } });
  });

  it('reads a complete tenant configuration with Graph and scope defaults, and no list names (the lists are always those provision creates)', () => {
    const result = loadConfig({ ...TENANT, PUNKT_LIST_ITEMS: 'Dagsordenspunkter' });
    expect(result).toEqual({
      ok: true,
      config: {
        mode: 'tenant',
        clientId: CLIENT,
        tenantId: 'kommune.onmicrosoft.com',
        siteId: SITE,
        graphBaseUrl: 'https://graph.microsoft.com/v1.0',
        sharePointScope: 'site',
      },
    });
  });

  it('names exactly the missing variables in tenant mode, in Danish and English', () => {
    const error = problemsOf({ PUNKT_MODE: 'tenant', PUNKT_TENANT_ID: 'kommune.onmicrosoft.com', PUNKT_CLIENT_ID: '   ' });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems.map((p) => [p.variable, p.kind])).toEqual([
      ['PUNKT_CLIENT_ID', 'missing'],
      ['PUNKT_SITE_ID', 'missing'],
    ]);
    expect(error.message).toBe(
      'Punkt mangler konfiguration for at forbinde til Microsoft 365:\n' +
        '- PUNKT_CLIENT_ID: mangler (Entra-appens klient-id, en GUID)\n' +
        '- PUNKT_SITE_ID: mangler (SharePoint-webstedets Graph-id: værtsnavn,GUID,GUID)',
    );
    expect(error.messageEn).toMatch(/^Punkt is not configured.*\n- PUNKT_CLIENT_ID: missing/);
  });

  it('tells malformed values apart from missing ones', () => {
    const error = problemsOf({
      ...TENANT,
      PUNKT_CLIENT_ID: 'punkt-app',
      PUNKT_SITE_ID: 'https://kommune.sharepoint.com/sites/chefforum',
      PUNKT_GRAPH_URL: 'http://graph.local',
    });
    expect(error.problems.map((p) => `${p.variable}:${p.kind}`)).toEqual([
      'PUNKT_CLIENT_ID:invalid',
      'PUNKT_SITE_ID:invalid',
      'PUNKT_GRAPH_URL:invalid',
    ]);
  });

  it('accepts a tenant GUID and the list-scoped SharePoint permission', () => {
    const result = loadConfig({
      ...TENANT,
      PUNKT_TENANT_ID: CLIENT,
      PUNKT_SHAREPOINT_SCOPE: 'lists',
      PUNKT_GRAPH_URL: 'https://graph.microsoft.com/v1.0/',
    });
    expect(
      result.ok && result.config.mode === 'tenant' && [result.config.tenantId, result.config.sharePointScope, result.config.graphBaseUrl],
    ).toEqual([CLIENT, 'lists', 'https://graph.microsoft.com/v1.0']);
  });

  it('rejects an unknown mode or SharePoint scope', () => {
    expect(problemsOf({ PUNKT_MODE: 'prod' }).problems[0]?.variable).toBe('PUNKT_MODE');
    expect(problemsOf({ ...TENANT, PUNKT_SHAREPOINT_SCOPE: 'all' }).problems.map((p) => p.variable)).toEqual(['PUNKT_SHAREPOINT_SCOPE']);
  });

  it('lets only ids and names into the browser bundle, never the CLI token', () => {
    expect(publicEnvironment({ ...TENANT, PUNKT_GRAPH_TOKEN: 'secret', PUNKT_HTTPS: '1', PATH: '/usr/bin' })).toEqual(TENANT);
  });

  it('bundles no list-name variables: nothing reads them', () => {
    expect(publicEnvironment({ ...TENANT, PUNKT_LIST_MEETINGS: 'Møder', PUNKT_LIST_ITEMS: 'Punkter' })).toEqual(TENANT);
  });

  it('documents in .env.example only variables the code reads', () => {
    // Settings that are parsed but never used mislead an administrator (issue #11: PUNKT_LIST_*).
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const example = readFileSync(`${root}.env.example`, 'utf8');
    const documented = [...example.matchAll(/^#?\s*(PUNKT_[A-Z_]+)=/gm)].map((m) => m[1]!);
    expect(documented).toContain('PUNKT_MODE');
    const readByScripts = ['PUNKT_APP_ID', 'PUNKT_XML_ADDIN_ID', 'PUNKT_HTTPS'];
    for (const name of documented) expect([...PUBLIC_VARIABLES, ...readByScripts], name).toContain(name);
  });
});

describe('what the composition root and the sign-in page read from the configuration', () => {
  it('uses the embedded service in demo mode and Graph in tenant mode', () => {
    const demo = loadConfig({});
    const tenant = loadConfig(TENANT);
    expect(demo.ok && graphBaseUrl(demo.config, 'https://localhost:5173')).toBe('https://localhost:5173/graph/v1.0');
    expect(tenant.ok && graphBaseUrl(tenant.config, 'https://punkt.kommune.dk')).toBe('https://graph.microsoft.com/v1.0');
  });

  it('gives the sign-in page the tenant, or says in English what is missing', () => {
    expect(tenantSignInConfig(TENANT)).toMatchObject({ clientId: CLIENT, tenantId: 'kommune.onmicrosoft.com', sharePointScope: 'site' });
    expect(() => tenantSignInConfig({ PUNKT_MODE: 'tenant' })).toThrow(/PUNKT_CLIENT_ID/);
    expect(() => tenantSignInConfig({})).toThrow(/PUNKT_MODE=tenant/);
  });
});
