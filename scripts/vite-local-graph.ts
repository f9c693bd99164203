/**
 * Vite plugin that mounts the local Graph-compatible service at `/graph` in the dev server, so
 * `npm start` runs the app and its backend in one command. Data lives in `.punkt-data/graph`
 * (git-ignored), or `$PUNKT_DATA_DIR/graph` so two servers of one checkout need not share it, and
 * is seeded with the demo meetings on first start; fault options come from
 * PUNKT_GRAPH_LATENCY, PUNKT_GRAPH_THROTTLE_RATE, PUNKT_GRAPH_FAIL_RATE, PUNKT_GRAPH_DROP_RATE
 * and PUNKT_GRAPH_FAULT_SEED, so the app can be tried under bad network conditions.
 */
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { createLocalGraphMiddleware } from '../local-graph/src/index';
import type { FaultOptions, SeedModule } from '../local-graph/src/index';

/** Reads one numeric PUNKT_GRAPH_* variable; a malformed value is reported and ignored. */
function envNumber(env: NodeJS.ProcessEnv, name: string, warn: (message: string) => void): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    warn(`local graph: ignoring ${name}='${raw}' (not a non-negative number)`);
    return undefined;
  }
  return value;
}

/** The fault options the environment asks for. */
export function faultsFromEnv(env: NodeJS.ProcessEnv, warn: (message: string) => void = () => undefined): FaultOptions {
  const rate = (name: string): number | undefined => {
    const value = envNumber(env, name, warn);
    return value === undefined ? undefined : Math.min(value, 1);
  };
  return {
    latencyMs: envNumber(env, 'PUNKT_GRAPH_LATENCY', warn),
    throttleRate: rate('PUNKT_GRAPH_THROTTLE_RATE'),
    failRate: rate('PUNKT_GRAPH_FAIL_RATE'),
    dropRate: rate('PUNKT_GRAPH_DROP_RATE'),
    seed: envNumber(env, 'PUNKT_GRAPH_FAULT_SEED', warn),
  };
}

/** Where the embedded service keeps its store: `PUNKT_DATA_DIR` (default `.punkt-data`) + `/graph`, from `root`. */
export function graphDataDir(root: string, env: NodeJS.ProcessEnv): string {
  const base = env.PUNKT_DATA_DIR?.trim() || '.punkt-data';
  return resolve(root, base, 'graph');
}

/** The dev-server plugin: serves `/graph/v1.0/...` from the local service (also under `vite preview`). */
export function localGraphPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  const mount = (
    server: {
      config: { root: string; logger: { warn(message: string): void } };
      middlewares: Connect.Server;
      httpServer: { once(event: 'close', listener: () => void): unknown } | null;
    },
    loadSeed?: () => Promise<SeedModule>,
  ): void => {
    const warn = (message: string): void => server.config.logger.warn(message);
    const middleware = createLocalGraphMiddleware({
      dataDir: graphDataDir(server.config.root, env),
      seed: true,
      faults: faultsFromEnv(env, warn),
      prefix: '/graph',
      warn,
      ...(loadSeed ? { loadSeed } : {}),
    });
    server.middlewares.use((req, res, next) => middleware.handle(req, res, next));
    server.httpServer?.once('close', () => {
      void middleware.close();
    });
  };
  return {
    name: 'punkt-local-graph',
    apply: 'serve',
    configureServer(server) {
      // The config bundle cannot import TypeScript at run time; Vite's own loader can.
      mount(server, async () => (await server.ssrLoadModule('/local-graph/src/seed.ts')) as unknown as SeedModule);
    },
    configurePreviewServer(server) {
      // No module loader here: a data directory seeded by `npm start` is served as it is.
      mount(server);
    },
  };
}
