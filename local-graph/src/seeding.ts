/**
 * Seeding the demo data: the repositories' `seedDemoData` (local-graph/src/seed.ts) writes through a
 * real GraphClient, here wired to the service in-process (no sockets, no faults), so the seed
 * exercises the same routes the app uses.
 */
import { createGraphClient } from '../../src/graph/client';
import type { GraphClient } from '../../src/graph/client';
import type { LocalGraphService } from './service';
import { SITE_ID } from './list-model';

/** The shape of local-graph/src/seed.ts that the service calls. */
export interface SeedModule {
  seedDemoData(client: GraphClient, options: { siteId: string; now: Date }): Promise<void>;
  /** Brings an earlier seed up to date (new columns, a new upcoming meeting); optional for stand-ins. */
  refreshDemoData?(client: GraphClient, options: { siteId: string; now: Date }): Promise<boolean>;
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

/**
 * Seeds an empty store. A missing or failing seed module is reported through `warn` and the
 * service keeps running (empty) rather than failing to start.
 */
export async function seedIfEmpty(
  service: LocalGraphService,
  options: { now: () => Date; load?: SeedLoader; warn: (message: string) => void },
): Promise<boolean> {
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
  await module.seedDemoData(inProcessClient(service), { siteId: SITE_ID, now: options.now() });
  return true;
}

/**
 * A demo started again days later: its meeting is over and its lists may lack newer columns.
 * Best effort (a data folder that is not a demo seed is left as it is), reported through `warn`.
 */
async function refreshSeeded(
  service: LocalGraphService,
  options: { now: () => Date; load?: SeedLoader; warn: (message: string) => void },
): Promise<void> {
  // No seed module here (`vite preview` serves a folder as it is): nothing to refresh with.
  const module = await (options.load ?? defaultSeedLoader)().catch(() => null);
  if (typeof module?.refreshDemoData !== 'function') return;
  try {
    await module.refreshDemoData(inProcessClient(service), { siteId: SITE_ID, now: options.now() });
  } catch (error) {
    options.warn(`local graph: could not bring the demo data up to date (${error instanceof Error ? error.message : String(error)})`);
  }
}
