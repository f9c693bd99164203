/**
 * The write probe (DecisionStore.canWrite) against the local service over HTTP: a writer gets
 * true, the reader token false, the item is never changed, and a failed connection answers null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import type { MeetingRef, StoredAgenda } from '../domain/ports';
import { createAgendaRepository } from './agenda-repository';
import { createCalendarRepository } from './calendar-repository';
import { createGraphClient } from './client';
import type { GraphClientOptions } from './client';
import { READER_TOKEN } from '../../local-graph/src/auth';
import type { LocalGraph } from '../../local-graph/src/index';

const now = new Date('2026-11-20T18:30:00Z');
let graph: LocalGraph;
let ref: MeetingRef;
let attempts: Array<{ method: string; status: number | 'network-error' }> = [];

function repository(token: string, extra: Partial<GraphClientOptions> = {}) {
  const client = createGraphClient({
    baseUrl: graph.url,
    tokens: { getAccessToken: async () => token },
    sleep: async () => undefined,
    onRequest: ({ method, status }) => attempts.push({ method, status }),
    ...extra,
  });
  return createAgendaRepository(client, { siteId: 'punkt-demo' });
}

/** The first open punkt, as the note-taker's view probes it. */
const firstOpen = (agenda: StoredAgenda | null) => agenda!.items.find((s) => !s.item.closed)!;

beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-probe-', { seed: true, now: () => now });
  const calendar = createCalendarRepository(
    createGraphClient({ baseUrl: graph.url, tokens: { getAccessToken: async () => 'punkt-dev-token' } }),
  );
  const [event] = await calendar.listEvents('2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z');
  ref = { iCalUId: event!.iCalUId, start: event!.start };
});
afterAll(async () => {
  await graph.close();
});

describe('canWrite (the write probe)', () => {
  it('answers true for a writer with one PATCH (the 412 is not retried) and leaves the item and its ETag unchanged', async () => {
    const repo = repository('punkt-dev-token');
    const before = firstOpen(await repo.loadAgenda(ref));
    attempts = [];
    expect(await repo.canWrite!(before.id)).toBe(true);
    expect(attempts).toEqual([{ method: 'PATCH', status: 412 }]);
    const after = firstOpen(await repository('punkt-dev-token').loadAgenda(ref));
    expect(after.etag).toBe(before.etag);
    expect(after.item).toEqual(before.item);
  });

  it('answers false for the read-only user (403 comes before the ETag check) and changes nothing', async () => {
    const reader = repository(READER_TOKEN);
    const before = firstOpen(await reader.loadAgenda(ref));
    attempts = [];
    expect(await reader.canWrite!(before.id)).toBe(false);
    expect(attempts).toEqual([{ method: 'PATCH', status: 403 }]);
    expect(firstOpen(await reader.loadAgenda(ref)).etag).toBe(before.etag);
  });

  it('answers false without a loaded agenda too (the item found in the main list by id)', async () => {
    const id = firstOpen(await repository('punkt-dev-token').loadAgenda(ref)).id;
    expect(await repository(READER_TOKEN).canWrite!(id)).toBe(false);
    expect(await repository('punkt-dev-token').canWrite!(id)).toBe(true);
  });

  it('answers null when the connection fails on every attempt', async () => {
    const id = firstOpen(await repository('punkt-dev-token').loadAgenda(ref)).id;
    const offline = repository('punkt-dev-token', { fetch: async () => Promise.reject(new TypeError('fetch failed')), maxAttempts: 2 });
    expect(await offline.canWrite!(id)).toBeNull();
  });

  it('answers null when the service keeps failing with 503', async () => {
    const repo = repository('punkt-dev-token');
    const id = firstOpen(await repo.loadAgenda(ref)).id;
    const failing = repository('punkt-dev-token', {
      maxAttempts: 2,
      fetch: async (input, init) =>
        init?.method === 'PATCH'
          ? new Response('{"error":{"code":"serviceNotAvailable","message":"busy"}}', { status: 503 })
          : fetch(input, init),
    });
    await failing.loadAgenda(ref);
    expect(await failing.canWrite!(id)).toBeNull();
  });
});
