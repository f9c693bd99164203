/**
 * Issue #3's reliability bar: 1,000 decisions written through the client while the local service
 * throttles 20 % of requests and drops 5 % of connections (half of dropped writes after applying
 * them). Every decision must arrive exactly once and hold its final value.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { expect, it } from 'vitest';
import { createGraphClient, type GraphClient } from './client';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';

const COUNT = 1000;
const CONCURRENCY = 8;
const site = '/sites/punkt-demo';
const items = `${site}/lists/ReliabilityProbe/items`;
type Fields = { ClientKey: string; Decision: string };
type Item = ListItem & { '@odata.etag'?: string; fields: Fields };

/** Runs `task` for every input with at most `limit` in flight, like a note-taker's outbox draining. */
async function pool<T, R>(inputs: T[], limit: number, task: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await task(inputs[i] as T);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** Creates one decision row, identified by its client key so a retried create is recognised. */
async function createDecision(client: GraphClient, key: string): Promise<Item> {
  const response = await client.send<Item>({
    method: 'POST',
    path: items,
    body: { fields: { ClientKey: key, Decision: `draft ${key}` } },
    recover: async () => (await client.getAll<Item>(`${items}?$expand=fields&$filter=fields/ClientKey eq '${key}'`))[0] ?? null,
  });
  return response.body;
}

/** Writes the final decision with If-Match; after a lost attempt, a 412 is checked against the server. */
async function finalizeDecision(client: GraphClient, item: Item): Promise<void> {
  const final = `final ${item.fields.ClientKey}`;
  await client.send({
    method: 'PATCH',
    path: `${items}/${item.id}/fields`,
    body: { Decision: final },
    ifMatch: item['@odata.etag'] as string,
    recover: async () => {
      const current = await client.get<Item>(`${items}/${item.id}?$expand=fields`);
      return current.fields.Decision === final ? current : null;
    },
  });
}

it('writes 1,000 decisions exactly once under 20 % throttling and 5 % dropped connections', async () => {
  // In memory: this is about the client's exactly-once handling, not the disk's fsyncs.
  const service = await startTempLocalGraph('punkt-reliability-', {
    seed: false,
    faults: { throttleRate: 0.2, dropRate: 0.05, seed: 2024 },
    inMemory: true,
  });
  const counts = { requests: 0, throttled: 0, dropped: 0 };
  const client = createGraphClient({
    baseUrl: service.url,
    tokens: { getAccessToken: async () => 'punkt-dev-token' },
    // 0.25 failure odds per attempt: 12 attempts make a request's failure ~6e-8.
    maxAttempts: 12,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 2))),
    onRequest: ({ status }) => {
      counts.requests++;
      if (status === 429) counts.throttled++;
      if (status === 'network-error') counts.dropped++;
    },
  });
  try {
    await client.send({
      method: 'POST',
      path: `${site}/lists`,
      body: {
        displayName: 'ReliabilityProbe',
        columns: [
          { name: 'ClientKey', text: {}, indexed: true, enforceUniqueValues: true },
          { name: 'Decision', text: {} },
        ],
      },
      recover: async () =>
        (await client.get<{ value: unknown[] }>(`${site}/lists?$filter=displayName eq 'ReliabilityProbe'`)).value[0] ?? null,
    });

    const keys = Array.from({ length: COUNT }, (_, i) => `decision-${String(i).padStart(4, '0')}`);
    const created = await pool(keys, CONCURRENCY, (key) => createDecision(client, key));
    await pool(created, CONCURRENCY, (item) => finalizeDecision(client, item));

    const stored = await client.getAll<Item>(`${items}?$expand=fields($select=ClientKey,Decision)&$top=500`);
    const storedKeys = stored.map((i) => i.fields.ClientKey);
    expect(stored).toHaveLength(COUNT);
    expect(new Set(storedKeys).size).toBe(COUNT);
    expect([...storedKeys].sort()).toEqual(keys);
    expect(stored.filter((i) => i.fields.Decision !== `final ${i.fields.ClientKey}`)).toEqual([]);
    // The faults really happened, at roughly the configured rates.
    expect(counts.throttled / counts.requests).toBeGreaterThan(0.1);
    expect(counts.dropped / counts.requests).toBeGreaterThan(0.02);
  } finally {
    await service.close();
  }
  // About 7 s on an idle machine; the margin is for a CI box running other suites alongside.
}, 90_000);
