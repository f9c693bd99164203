import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { buildTeamsHost } from '../tests/e2e/support/app-server';
import { rewriteTeamsHost } from './vite-teams-host';

const rewrite = (url: string): string => {
  const req = { url } as IncomingMessage;
  rewriteTeamsHost(req, {} as ServerResponse, () => undefined);
  return req.url ?? '';
};

describe('the local Teams host plugin', () => {
  it('serves /teams-host.html, with its query, from teams-host/index.html and leaves other addresses alone', () => {
    expect(rewrite('/teams-host.html')).toBe('/teams-host/index.html');
    expect(rewrite('/teams-host.html?user=notetaker&frame=config')).toBe('/teams-host/index.html?user=notetaker&frame=config');
    expect(rewrite('/?role=config')).toBe('/?role=config');
    expect(rewrite('/teams-host.htmlx')).toBe('/teams-host.htmlx');
  });

  it('is part of the dev server only: the production build has neither the plugin nor the page', async () => {
    const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
    const [serve, build] = await Promise.all([
      resolveConfig({ configFile, logLevel: 'silent' }, 'serve'),
      resolveConfig({ configFile, logLevel: 'silent' }, 'build'),
    ]);
    expect(serve.plugins.map((p) => p.name)).toContain('punkt-teams-host');
    expect(build.plugins.map((p) => p.name)).not.toContain('punkt-teams-host');
    const inputs = Object.values(build.build.rolldownOptions.input as Record<string, string>);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((input) => input.includes('teams-host'))).toEqual([]);
  });

  it('builds on its own for the teams-visible benchmark: the page, its one script and style under teams-host-assets/, no office.js', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'punkt-teams-host-build-'));
    try {
      await buildTeamsHost(outDir);
      const html = readFileSync(join(outDir, 'teams-host/index.html'), 'utf8');
      const files = [...html.matchAll(/(?:src|href)="(\/teams-host-assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
      expect(files.filter((f) => f.endsWith('.js'))).toHaveLength(1);
      expect(files.filter((f) => f.endsWith('.css'))).toHaveLength(1);
      for (const file of files) expect(existsSync(join(outDir, file))).toBe(true);
      // Built, not the dev server's source page; and no office.js, which would blank a framed page.
      expect(html).not.toContain('main.ts');
      expect(html).not.toContain('office');
      // Nothing under assets/, where the app's build is served beside it.
      expect(readdirSync(outDir).sort()).toEqual(['teams-host', 'teams-host-assets']);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
