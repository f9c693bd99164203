import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
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
});
