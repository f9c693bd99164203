import type { List } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import type { TokenProvider } from '../domain/ports';
import { toBatchUrl } from './batch';
import { createGraphClient, type GraphRequest } from './client';
import { GraphError, NetworkError } from './errors';

interface Inner {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}
interface InnerReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
/** Answers one inner request; `round` counts the $batch POSTs so far (1-based). */
type Handler = (inner: Inner, round: number) => InnerReply;

const tokens: TokenProvider = { getAccessToken: async () => 'token' };

/**
 * A fake $batch endpoint: answers each inner request through `handler`, in reverse order (Graph
 * does not promise order), or drops the whole connection when `drop(round)` says so.
 */
function fakeBatchServer(handler: Handler, drop: (round: number) => boolean = () => false) {
  const envelopes: Inner[][] = [];
  const waits: number[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    expect(String(input)).toBe('http://graph.test/v1.0/$batch');
    expect(init?.method).toBe('POST');
    const requests = (JSON.parse(String(init?.body)) as { requests: Inner[] }).requests;
    envelopes.push(requests);
    const round = envelopes.length;
    if (drop(round)) throw new TypeError('fetch failed');
    const responses = requests.map((r) => ({ id: r.id, ...handler(r, round) })).reverse();
    return new Response(JSON.stringify({ responses }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = createGraphClient({
    baseUrl: 'http://graph.test/v1.0',
    tokens,
    fetch: fetch as typeof globalThis.fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    maxAttempts: 4,
  });
  return { client, envelopes, waits };
}

const gets = (n: number): GraphRequest[] => Array.from({ length: n }, (_, i) => ({ method: 'GET', path: `/items/${i}` }));
const echo: Handler = (inner) => ({ status: 200, body: { url: inner.url } });

describe('batch: splitting', () => {
  it.each([
    [20, [20]],
    [21, [20, 1]],
    [45, [20, 20, 5]],
  ])('sends %i requests as envelopes of %j and returns the responses in request order', async (n, sizes) => {
    const { client, envelopes } = fakeBatchServer(echo);
    const responses = await client.batch(gets(n));
    expect(envelopes.map((e) => e.length)).toEqual(sizes);
    expect(responses.map((r) => (r.body as { url: string }).url)).toEqual(gets(n).map((r) => r.path));
  });

  it('sends nothing for an empty list', async () => {
    const { client, envelopes } = fakeBatchServer(echo);
    await expect(client.batch([])).resolves.toEqual([]);
    expect(envelopes).toHaveLength(0);
  });
});

describe('batch: inner requests', () => {
  it('uses URLs relative to the version and adds Content-Type and If-Match headers', async () => {
    const { client, envelopes } = fakeBatchServer(echo);
    await client.batch([
      { method: 'PATCH', path: '/sites/s/lists/L/items/1/fields', body: { Decision: 'Godkendt' }, ifMatch: '"e,1"' },
      { method: 'GET', path: 'http://graph.test/v1.0/sites/s/lists/L/items?$skiptoken=5' },
    ]);
    expect(envelopes[0]).toEqual([
      {
        id: '0',
        method: 'PATCH',
        url: '/sites/s/lists/L/items/1/fields',
        headers: { 'Content-Type': 'application/json', 'If-Match': '"e,1"' },
        body: { Decision: 'Godkendt' },
      },
      { id: '1', method: 'GET', url: '/sites/s/lists/L/items?$skiptoken=5' },
    ]);
  });

  it('returns inner failures such as 403 instead of throwing, with bodies as objects', async () => {
    const denied = { error: { code: 'accessDenied', message: 'Access denied' } };
    const { client } = fakeBatchServer((inner) =>
      inner.id === '1' ? { status: 403, body: JSON.stringify(denied) } : { status: 200, body: { value: [] } },
    );
    const [open, closed] = await client.batch(gets(2));
    expect(open?.status).toBe(200);
    expect(closed).toMatchObject({ status: 403, body: denied });
  });

  it('takes the inner ETag from the ETag header or the body’s @odata.etag', async () => {
    const list: List = { id: 'L', displayName: 'PunktItems' };
    const { client } = fakeBatchServer((inner) =>
      inner.id === '0' ? { status: 200, body: list, headers: { ETag: '"h,1"' } } : { status: 200, body: { '@odata.etag': '"b,2"' } },
    );
    const responses = await client.batch(gets(2));
    expect(responses.map((r) => r.etag)).toEqual(['"h,1"', '"b,2"']);
  });
});

describe('batch: retries', () => {
  it('re-sends only the throttled inner requests after the longest inner Retry-After', async () => {
    const { client, envelopes, waits } = fakeBatchServer((inner, round) =>
      round === 1 && inner.id !== '0' ? { status: 429, headers: { 'Retry-After': inner.id } } : { status: 200, body: { id: inner.id } },
    );
    const responses = await client.batch(gets(3));
    expect(envelopes.map((e) => e.map((r) => r.id))).toEqual([
      ['0', '1', '2'],
      ['1', '2'],
    ]);
    expect(waits).toEqual([2000]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('returns the last 503 when an inner request stays unavailable', async () => {
    const { client, envelopes } = fakeBatchServer((inner) => (inner.id === '1' ? { status: 503 } : { status: 200 }));
    const responses = await client.batch(gets(2));
    expect(envelopes).toHaveLength(4);
    expect(responses.map((r) => r.status)).toEqual([200, 503]);
  });

  it('re-sends idempotent requests after the envelope’s connection drops', async () => {
    const { client, envelopes } = fakeBatchServer(echo, (round) => round === 1);
    const responses = await client.batch(gets(2));
    expect(envelopes).toHaveLength(2);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
  });

  it('asks recover about a create whose envelope dropped and re-sends only what it did not find', async () => {
    const found = { id: '9', '@odata.etag': '"n,1"' };
    const { client, envelopes } = fakeBatchServer(
      () => ({ status: 201, body: { id: 'new' } }),
      (round) => round === 1,
    );
    const responses = await client.batch([
      { method: 'POST', path: '/a', body: {}, recover: async () => found },
      { method: 'POST', path: '/b', body: {}, recover: async () => null },
    ]);
    expect(envelopes.map((e) => e.map((r) => r.url))).toEqual([['/a', '/b'], ['/b']]);
    expect(responses).toMatchObject([
      { status: 201, body: found, etag: '"n,1"' },
      { status: 201, body: { id: 'new' } },
    ]);
  });

  it('throws NetworkError rather than re-send a create that has no recover', async () => {
    const { client, envelopes } = fakeBatchServer(echo, (round) => round === 1);
    await expect(client.batch([{ method: 'POST', path: '/a', body: {} }])).rejects.toBeInstanceOf(NetworkError);
    expect(envelopes).toHaveLength(1);
  });

  it('turns an inner 409 on a create with recover into the earlier creation', async () => {
    const { client } = fakeBatchServer(() => ({ status: 409, body: { error: { code: 'nameAlreadyExists', message: 'dup' } } }));
    const [response] = await client.batch([{ method: 'POST', path: '/a', body: {}, recover: async () => ({ id: '3' }) }]);
    expect(response).toMatchObject({ status: 201, body: { id: '3' } });
  });

  it('throws the envelope’s own error status', async () => {
    const fetch = async () => new Response(JSON.stringify({ error: { code: 'BadRequest', message: 'too many' } }), { status: 400 });
    const client = createGraphClient({ baseUrl: 'http://graph.test/v1.0', tokens, fetch: fetch as typeof globalThis.fetch });
    await expect(client.batch(gets(1))).rejects.toMatchObject({ status: 400, code: 'BadRequest' });
    await expect(client.batch(gets(1))).rejects.toBeInstanceOf(GraphError);
  });
});

describe('toBatchUrl', () => {
  it('strips the base URL or the version segment from absolute URLs', () => {
    expect(toBatchUrl('http://graph.test/v1.0', 'sites/s')).toBe('/sites/s');
    expect(toBatchUrl('http://graph.test/v1.0', 'http://graph.test/v1.0/sites/s?$top=1')).toBe('/sites/s?$top=1');
    expect(toBatchUrl('/graph/v1.0', 'http://localhost:5173/graph/v1.0/sites/s/lists')).toBe('/sites/s/lists');
    expect(toBatchUrl('https://graph.microsoft.com/v1.0', 'https://graph.microsoft.com/beta/me')).toBe('/me');
  });
});

describe('batch: sequential (dependsOn)', () => {
  const writes = (n: number): GraphRequest[] =>
    Array.from({ length: n }, (_, i) => ({ method: 'DELETE', path: `/items/${i}`, ifMatch: `"e${i}"` }));
  /** Answers as Graph does for a chain: after a failure every dependant gets 424. */
  function chain(fail: (inner: Inner, round: number) => number | null): Handler {
    let failedIn = 0;
    return (inner, round) => {
      const dependsOn = (inner as Inner & { dependsOn?: string[] }).dependsOn;
      if (dependsOn && failedIn === round) return { status: 424, body: { error: { code: 'failedDependency' } } };
      const status = fail(inner, round);
      if (status === null) return { status: 204 };
      failedIn = round;
      const headers: Record<string, string> = status === 429 ? { 'retry-after': '1' } : {};
      return { status, body: { error: { code: 'x' } }, headers };
    };
  }

  it('chains every request to the one before it', async () => {
    const { client, envelopes } = fakeBatchServer(chain(() => null));
    await client.batch(writes(3), { sequential: true });
    expect(envelopes[0]!.map((r) => (r as Inner & { dependsOn?: string[] }).dependsOn)).toEqual([undefined, ['0'], ['1']]);
  });

  it('sends a throttled request again with the ones after it, and not the ones before', async () => {
    const { client, envelopes } = fakeBatchServer(chain((inner, round) => (inner.id === '1' && round === 1 ? 429 : null)));
    const responses = await client.batch(writes(3), { sequential: true });
    expect(responses.map((r) => r.status)).toEqual([204, 204, 204]);
    expect(envelopes[1]!.map((r) => [r.id, (r as Inner & { dependsOn?: string[] }).dependsOn])).toEqual([
      ['1', undefined],
      ['2', ['1']],
    ]);
  });

  it('stops at a real failure: the rest, later chunks included, answer 424 and are not sent', async () => {
    const { client, envelopes } = fakeBatchServer(chain((inner) => (inner.id === '1' ? 412 : null)));
    const responses = await client.batch(writes(23), { sequential: true });
    expect(responses.slice(0, 4).map((r) => r.status)).toEqual([204, 412, 424, 424]);
    expect(responses.slice(20).map((r) => r.status)).toEqual([424, 424, 424]);
    expect(envelopes).toHaveLength(1);
  });
});
