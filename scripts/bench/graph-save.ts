/**
 * Saving decisions through the Graph client against the local service: the median time of one
 * conditional write (PATCH fields with If-Match) through the client, against a bare fetch of the
 * same request as the baseline, and write throughput with 8 writes in flight, with and without
 * the fault rates (20 % throttling, 5 % dropped connections; waits shortened).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphClient, type GraphClient } from '../../src/graph/client';
import type { FaultOptions } from '../../local-graph/src/faults';
import { startLocalGraph } from '../../local-graph/src/index';

const TOKEN = 'punkt-dev-token';
const WRITES = 200;
const items = '/sites/punkt-demo/lists/BenchDecisions/items';
interface Item {
  id: string;
  '@odata.etag': string;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function withService<T>(faults: FaultOptions, body: (url: string, client: GraphClient) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'punkt-bench-save-'));
  const service = await startLocalGraph({ port: 0, dataDir, seed: false, faults });
  const client = createGraphClient({
    baseUrl: service.url,
    tokens: { getAccessToken: async () => TOKEN },
    maxAttempts: 12,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 2))),
  });
  try {
    return await body(service.url, client);
  } finally {
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Creates the list and `count` rows; creates carry a client key so a lost create is found, not repeated. */
async function prepare(client: GraphClient, count: number): Promise<Item[]> {
  await client.send({
    method: 'POST',
    path: '/sites/punkt-demo/lists',
    body: {
      displayName: 'BenchDecisions',
      columns: [
        { name: 'ClientKey', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'Decision', text: {} },
      ],
    },
    recover: async () =>
      (await client.get<{ value: unknown[] }>("/sites/punkt-demo/lists?$filter=displayName eq 'BenchDecisions'")).value[0] ?? null,
  });
  const created: Item[] = [];
  for (let i = 0; i < count; i++) {
    const key = `bench-${i}`;
    const recover = async () => (await client.getAll<Item>(`${items}?$expand=fields&$filter=fields/ClientKey eq '${key}'`))[0] ?? null;
    created.push(
      (await client.send<Item>({ method: 'POST', path: items, body: { fields: { ClientKey: key, Decision: '' } }, recover })).body,
    );
  }
  return created;
}

/** One PATCH with a bare fetch: no retries, no token provider, no error typing. */
async function bareWrite(url: string, item: Item, value: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}${items}/${item.id}/fields`, {
    method: 'PATCH',
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'If-Match': item['@odata.etag'],
    },
    body: JSON.stringify({ Decision: value }),
  });
  const body = (await res.json()) as { '@odata.etag'?: string };
  if (!res.ok) throw new Error(`bare write failed: ${res.status}`);
  item['@odata.etag'] = res.headers.get('etag') ?? body['@odata.etag'] ?? item['@odata.etag'];
  return performance.now() - started;
}

async function clientWrite(client: GraphClient, item: Item, value: string): Promise<number> {
  const started = performance.now();
  const path = `${items}/${item.id}`;
  const response = await client.send({
    method: 'PATCH',
    path: `${path}/fields`,
    body: { Decision: value },
    ifMatch: item['@odata.etag'],
    // A 412 after a dropped attempt: that attempt may have written the value already.
    recover: async () => {
      const current = await client.get<Item & { fields: { Decision?: string } }>(`${path}?$expand=fields`);
      return current.fields.Decision === value ? current : null;
    },
  });
  item['@odata.etag'] = response.etag ?? item['@odata.etag'];
  return performance.now() - started;
}

/** Writes every item once with `limit` writes in flight; returns writes per second. */
async function throughput(items: Item[], limit: number, write: (item: Item) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await write(items[next++] as Item);
    }),
  );
  return items.length / ((performance.now() - started) / 1000);
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  await withService({}, async (url, client) => {
    const created = await prepare(client, WRITES);
    const bare: number[] = [];
    const viaClient: number[] = [];
    // Interleaved so both see the same warm-up and store size.
    for (const [i, item] of created.entries()) {
      bare.push(await bareWrite(url, item, `bare ${i}`));
      viaClient.push(await clientWrite(client, item, `client ${i}`));
    }
    const b = median(bare);
    const c = median(viaClient);
    console.log(`decision write, bare fetch (baseline): median ${b.toFixed(2)} ms`);
    console.log(`decision write, Graph client:          median ${c.toFixed(2)} ms (×${(c / b).toFixed(2)} of baseline)`);
    const rate = await throughput(created, 8, (item) => clientWrite(client, item, 'parallel'));
    console.log(`throughput, 8 in flight, no faults:    ${rate.toFixed(0)} writes/s`);
  });
  await withService({ throttleRate: 0.2, dropRate: 0.05, seed: 42 }, async (_url, client) => {
    const created = await prepare(client, WRITES);
    const rate = await throughput(created, 8, (item) => clientWrite(client, item, 'faulty'));
    console.log(`throughput, 8 in flight, 20 % 429 + 5 % drops (waits ≤ 2 ms): ${rate.toFixed(0)} writes/s`);
  });
}
