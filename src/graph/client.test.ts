import type { ListItem } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import type { TokenProvider } from '../domain/ports';
import { createGraphClient, type GraphClientOptions } from './client';
import { ConflictError, GraphError, NetworkError } from './errors';

/** A recorded call to the fake fetch. */
interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}
type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'drop';

/** A fetch that answers from a script, one reply per call, and records what it was sent. */
function scriptedFetch(replies: Array<Reply | ((call: Call) => Reply)>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call: Call = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const next = replies.shift();
    if (next === undefined) throw new Error(`unexpected request ${call.method} ${call.url}`);
    const reply = typeof next === 'function' ? next(call) : next;
    if (reply === 'drop') throw new TypeError('fetch failed', { cause: new Error('other side closed') });
    const text = reply.body === undefined ? null : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status, headers: { 'content-type': 'application/json', ...reply.headers } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** Hands out 'token-1' until asked to refresh, then 'token-2'; records how it was asked. */
class FakeTokens implements TokenProvider {
  asked: Array<{ forceRefresh?: boolean } | undefined> = [];
  private current = 'token-1';
  async getAccessToken(options?: { forceRefresh?: boolean }): Promise<string> {
    this.asked.push(options);
    if (options?.forceRefresh) this.current = 'token-2';
    return this.current;
  }
}

function setup(replies: Parameters<typeof scriptedFetch>[0], extra: Partial<GraphClientOptions> = {}) {
  const { fetch, calls } = scriptedFetch(replies);
  const waits: number[] = [];
  const tokens = new FakeTokens();
  const client = createGraphClient({
    baseUrl: 'http://graph.test/v1.0/',
    tokens,
    fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...extra,
  });
  return { client, calls, waits, tokens };
}

const item: ListItem = { id: '7', '@odata.etag': '"abc,2"', fields: { Title: 'Budget' } } as ListItem;
const graphError = (code: string, message: string) => ({
  error: { code, message, innerError: { 'request-id': 'req-123', date: '2026-11-23T10:00:00' } },
});

describe('createGraphClient: requests', () => {
  it('sends the bearer token, Accept, a client-request-id and a JSON body to base URL + path', async () => {
    const { client, calls } = setup([{ status: 201, body: item, headers: { ETag: '"abc,2"' } }]);
    const response = await client.send({ method: 'POST', path: 'sites/punkt-demo/lists/L/items', body: { fields: { Title: 'Budget' } } });
    const call = calls[0]!;
    expect(call.url).toBe('http://graph.test/v1.0/sites/punkt-demo/lists/L/items');
    expect(call.headers.get('authorization')).toBe('Bearer token-1');
    expect(call.headers.get('accept')).toBe('application/json');
    expect(call.headers.get('content-type')).toBe('application/json');
    expect(call.headers.get('client-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(call.body).toEqual({ fields: { Title: 'Budget' } });
    expect(response).toMatchObject({ status: 201, body: item, etag: '"abc,2"' });
  });

  it('sends ifMatch as If-Match and takes the ETag from the body when the header is missing', async () => {
    const { client, calls } = setup([{ status: 200, body: item }]);
    const response = await client.send({ method: 'PATCH', path: '/x', body: {}, ifMatch: '"abc,1"' });
    expect(calls[0]!.headers.get('if-match')).toBe('"abc,1"');
    expect(response.etag).toBe('"abc,2"');
  });

  it('resolves a 204 with an undefined body', async () => {
    const { client } = setup([{ status: 204 }]);
    await expect(client.send({ method: 'DELETE', path: '/x' })).resolves.toMatchObject({ status: 204, body: undefined });
  });
});

describe('createGraphClient: retries', () => {
  it('waits the Retry-After seconds of a 429 before trying again', async () => {
    const { client, waits, calls } = setup([
      { status: 429, headers: { 'Retry-After': '3' } },
      { status: 200, body: item },
    ]);
    await expect(client.get('/x')).resolves.toEqual(item);
    expect(waits).toEqual([3000]);
    expect(calls).toHaveLength(2);
  });

  it('reads a Retry-After HTTP date against now()', async () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    const { client, waits } = setup(
      [
        { status: 503, headers: { 'Retry-After': 'Mon, 23 Nov 2026 10:00:05 GMT' } },
        { status: 200, body: {} },
      ],
      { now: () => now },
    );
    await client.get('/x');
    expect(waits).toEqual([5000]);
  });

  it('backs off exponentially with jitter when there is no Retry-After', async () => {
    const { client, waits } = setup([{ status: 503 }, { status: 504 }, { status: 429 }, { status: 200, body: {} }]);
    await client.get('/x');
    expect(waits).toEqual([125, 250, 500]); // random 0.5 × 250·2^(n−1)
  });

  it('gives up after maxAttempts with a GraphError carrying the last status and Retry-After', async () => {
    const busy = { status: 429, headers: { 'Retry-After': '1' }, body: graphError('TooManyRequests', 'slow down') };
    const { client, calls, waits } = setup([busy, busy, busy], { maxAttempts: 3 });
    const error = await client.get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests', retryAfterMs: 1000 });
    expect(calls).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('does not retry a 400', async () => {
    const { client, calls } = setup([{ status: 400, body: graphError('invalidRequest', 'bad filter') }]);
    await expect(client.get('/x')).rejects.toMatchObject({ status: 400, message: 'bad filter' });
    expect(calls).toHaveLength(1);
  });
});

describe('createGraphClient: tokens and errors', () => {
  it('refreshes the token once after a 401 and repeats the request', async () => {
    const { client, calls, tokens } = setup([{ status: 401 }, { status: 200, body: item }]);
    await expect(client.get('/x')).resolves.toEqual(item);
    expect(tokens.asked).toEqual([undefined, { forceRefresh: true }]);
    expect(calls[1]!.headers.get('authorization')).toBe('Bearer token-2');
  });

  it('throws a GraphError when the refreshed token is refused too', async () => {
    const { client, calls } = setup([{ status: 401 }, { status: 401, body: graphError('InvalidAuthenticationToken', 'expired') }]);
    await expect(client.get('/x')).rejects.toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    expect(calls).toHaveLength(2);
  });

  it('throws a ConflictError with the server body on 412', async () => {
    const body = graphError('preconditionFailed', 'ETag mismatch');
    const { client } = setup([{ status: 412, body }]);
    const error = await client.send({ method: 'PATCH', path: '/x', body: {}, ifMatch: '"old"' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 412, code: 'preconditionFailed', body, requestId: 'req-123' });
  });

  it('parses Graph error bodies into status, code, message and request id', async () => {
    const { client } = setup([{ status: 403, body: graphError('accessDenied', 'Access denied') }]);
    await expect(client.get('/x')).rejects.toMatchObject({
      name: 'GraphError',
      status: 403,
      code: 'accessDenied',
      message: 'Access denied',
      requestId: 'req-123',
    });
  });

  it('falls back to the client-request-id and a default code when the body is not Graph’s', async () => {
    const { client, calls } = setup([{ status: 404 }]);
    const error = (await client.get('/x').catch((e: unknown) => e)) as GraphError;
    expect(error.code).toBe('itemNotFound');
    expect(error.requestId).toBe(calls[0]!.headers.get('client-request-id'));
  });
});

describe('createGraphClient: paging', () => {
  it('follows absolute @odata.nextLink and concatenates value', async () => {
    const next = 'http://graph.test/v1.0/sites/s/lists/L/items?$skiptoken=2';
    const { client, calls } = setup([
      { status: 200, body: { value: [{ id: '1' }, { id: '2' }], '@odata.nextLink': next } },
      { status: 200, body: { value: [{ id: '3' }] } },
    ]);
    await expect(client.getAll('/sites/s/lists/L/items?$top=2', { Prefer: 'x' })).resolves.toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
    expect(calls.map((c) => c.url)).toEqual(['http://graph.test/v1.0/sites/s/lists/L/items?$top=2', next]);
    expect(calls[1]!.headers.get('prefer')).toBe('x');
  });
});

describe('createGraphClient: token safety', () => {
  it('refuses a nextLink on another origin instead of sending the token there', async () => {
    const { client, calls } = setup([
      { status: 200, body: { value: [{ id: '1' }], '@odata.nextLink': 'https://evil.test/v1.0/items?page=2' } },
    ]);
    await expect(client.getAll('/items')).rejects.toThrow(/Refusing to send a Graph token to https:\/\/evil\.test/);
    expect(calls).toHaveLength(1);
  });
});

describe('createGraphClient: network failures', () => {
  it('retries a GET after dropped connections', async () => {
    const { client, calls } = setup(['drop', 'drop', { status: 200, body: item }]);
    await expect(client.get('/x')).resolves.toEqual(item);
    expect(calls).toHaveLength(3);
  });

  it('throws NetworkError when every attempt drops', async () => {
    const { client, calls } = setup(['drop', 'drop'], { maxAttempts: 2 });
    await expect(client.get('/x')).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toHaveLength(2);
  });

  it('never retries a POST without recover after a drop', async () => {
    const { client, calls } = setup(['drop', { status: 201, body: item }]);
    await expect(client.send({ method: 'POST', path: '/x', body: {} })).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toHaveLength(1);
  });

  it('resolves a dropped POST with what recover found, without sending it again', async () => {
    const { client, calls } = setup(['drop']);
    const response = await client.send({ method: 'POST', path: '/x', body: {}, recover: async () => item });
    expect(response).toMatchObject({ status: 201, body: item, etag: '"abc,2"' });
    expect(calls).toHaveLength(1);
  });

  it('sends a dropped POST again when recover finds nothing', async () => {
    const { client, calls } = setup(['drop', { status: 201, body: item }]);
    const response = await client.send({ method: 'POST', path: '/x', body: {}, recover: async () => null });
    expect(response.status).toBe(201);
    expect(calls).toHaveLength(2);
  });

  it('asks recover on a 409 duplicate and returns the earlier creation', async () => {
    const { client } = setup([{ status: 409, body: graphError('nameAlreadyExists', 'duplicate ClientKey') }]);
    const response = await client.send({ method: 'POST', path: '/x', body: {}, recover: async () => item });
    expect(response).toMatchObject({ status: 201, body: item });
  });

  it('still throws the 409 when recover finds nothing', async () => {
    const { client } = setup([{ status: 409, body: graphError('nameAlreadyExists', 'dup') }]);
    await expect(client.send({ method: 'POST', path: '/x', body: {}, recover: async () => null })).rejects.toMatchObject({ status: 409 });
  });

  it('retries a POST on 429, which Graph did not process', async () => {
    const { client, calls } = setup([{ status: 429 }, { status: 201, body: item }]);
    await expect(client.send({ method: 'POST', path: '/x', body: {} })).resolves.toMatchObject({ status: 201 });
    expect(calls).toHaveLength(2);
  });

  it('treats a 412 after a dropped If-Match PATCH as done when recover sees the written values', async () => {
    const { client, calls } = setup(['drop', { status: 412 }]);
    const response = await client.send({ method: 'PATCH', path: '/x', body: {}, ifMatch: '"1"', recover: async () => item });
    expect(response).toMatchObject({ status: 200, body: item });
    expect(calls).toHaveLength(2);
  });

  it('resolves a dropped PATCH without If-Match with 200 when recover sees the values', async () => {
    const { client, calls } = setup(['drop']);
    await expect(client.send({ method: 'PATCH', path: '/x', body: {}, recover: async () => item })).resolves.toMatchObject({
      status: 200,
      body: item,
    });
    expect(calls).toHaveLength(1);
  });

  it('treats a 404 after a dropped DELETE as deleted', async () => {
    const { client } = setup(['drop', { status: 404 }]);
    await expect(client.send({ method: 'DELETE', path: '/x' })).resolves.toMatchObject({ status: 204 });
  });

  it('abandons a stalled attempt after timeoutMs and retries a GET', async () => {
    let calls = 0;
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      if (calls === 2) return new Response('{"ok":true}', { status: 200 });
      // Never answers; only the client's abort ends it.
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    }) as typeof globalThis.fetch;
    const client = createGraphClient({
      baseUrl: 'http://graph.test/v1.0',
      tokens: new FakeTokens(),
      fetch,
      timeoutMs: 20,
      sleep: async () => {},
    });
    await expect(client.get('/x')).resolves.toEqual({ ok: true });
    expect(calls).toBe(2);
  });

  it('treats a timed-out create as lost and asks recover', async () => {
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof globalThis.fetch;
    const client = createGraphClient({ baseUrl: 'http://graph.test/v1.0', tokens: new FakeTokens(), fetch, timeoutMs: 20 });
    await expect(client.send({ method: 'POST', path: '/x', body: {}, recover: async () => item })).resolves.toMatchObject({
      status: 201,
      body: item,
    });
  });

  it('reports every attempt to onRequest', async () => {
    const events: unknown[] = [];
    const { client } = setup(['drop', { status: 200, body: {} }], { onRequest: (e) => events.push({ ...e, ms: 0 }) });
    await client.get('/x');
    expect(events).toEqual([
      { method: 'GET', path: '/x', status: 'network-error', attempt: 1, ms: 0 },
      { method: 'GET', path: '/x', status: 200, attempt: 2, ms: 0 },
    ]);
  });
});
