import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalGraphMiddleware, startLocalGraph } from './index';
import type { SeedModule } from './index';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-seed-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for local-graph/src/seed.ts that writes one list through the client it is given. */
function fakeSeed(calls: { siteId: string; now: Date }[]): () => Promise<SeedModule> {
  return async () => ({
    async seedDemoData(client, options) {
      calls.push(options);
      await client.send({ method: 'POST', path: `/sites/${options.siteId}/lists`, body: { displayName: 'Seeded' } });
    },
  });
}

const auth = { authorization: 'Bearer punkt-dev-token' };

describe('seeding', () => {
  it('seeds an empty store once, through a Graph client with the development token', async () => {
    const dataDir = tempDir();
    const calls: { siteId: string; now: Date }[] = [];
    const now = () => new Date('2024-03-11T07:00:00Z');
    let graph = await startLocalGraph({ dataDir, seed: true, now, loadSeed: fakeSeed(calls) });
    const lists = (await (await fetch(`${graph.url}/sites/punkt-demo/lists`, { headers: auth })).json()) as {
      value: { displayName: string; createdDateTime: string }[];
    };
    expect(lists.value.map((l) => l.displayName)).toEqual(['Seeded']);
    expect(calls).toEqual([{ siteId: 'punkt-demo', now: new Date('2024-03-11T07:00:00Z') }]);
    await graph.close();
    graph = await startLocalGraph({ dataDir, seed: true, now, loadSeed: fakeSeed(calls) });
    expect(calls).toHaveLength(1);
    await graph.close();
  });

  it('brings an earlier seed up to date on a later start, and only warns when that fails', async () => {
    const dataDir = tempDir();
    const refreshed: Date[] = [];
    const warnings: string[] = [];
    const module = (failRefresh: boolean) => async (): Promise<SeedModule> => ({
      ...(await fakeSeed([])()),
      async refreshDemoData(_client, options) {
        if (failRefresh) throw new Error('provision failed');
        refreshed.push(options.now);
        return true;
      },
    });
    let graph = await startLocalGraph({ dataDir, seed: true, loadSeed: module(false) });
    expect(refreshed).toEqual([]);
    await graph.close();
    const later = new Date('2026-12-01T07:00:00Z');
    graph = await startLocalGraph({ dataDir, seed: true, now: () => later, loadSeed: module(false) });
    expect(refreshed).toEqual([later]);
    await graph.close();
    graph = await startLocalGraph({ dataDir, seed: true, warn: (m) => warnings.push(m), loadSeed: module(true) });
    expect(warnings.join('\n')).toContain('could not bring the demo data up to date');
    const lists = (await (await fetch(`${graph.url}/sites/punkt-demo/lists`, { headers: auth })).json()) as { value: unknown[] };
    expect(lists.value).toHaveLength(1);
    await graph.close();
  });

  it('starts empty, with a warning, when the seed module cannot be loaded', async () => {
    const warnings: string[] = [];
    const graph = await startLocalGraph({
      dataDir: tempDir(),
      seed: true,
      warn: (m) => warnings.push(m),
      loadSeed: async () => {
        throw new Error('Cannot find module');
      },
    });
    const lists = (await (await fetch(`${graph.url}/sites/punkt-demo/lists`, { headers: auth })).json()) as { value: unknown[] };
    expect(lists.value).toEqual([]);
    expect(warnings.join('\n')).toContain('cannot seed the demo data');
    await graph.close();
  });
});

describe('createLocalGraphMiddleware', () => {
  it('serves /graph/v1.0 after seeding and passes other paths on', async () => {
    const middleware = createLocalGraphMiddleware({ dataDir: tempDir(), seed: true, prefix: '/graph', loadSeed: fakeSeed([]) });
    const server = createServer((req, res) =>
      middleware.handle(req, res, () => {
        res.statusCode = 299;
        res.end('next');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const lists = await fetch(`${base}/graph/v1.0/sites/punkt-demo/lists`, { headers: auth });
      expect(lists.status).toBe(200);
      const body = (await lists.json()) as { '@odata.context': string; value: { displayName: string }[] };
      expect(body.value.map((l) => l.displayName)).toEqual(['Seeded']);
      expect(body['@odata.context']).toBe(`${base}/graph/v1.0/$metadata#sites('punkt-demo')/lists`);
      expect((await fetch(`${base}/index.html`)).status).toBe(299);
      expect((await fetch(`${base}/graph/other`)).status).toBe(299);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await middleware.close();
    }
  });
});
