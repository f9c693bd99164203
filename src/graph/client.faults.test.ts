/**
 * The client against the local Graph-compatible service in each of its fault modes: the same
 * scenario (create a list, create items, page through them, update with If-Match, batch-read)
 * must give the same result whether the service is slow, throttles, fails or drops connections.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { createGraphClient, type GraphClient } from './client';
import { ConflictError } from './errors';
import type { FaultOptions } from '../../local-graph/src/faults';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';

type Event = { method: string; path: string; status: number | 'network-error'; attempt: number; ms: number };
type Fields = { ClientKey: string; Decision: string };
/** A list item as Graph returns it: microsoft-graph-types leaves out the OData annotations. */
type Item = ListItem & { '@odata.etag'?: string };
const site = '/sites/punkt-demo';

/** Runs `body` against a fresh service with `faults`, with a client that records every attempt and wait. */
async function withService(faults: FaultOptions, body: (client: GraphClient, events: Event[], waits: number[]) => Promise<void>) {
  // In memory: these tests are about the client's exactly-once handling, not the disk's fsyncs.
  const service = await startTempLocalGraph('punkt-faults-', { seed: false, faults, inMemory: true });
  const events: Event[] = [];
  const waits: number[] = [];
  const client = createGraphClient({
    baseUrl: service.url,
    tokens: { getAccessToken: async () => 'punkt-dev-token' },
    maxAttempts: 12,
    // Honour the waits the client asks for in the record, but keep the test fast.
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, Math.min(ms, 2)));
    },
    onRequest: (event) => events.push(event),
  });
  try {
    await body(client, events, waits);
  } finally {
    await service.close();
  }
}

const filterByKey = (key: string) =>
  `${site}/lists/FaultProbe/items?$expand=fields&$filter=fields/ClientKey eq '${key.replace(/'/g, "''")}'`;

/** The scenario every fault mode must pass. */
async function scenario(client: GraphClient): Promise<void> {
  await client.send({
    method: 'POST',
    path: `${site}/lists`,
    body: {
      displayName: 'FaultProbe',
      columns: [
        { name: 'ClientKey', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'Decision', text: {} },
      ],
      list: { template: 'genericList' },
    },
    recover: async () => (await client.get<{ value: unknown[] }>(`${site}/lists?$filter=displayName eq 'FaultProbe'`)).value[0] ?? null,
  });

  const keys = Array.from({ length: 12 }, (_, i) => `k-${i}`);
  const created: Item[] = [];
  for (const key of keys) {
    const response = await client.send<Item>({
      method: 'POST',
      path: `${site}/lists/FaultProbe/items`,
      body: { fields: { ClientKey: key, Decision: 'draft' } },
      recover: async () => (await client.getAll<Item>(filterByKey(key)))[0] ?? null,
    });
    created.push(response.body);
  }

  const listed = await client.getAll<ListItem & { fields: Fields }>(
    `${site}/lists/FaultProbe/items?$expand=fields($select=ClientKey,Decision)&$top=5`,
  );
  expect(listed.map((i) => i.fields.ClientKey).sort()).toEqual([...keys].sort());

  for (const item of created) {
    const itemPath = `${site}/lists/FaultProbe/items/${item.id}`;
    const final = `final ${item.id}`;
    await client.send({
      method: 'PATCH',
      path: `${itemPath}/fields`,
      body: { Decision: final },
      ifMatch: item['@odata.etag'] as string,
      recover: async () => {
        const current = await client.get<ListItem & { fields: Fields }>(`${itemPath}?$expand=fields`);
        return current.fields.Decision === final ? current : null;
      },
    });
  }

  const reads = await client.batch(
    created.map((item) => ({ method: 'GET' as const, path: `${site}/lists/FaultProbe/items/${item.id}?$expand=fields` })),
  );
  expect(reads.map((r) => r.status)).toEqual(created.map(() => 200));
  expect(reads.map((r) => (r.body as { fields: Fields }).fields.Decision)).toEqual(created.map((item) => `final ${item.id}`));

  // The ETag from the create is stale now: a write with it must be refused, never applied.
  const stale = created[0] as Item;
  await expect(
    client.send({
      method: 'PATCH',
      path: `${site}/lists/FaultProbe/items/${stale.id}/fields`,
      body: { Decision: 'stale' },
      ifMatch: stale['@odata.etag'] as string,
    }),
  ).rejects.toBeInstanceOf(ConflictError);
}

describe('the client against the local service', () => {
  it('completes the scenario with no faults', async () => {
    await withService({}, async (client, events) => {
      await scenario(client);
      expect(events.every((e) => e.status !== 'network-error' && e.status !== 429 && e.status !== 503)).toBe(true);
    });
  });

  it('completes it with added latency', async () => {
    await withService({ latencyMs: 25 }, async (client, events) => {
      await scenario(client);
      expect(Math.min(...events.map((e) => e.ms))).toBeGreaterThanOrEqual(20);
    });
  });

  it('completes it under throttling (429 with Retry-After)', async () => {
    await withService({ throttleRate: 0.35, seed: 7 }, async (client, events, waits) => {
      await scenario(client);
      expect(events.filter((e) => e.status === 429).length).toBeGreaterThan(3);
      expect(waits).toContain(1000);
    });
  });

  it('completes it under failures (503)', async () => {
    await withService({ failRate: 0.35, seed: 11 }, async (client, events) => {
      await scenario(client);
      expect(events.filter((e) => e.status === 503).length).toBeGreaterThan(3);
    });
  });

  it('completes it under dropped connections, creating nothing twice', async () => {
    await withService({ dropRate: 0.25, seed: 5 }, async (client, events) => {
      await scenario(client);
      expect(events.filter((e) => e.status === 'network-error').length).toBeGreaterThan(3);
    });
  });
});
