/**
 * What every page benchmark stands on: Punkt's production build (and, when asked, the local Teams
 * host's build and Microsoft's template page), office.js from the npm copy and a seeded local Graph
 * service, all on one HTTP/1.1 server (./_page-server), plus a browser. Everything is removed afterwards.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createLocalGraphMiddleware } from '../../local-graph/src/index';
import { buildApp, buildTeamsHost, repoRoot } from '../../tests/e2e/support/app-server';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { entryScript } from './_entry-script';
import { startPageServer, type Mounts, type PageServer } from './_page-server';
import { OFFICE_PATHS } from './_visible';

const TEMPLATE_DIR = process.env.PUNKT_TEMPLATE_DIR ?? join(repoRoot, '../shared/baselines/office-addin-taskpane-react');
const OFFICE_DIR = join(repoRoot, 'node_modules/@microsoft/office-js/dist');
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface SiteOptions {
  /** Names the temporary folders (punkt-bench-NAME-…). */
  name: string;
  /** Build with sourcemaps (the CPU profile maps its samples back to sources). */
  sourcemap?: boolean;
  /** Serve Microsoft's template page at /template/. */
  template?: boolean;
  /** Build and serve the local Teams host at /teams-host/. */
  teamsHost?: boolean;
}

export interface BenchSite {
  server: PageServer;
  browser: Browser;
  /** Path of Punkt's async entry module (start-*.js), not the modulepreload polyfill before it. */
  entry: string;
  /** Punkt's built assets (with their sourcemaps when asked). */
  assetsDir: string;
}

/** Builds and serves the pages for one benchmark, runs `body`, then closes and deletes everything. */
export async function withBenchSite<T>(options: SiteOptions, body: (site: BenchSite) => Promise<T>): Promise<T> {
  const outDir = await mkdtemp(join(tmpdir(), `punkt-bench-${options.name}-`));
  const hostDir = options.teamsHost ? await mkdtemp(join(tmpdir(), `punkt-bench-${options.name}-host-`)) : null;
  const dataDir = await mkdtemp(join(tmpdir(), 'punkt-bench-graph-'));
  const graph = createLocalGraphMiddleware({ dataDir, seed: true, prefix: '/graph' });
  let server: PageServer | null = null;
  let browser: Browser | null = null;
  try {
    await buildApp(outDir, { sourcemap: options.sourcemap ?? false });
    if (hostDir) await buildTeamsHost(hostDir);
    const mounts: Mounts = [
      ...OFFICE_PATHS.map((p): [string, string, string] => [p, OFFICE_DIR, 'public, max-age=3600']),
      ...(options.template ? [['/template/', TEMPLATE_DIR, 'no-cache'] as [string, string, string]] : []),
      ...(hostDir
        ? [
            ['/teams-host/', join(hostDir, 'teams-host'), 'no-cache'] as [string, string, string],
            ['/teams-host-assets/', join(hostDir, 'teams-host-assets'), IMMUTABLE] as [string, string, string],
          ]
        : []),
      ['/assets/', join(outDir, 'assets'), IMMUTABLE],
      ['/', outDir, 'no-cache'],
    ];
    server = await startPageServer(mounts, (req, res, next) => graph.handle(req, res, next));
    browser = await launchBrowser();
    return await body({
      server,
      browser,
      entry: entryScript(readFileSync(join(outDir, 'index.html'), 'utf8')),
      assetsDir: join(outDir, 'assets'),
    });
  } finally {
    await browser?.close();
    await server?.close();
    await graph.close();
    for (const dir of [outDir, hostDir, dataDir]) if (dir) await rm(dir, { recursive: true, force: true });
  }
}
