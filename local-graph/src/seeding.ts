/**
 * Seeding the demo data: the repositories' `seedDemoData` (local-graph/src/seed.ts) writes through a
 * real GraphClient, here wired to the service in-process (no sockets, no faults), so the seed
 * exercises the same routes the app uses.
 */
import { createGraphClient } from '../../src/graph/client';
import type { GraphClient } from '../../src/graph/client';
import type { LocalGraphService } from './service';
import { SITE_ID } from './list-model';
import { NewerSeedError, olderSeedNotice, recordSeedVersion, recordedSeedVersion } from './seed-version';

/** The shape of local-graph/src/seed.ts that the service calls. */
export interface SeedModule {
  seedDemoData(client: GraphClient, options: { siteId: string; now: Date }): Promise<void>;
  /** Brings an earlier seed up to date (new columns, a new upcoming meeting); optional for stand-ins. */
  refreshDemoData?(client: GraphClient, options: { siteId: string; now: Date }): Promise<boolean>;
  /** The version recorded in the data folder (seed-version.ts); a stand-in without one records nothing. */
  SEED_VERSION?: number;
}

/** Loads the seed module; replaceable (the Vite plugin loads it through Vite's module graph). */
export type SeedLoader = () => Promise<SeedModule>;

/** Imports ./seed at run time so the service still starts while that file does not exist yet. */
export const defaultSeedLoader: SeedLoader = async () => {
  const specifier = './seed';
  return (await import(/* @vite-ignore */ specifier)) as SeedModule;
};

/** A fetch that answers from the service directly, as the development user. */
export function inProcessFetch(service: LocalGraphService, baseUrl: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const root = new URL(baseUrl);
    const text = await request.text();
    const headers: Record<string, string | undefined> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const response = service.handle({
      method: request.method,
      url: `${url.pathname.slice(root.pathname.length) || '/'}${url.search}`,
      headers,
      body: text ? JSON.parse(text) : undefined,
      baseUrl,
      ids: { requestId: crypto.randomUUID(), clientRequestId: headers['client-request-id'] ?? crypto.randomUUID() },
    });
    const body = response.body === undefined ? null : JSON.stringify(response.body);
    return new Response(body, { status: response.status, headers: { 'content-type': 'application/json', ...response.headers } });
  };
}

/** A Graph client talking to the service in-process as a demo user (the secretary unless told). */
export function inProcessClient(service: LocalGraphService, token = 'punkt-dev-token'): GraphClient {
  const baseUrl = 'http://in-process.local/v1.0';
  return createGraphClient({
    baseUrl,
    tokens: { getAccessToken: async () => token },
    fetch: inProcessFetch(service, baseUrl),
    sleep: async () => undefined,
  });
}

/** True when nothing has been stored yet. */
export const isEmpty = (service: LocalGraphService): boolean => service.store.count('list') === 0 && service.store.count('event') === 0;

/** What seeding is told: the clock, the seed module's loader, where notices go, the folder's name for them. */
export interface SeedingOptions {
  now: () => Date;
  load?: SeedLoader;
  warn: (message: string) => void;
  /** The data folder, as notices name it. */
  folder?: string;
}

/**
 * Seeds an empty store and records the seed's version. A missing or failing seed module is
 * reported through `warn` and the service keeps running (empty) rather than failing to start.
 * A store seeded before is refreshed; one from an older seed is kept and `warn` says so (every
 * start), one from a newer seed is refused with a NewerSeedError (seed-version.ts).
 */
export async function seedIfEmpty(service: LocalGraphService, options: SeedingOptions): Promise<boolean> {
  if (!isEmpty(service)) {
    await refreshSeeded(service, options);
    return false;
  }
  let module: SeedModule;
  try {
    module = await (options.load ?? defaultSeedLoader)();
    if (typeof module.seedDemoData !== 'function') throw new Error('it does not export seedDemoData');
  } catch (error) {
    options.warn(
      `local graph: cannot seed the demo data, local-graph/src/seed.ts is not usable (${error instanceof Error ? error.message : String(error)})`,
    );
    return false;
  }
  const now = options.now();
  await module.seedDemoData(inProcessClient(service), { siteId: SITE_ID, now });
  // Only once the seed is complete: a folder whose seeding broke off reads as older, and is told so.
  if (typeof module.SEED_VERSION === 'number') recordSeedVersion(service.store, module.SEED_VERSION, now);
  return true;
}

/**
 * A demo started again days later: its meeting is over and its lists may lack newer columns.
 * Best effort (a data folder that is not a demo seed is left as it is), reported through `warn`.
 */
async function refreshSeeded(service: LocalGraphService, options: SeedingOptions): Promise<void> {
  // No seed module here (`vite preview` serves a folder as it is): nothing to refresh with.
  const module = await (options.load ?? defaultSeedLoader)().catch(() => null);
  if (typeof module?.SEED_VERSION === 'number') {
    const recorded = recordedSeedVersion(service.store);
    const folder = options.folder ?? 'the data folder';
    if (recorded > module.SEED_VERSION) throw new NewerSeedError(recorded, module.SEED_VERSION, folder);
    if (recorded < module.SEED_VERSION) options.warn(olderSeedNotice(recorded, module.SEED_VERSION, folder));
  }
  if (typeof module?.refreshDemoData !== 'function') return;
  try {
    await module.refreshDemoData(inProcessClient(service), { siteId: SITE_ID, now: options.now() });
  } catch (error) {
    options.warn(`local graph: could not bring the demo data up to date (${error instanceof Error ? error.message : String(error)})`);
  }
}
