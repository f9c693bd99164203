/**
 * Starts the app the way `npm start` does, but programmatically and isolated: Vite with the repo's
 * vite.config.ts, on a free port in 5200–5299, with the embedded Graph service on a fresh temp
 * data dir (seeded) and optional faults. For benchmarks, also a production build served by
 * `vite preview` with the same embedded service.
 *
 * The repo's `punkt-local-graph` plugin keeps its data in `.punkt-data/graph` (the developer's demo
 * data); tests must not share or pollute it, so the harness swaps that one plugin for an
 * equivalent that mounts the same middleware (createLocalGraphMiddleware) on a temp dir.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  build,
  createServer,
  loadConfigFromFile,
  mergeConfig,
  preview,
  type Connect,
  type InlineConfig,
  type Plugin,
  type PluginOption,
} from 'vite';
import { createLocalGraphMiddleware, type FaultOptions } from '../../../local-graph/src/index';

/** The repository root (where vite.config.ts and index.html live). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The baseline page: an empty Fluent page, built and served beside the app. */
export const BASELINE_PATH = '/tests/e2e/pages/baseline.html';

const PORT_RANGE = { first: 5200, last: 5299 };

export interface AppServerOptions {
  /** Faults for the embedded service (latency, 429, 503, drops), reproducible from `seed`. */
  faults?: FaultOptions;
}

export interface AppServer {
  /** `http://127.0.0.1:P/` */
  url: string;
  /** The embedded service's Graph base URL, `http://127.0.0.1:P/graph/v1.0`. */
  graphUrl: string;
  close(): Promise<void>;
}

/** True when nothing listens on `port` on 127.0.0.1. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A free port in 5200–5299, starting at a random place so parallel test files rarely collide. */
export async function freePort(): Promise<number> {
  const size = PORT_RANGE.last - PORT_RANGE.first + 1;
  const offset = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i++) {
    const port = PORT_RANGE.first + ((offset + i) % size);
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${PORT_RANGE.first}–${PORT_RANGE.last}`);
}

/** Mounts the embedded Graph service on `dataDir` in the dev and the preview server. */
function isolatedGraphPlugin(dataDir: string, faults: FaultOptions | undefined, onClose: (close: () => Promise<void>) => void): Plugin {
  const mount = (server: { middlewares: Connect.Server }): void => {
    const middleware = createLocalGraphMiddleware({ dataDir, seed: true, faults, prefix: '/graph' });
    onClose(() => middleware.close());
    server.middlewares.use((req, res, next) => middleware.handle(req, res, next));
  };
  return { name: 'punkt-e2e-graph', configureServer: mount, configurePreviewServer: mount };
}

async function flattenPlugins(options: PluginOption[]): Promise<Plugin[]> {
  const out: Plugin[] = [];
  for (const option of options) {
    const value = await option;
    if (!value) continue;
    if (Array.isArray(value)) out.push(...(await flattenPlugins(value)));
    else out.push(value as Plugin);
  }
  return out;
}

/**
 * The repo's vite.config.ts for `command`, with the service plugin swapped for the isolated one.
 * `officeJs: 'local'` serves office.js from node_modules even in builds (the test network is closed).
 */
async function repoConfig(command: 'serve' | 'build', isPreview: boolean, extraPlugins: Plugin[]): Promise<InlineConfig> {
  const previous = process.env.PUNKT_OFFICE_JS;
  process.env.PUNKT_OFFICE_JS = 'local';
  // The config imports extension-less TypeScript, fine for the bundling loader; skip Vite's advice about the native one.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  try {
    const loaded = await loadConfigFromFile(
      { command, mode: command === 'build' ? 'production' : 'development', isPreview },
      join(repoRoot, 'vite.config.ts'),
      repoRoot,
      'warn',
    );
    if (!loaded) throw new Error('vite.config.ts not found');
    const plugins = (await flattenPlugins(loaded.config.plugins ?? [])).filter((p) => p.name !== 'punkt-local-graph');
    return {
      ...loaded.config,
      configFile: false,
      root: repoRoot,
      logLevel: 'warn',
      clearScreen: false,
      plugins: [...plugins, ...extraPlugins],
    };
  } finally {
    if (previous === undefined) delete process.env.PUNKT_OFFICE_JS;
    else process.env.PUNKT_OFFICE_JS = previous;
  }
}

/** Owns a temp data dir and the service's close, for both server kinds. */
async function isolatedService(faults: FaultOptions | undefined) {
  const dataDir = await mkdtemp(join(tmpdir(), 'punkt-e2e-graph-'));
  const closers: Array<() => Promise<void>> = [];
  return {
    plugin: isolatedGraphPlugin(dataDir, faults, (close) => closers.push(close)),
    async dispose() {
      for (const close of closers) await close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the page and the seeded calendar answer (seeding runs before the first request). */
async function waitUntilReady(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const page = await fetch(url);
      const graph = await fetch(`${url}graph/v1.0/me/events`, { headers: { Authorization: 'Bearer punkt-dev-token' } });
      if (page.ok && graph.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`app at ${url} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Retries on a port taken between the probe and the listen (another test file won the race). */
async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await start(port);
    } catch (error) {
      if (attempt >= 5 || (!String(error).includes('EADDRINUSE') && !String(error).includes('already in use'))) throw error;
    }
  }
}

/**
 * Where the dev servers keep Vite's pre-bundled dependencies: outside node_modules/.vite, so tests never
 * disturb a running `npm start`, and shared between test files and runs (Vite swaps it in atomically). Its
 * name holds a hash of the packages the app imports: Vite trusts a cache made for the same lockfile and
 * config without crawling the app again, so a package imported since (a new icon, say) was found only when
 * a page asked for it, re-bundled, and that page, which the tests' server never tells to reload, hung.
 */
function depsCacheDir(): string {
  const packages = new Set<string>();
  for (const file of readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
    for (const [, name] of readFileSync(join(repoRoot, 'src', file), 'utf8').matchAll(/\b(?:from|import)\s*\(?'([^'./][^']*)'/g)) {
      if (name) packages.add(name);
    }
  }
  const hash = createHash('sha256')
    .update([...packages].sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
  return join(tmpdir(), `punkt-e2e-vite-${hash}`);
}

/** The dev server (`npm start`) with an isolated, seeded service. */
export async function startDevApp(options: AppServerOptions = {}): Promise<AppServer> {
  const service = await isolatedService(options.faults);
  const config = await repoConfig('serve', false, [service.plugin]);
  const server = await onFreePort(async (port) => {
    const dev = await createServer(
      mergeConfig(config, {
        mode: 'development',
        cacheDir: depsCacheDir(),
        server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
      }),
    );
    try {
      await dev.listen();
    } catch (error) {
      await dev.close();
      throw error;
    }
    return { dev, port };
  });
  const url = `http://127.0.0.1:${server.port}/`;
  await waitUntilReady(url);
  return {
    url,
    graphUrl: `${url}graph/v1.0`,
    async close() {
      await server.dev.close();
      await service.dispose();
    },
  };
}

/**
 * Builds the app and the baseline page into `outDir` (with a manifest), office.js from node_modules.
 * `sourcemap` adds the .map files (for a CPU profile mapped back to the source).
 */
export async function buildApp(outDir: string, options: { sourcemap?: boolean } = {}): Promise<void> {
  const config = await repoConfig('build', false, []);
  await build(
    mergeConfig(config, {
      mode: 'production',
      build: {
        outDir,
        emptyOutDir: true,
        manifest: true,
        sourcemap: options.sourcemap ?? false,
        rolldownOptions: { input: { main: join(repoRoot, 'index.html'), baseline: join(repoRoot, BASELINE_PATH.slice(1)) } },
      },
    }),
  );
}

/**
 * Builds the local Teams host page (teams-host/, which `npm start` serves at /teams-host.html) into
 * `outDir`: the page at `teams-host/index.html`, its script and style under `teams-host-assets/`, so
 * it can be served beside the app's build (whose files are under `assets/`) from one origin, as the
 * host's teams-js bridge requires. It is no part of the app: it shares none of its modules or plugins.
 */
export async function buildTeamsHost(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: repoRoot,
    mode: 'production',
    logLevel: 'warn',
    // The page's icon link (/icon-32.png) is the app's, served from the app's build.
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsDir: 'teams-host-assets',
      rolldownOptions: { input: { teamsHost: join(repoRoot, 'teams-host/index.html') } },
    },
  });
}

/** A production build served by `vite preview` with an isolated, seeded service. */
export async function startPreviewApp(options: AppServerOptions = {}): Promise<AppServer & { outDir: string }> {
  const outDir = await mkdtemp(join(tmpdir(), 'punkt-e2e-dist-'));
  await buildApp(outDir);
  const service = await isolatedService(options.faults);
  const config = await repoConfig('serve', true, [service.plugin]);
  const server = await onFreePort(async (port) => {
    const previewServer = await preview(mergeConfig(config, { build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } }));
    return { previewServer, port };
  });
  const url = `http://127.0.0.1:${server.port}/`;
  await waitUntilReady(url);
  return {
    url,
    graphUrl: `${url}graph/v1.0`,
    outDir,
    async close() {
      await server.previewServer.close();
      await service.dispose();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
