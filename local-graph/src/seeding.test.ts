import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalGraphMiddleware, startLocalGraph } from './index';
import type { SeedModule } from './index';
import { NewerSeedError, recordedSeedVersion } from './seed-version';
import { DocumentStore } from './store';

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

describe('the seed version in the data folder', () => {
  /** fakeSeed as seed version `version` (none: a stand-in that records nothing), counting seeds and refreshes. */
  function versioned(version: number | undefined, counts = { seeded: 0, refreshed: 0 }) {
    return async (): Promise<SeedModule> => ({
      ...(await fakeSeed([])()),
      async seedDemoData(client, options) {
        counts.seeded += 1;
        await client.send({ method: 'POST', path: `/sites/${options.siteId}/lists`, body: { displayName: 'Seeded' } });
      },
      async refreshDemoData() {
        counts.refreshed += 1;
        return false;
      },
      ...(version === undefined ? {} : { SEED_VERSION: version }),
    });
  }
  const recorded = (dataDir: string) => {
    const store = DocumentStore.open(dataDir);
    try {
      return recordedSeedVersion(store);
    } finally {
      store.close();
    }
  };
  const listNames = async (url: string) =>
    ((await (await fetch(`${url}/sites/punkt-demo/lists`, { headers: auth })).json()) as { value: { displayName: string }[] }).value.map(
      (l) => l.displayName,
    );

  it('is recorded in a new folder once it is seeded', async () => {
    const dataDir = tempDir();
    const graph = await startLocalGraph({ dataDir, seed: true, loadSeed: versioned(3) });
    await graph.close();
    expect(recorded(dataDir)).toBe(3);
  });

  it('keeps a folder from an older seed as it is, with the user’s changes, and says so at every start', async () => {
    const dataDir = tempDir();
    let graph = await startLocalGraph({ dataDir, seed: true, loadSeed: versioned(1) });
    // The user's own change.
    await fetch(`${graph.url}/sites/punkt-demo/lists`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"displayName":"Mine"}',
    });
    await graph.close();
    const counts = { seeded: 0, refreshed: 0 };
    for (let start = 0; start < 2; start += 1) {
      const warnings: string[] = [];
      graph = await startLocalGraph({ dataDir, seed: true, warn: (m) => warnings.push(m), loadSeed: versioned(2, counts) });
      expect(await listNames(graph.url)).toEqual(['Seeded', 'Mine']);
      await graph.close();
      expect(warnings).toEqual([
        expect.stringContaining(`the demo data in ${dataDir} was made by seed version 1; this Punkt seeds version 2`),
      ]);
      expect(warnings[0]).toContain(`Delete ${dataDir} to start again from the current seed`);
    }
    expect(counts).toEqual({ seeded: 0, refreshed: 2 });
    expect(recorded(dataDir)).toBe(1);
  });

  it('reads a folder seeded before versions were recorded as older', async () => {
    const dataDir = tempDir();
    let graph = await startLocalGraph({ dataDir, seed: true, loadSeed: versioned(undefined) });
    await graph.close();
    expect(recorded(dataDir)).toBe(0);
    const warnings: string[] = [];
    graph = await startLocalGraph({ dataDir, seed: true, warn: (m) => warnings.push(m), loadSeed: versioned(1) });
    expect(await listNames(graph.url)).toEqual(['Seeded']);
    await graph.close();
    expect(warnings.join('\n')).toContain('was made before seed versions were recorded; this Punkt seeds version 1');
  });

  it('refuses a folder from a newer seed with a clear error, leaving it as it is', async () => {
    const dataDir = tempDir();
    let graph = await startLocalGraph({ dataDir, seed: true, loadSeed: versioned(5) });
    await graph.close();
    const counts = { seeded: 0, refreshed: 0 };
    const refused = startLocalGraph({ dataDir, seed: true, loadSeed: versioned(4, counts) });
    await expect(refused).rejects.toBeInstanceOf(NewerSeedError);
    await expect(refused).rejects.toThrow(
      `the demo data in ${dataDir} was made by a newer Punkt (seed version 5; this one knows up to 4). Start the newer Punkt, or give this one another folder (PUNKT_DATA_DIR=DIR npm start)`,
    );
    expect(counts).toEqual({ seeded: 0, refreshed: 0 });
    // Closed, not left locked: the newer Punkt opens it again.
    graph = await startLocalGraph({ dataDir, seed: true, loadSeed: versioned(5) });
    expect(await listNames(graph.url)).toEqual(['Seeded']);
    await graph.close();
    expect(recorded(dataDir)).toBe(5);
  });

  it('in the dev server, answers each Graph request with that error (503) and still serves the app', async () => {
    const dataDir = tempDir();
    const graph = await startLocalGraph({ dataDir, seed: true, loadSeed: versioned(5) });
    await graph.close();
    const warnings: string[] = [];
    const middleware = createLocalGraphMiddleware({
      dataDir,
      seed: true,
      prefix: '/graph',
      warn: (m) => warnings.push(m),
      loadSeed: versioned(4),
    });
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
      expect(lists.status).toBe(503);
      expect(((await lists.json()) as { error: { message: string } }).error.message).toContain('was made by a newer Punkt (seed version 5');
      expect((await fetch(`${base}/index.html`)).status).toBe(299);
      expect(warnings).toEqual([expect.stringContaining('was made by a newer Punkt')]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await middleware.close();
    }
  });
});
