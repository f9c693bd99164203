/**
 * The local Graph-compatible service: `startLocalGraph` (a stand-alone HTTP server, used by the
 * CLI and tests) and `createLocalGraphMiddleware` (mounted into Vite's dev server).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccessPolicy } from './access-policy';
import { createFaultPlan } from './faults';
import type { FaultOptions } from './faults';
import { handleHttp } from './http-handler';
import { seedIfEmpty } from './seeding';
import { NewerSeedError } from './seed-version';
import type { SeedLoader } from './seeding';
import { createService } from './service';
import { DocumentStore } from './store';

export type { FaultOptions } from './faults';
export type { SeedLoader, SeedModule } from './seeding';

/** Options for the stand-alone server. */
export interface StartLocalGraphOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  dataDir: string;
  seed?: boolean;
  faults?: FaultOptions;
  now?: () => Date;
  loadSeed?: SeedLoader;
  warn?: (message: string) => void;
  /** Origins that get CORS headers; default the Vite dev server's. The server's own are always in. */
  allowOrigins?: string[];
  /** Host names served besides localhost, 127.0.0.1 and [::1] with the listening port. */
  allowHosts?: string[];
}

/** A running server. */
export interface LocalGraph {
  /** `http://127.0.0.1:P/v1.0` */
  url: string;
  close(): Promise<void>;
}

const warnToStderr = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** Starts the service on 127.0.0.1; seeds an empty store first when `seed` is set. */
export async function startLocalGraph(options: StartLocalGraphOptions): Promise<LocalGraph> {
  const now = options.now ?? (() => new Date());
  const accessOptions = { allowOrigins: options.allowOrigins, allowHosts: options.allowHosts };
  // Built again with the real port once listening (port 0 picks one); this also checks the options first.
  let access = createAccessPolicy(options.port ?? 0, accessOptions);
  const store = DocumentStore.open(options.dataDir);
  const faults = createFaultPlan(options.faults);
  const service = createService(store, { now, faults });
  try {
    if (options.seed)
      await seedIfEmpty(service, { now, load: options.loadSeed, warn: options.warn ?? warnToStderr, folder: options.dataDir });
  } catch (error) {
    store.close();
    throw error;
  }
  const server = createServer((req, res) => {
    handleHttp(service, faults, { prefix: '', now, access }, req, res)
      .then((handled) => {
        if (!handled) {
          res.statusCode = 404;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ error: { code: 'itemNotFound', message: 'The service lives under /v1.0.' } }));
        }
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.statusCode = 500;
        res.end(JSON.stringify({ error: { code: 'generalException', message: String(error) } }));
      });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  }).catch((error: unknown) => {
    store.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  access = createAccessPolicy(port, accessOptions);
  let closed: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}/v1.0`,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** Options for the dev-server middleware. */
export interface LocalGraphMiddlewareOptions {
  dataDir: string;
  seed?: boolean;
  faults?: FaultOptions;
  prefix: '/graph';
  now?: () => Date;
  loadSeed?: SeedLoader;
  warn?: (message: string) => void;
}

/** A Connect-style handler serving `${prefix}/v1.0/...`; other paths go to `next`. */
export interface LocalGraphMiddleware {
  handle(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void;
  close(): Promise<void>;
}

/** Creates the middleware; seeding (when asked) runs at once and requests wait for it. */
export function createLocalGraphMiddleware(options: LocalGraphMiddlewareOptions): LocalGraphMiddleware {
  const now = options.now ?? (() => new Date());
  const store = DocumentStore.open(options.dataDir);
  const faults = createFaultPlan(options.faults);
  const service = createService(store, { now, faults });
  const warn = options.warn ?? warnToStderr;
  // A folder from a newer Punkt is not served (seed-version.ts): each request is told why instead.
  let refused: NewerSeedError | null = null;
  const ready = options.seed
    ? seedIfEmpty(service, { now, load: options.loadSeed, warn, folder: options.dataDir }).then(
        () => undefined,
        (error: unknown) => {
          if (error instanceof NewerSeedError) refused = error;
          warn(
            error instanceof NewerSeedError
              ? error.message
              : `local graph: seeding failed (${error instanceof Error ? error.message : String(error)})`,
          );
        },
      )
    : Promise.resolve();
  return {
    handle(req, res, next) {
      ready
        .then(() =>
          refused && req.url?.startsWith(`${options.prefix}/v1.0`)
            ? refuse(res, refused)
            : handleHttp(service, faults, { prefix: options.prefix, now }, req, res),
        )
        .then((handled) => {
          if (!handled) next();
        })
        .catch(next);
    },
    async close() {
      await ready;
      store.close();
    },
  };
}

/** Answers 503 with why the data folder is not served; true, as the request is handled. */
function refuse(res: ServerResponse, error: NewerSeedError): boolean {
  res.statusCode = 503;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ error: { code: 'serviceNotAvailable', message: error.message } }));
  return true;
}
