/**
 * Who may use the local service (issue 9, point 13): only known tokens (the secretary, the
 * note-taker, a read-only manager), only the app's own origins get CORS headers, and only
 * requests whose Host names this machine are served (DNS-rebinding defence).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalGraphMiddleware, startLocalGraph } from './index';
import type { LocalGraph } from './index';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness } from '../../tests/helpers/local-graph/test-harness';

describe('tokens', () => {
  let h: Harness;
  const ITEMS = '/sites/punkt-demo/lists/PunktItems/items';
  const CLOSED = '/sites/punkt-demo/lists/PunktClosedItems/items';
  beforeEach(() => {
    h = createHarness();
    makeList(h, 'PunktItems', []);
    makeList(h, 'PunktClosedItems', []);
  });
  afterEach(() => h.dispose());

  it.each(['nope', 'punkt-dev-token-admin', 'Bearer'])('refuses the unknown token %s with 401 InvalidAuthenticationToken', (token) => {
    const response = h.call('GET', '/sites/punkt-demo', { token });
    expect(response.status).toBe(401);
    expect(response.json.error.code).toBe('InvalidAuthenticationToken');
    expect(response.headers?.['www-authenticate']).toMatch(/^Bearer/);
  });

  it('refuses an unknown token for a whole $batch', () => {
    expect(
      h.call('POST', '/$batch', { token: 'nope', body: { requests: [{ id: '1', method: 'GET', url: '/sites/punkt-demo' }] } }).status,
    ).toBe(401);
  });

  it.each([
    ['punkt-dev-token', 'Sekretær Demo', 'sekretaer@punkt-demo.local'],
    ['punkt-dev-token-notetaker', 'Referent Demo', 'referent@punkt-demo.local'],
    ['punkt-dev-token-reader', 'Leder Demo', 'leder@punkt-demo.local'],
  ])('knows %s as %s', (token, displayName, mail) => {
    expect(h.call('GET', '/me', { token }).json).toMatchObject({ displayName, mail });
  });

  it('lets the note-taker write items and read closed punkter, with her name on the item', () => {
    const token = 'punkt-dev-token-notetaker';
    const created = h.call('POST', ITEMS, { token, body: { fields: { Title: 'Beslutning' } } });
    expect(created.status).toBe(201);
    expect(created.json.createdBy.user.displayName).toBe('Referent Demo');
    expect(h.call('POST', CLOSED, { token, body: { fields: { Title: 'Lukket' } } }).status).toBe(201);
    expect(h.call('GET', CLOSED, { token }).status).toBe(200);
  });

  it('keeps the manager read-only and out of the closed punkter', () => {
    const token = 'punkt-dev-token-reader';
    expect(h.call('GET', ITEMS, { token }).status).toBe(200);
    expect(h.call('POST', ITEMS, { token, body: { fields: { Title: 'x' } } }).status).toBe(403);
    expect(h.call('GET', CLOSED, { token }).status).toBe(403);
  });
});

/** A raw request, so Host and Origin can be set as a hostile page or a rebound name would. */
function send(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { authorization: 'Bearer punkt-dev-token', ...headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the stand-alone server', () => {
  let graph: LocalGraph;
  let dir: string;
  let port: number;
  const start = async (options: { allowOrigins?: string[]; allowHosts?: string[] } = {}) => {
    dir = mkdtempSync(join(tmpdir(), 'punkt-access-'));
    graph = await startLocalGraph({ port: 0, dataDir: dir, ...options });
    port = Number(new URL(graph.url).port);
  };
  afterEach(async () => {
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['http://localhost:5173', 'http://127.0.0.1:5173'])('echoes the dev server origin %s with Vary: Origin', async (origin) => {
    await start();
    const response = await send(port, '/v1.0/sites/punkt-demo', { origin, host: `127.0.0.1:${port}` });
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe(origin);
    expect(response.headers.vary).toMatch(/Origin/);
  });

  it('echoes its own origin', async () => {
    await start();
    const origin = `http://localhost:${port}`;
    expect((await send(port, '/v1.0/sites/punkt-demo', { origin, host: `localhost:${port}` })).headers['access-control-allow-origin']).toBe(
      origin,
    );
  });

  it.each(['http://evil.example', 'http://localhost:5174', 'null'])('gives no CORS header to the origin %s', async (origin) => {
    await start();
    const response = await send(port, '/v1.0/sites/punkt-demo', { origin, host: `127.0.0.1:${port}` });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers.vary).toMatch(/Origin/);
    const preflight = await send(
      port,
      '/v1.0/sites/punkt-demo',
      { origin, host: `127.0.0.1:${port}`, 'access-control-request-method': 'PATCH' },
      'OPTIONS',
    );
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an allowed preflight with the methods and headers the app sends', async () => {
    await start();
    const origin = 'http://localhost:5173';
    const preflight = await send(
      port,
      '/v1.0/$batch',
      { origin, host: `127.0.0.1:${port}`, 'access-control-request-method': 'POST' },
      'OPTIONS',
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(origin);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
  });

  it('takes its origins from --allow-origin instead of the dev server defaults', async () => {
    await start({ allowOrigins: ['https://punkt.example.org/'] });
    const allowed = await send(port, '/v1.0/sites/punkt-demo', { origin: 'https://punkt.example.org', host: `127.0.0.1:${port}` });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://punkt.example.org');
    const dev = await send(port, '/v1.0/sites/punkt-demo', { origin: 'http://localhost:5173', host: `127.0.0.1:${port}` });
    expect(dev.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each(['localhost', '127.0.0.1', '[::1]'])('serves the Host %s with its port', async (name) => {
    await start();
    expect((await send(port, '/v1.0/sites/punkt-demo', { host: `${name}:${port}` })).status).toBe(200);
  });

  it.each(['evil.example', 'rebind.evil.example:PORT', 'localhost:1', '127.0.0.1'])(
    'refuses the Host %s with 421 and a Graph error body',
    async (host) => {
      await start();
      const response = await send(port, '/v1.0/sites/punkt-demo', { host: host.replace('PORT', String(port)) });
      expect(response.status).toBe(421);
      expect(JSON.parse(response.body).error.code).toBe('misdirectedRequest');
    },
  );

  it('serves a name given with --allow-host', async () => {
    await start({ allowHosts: ['punkt.test'] });
    expect((await send(port, '/v1.0/sites/punkt-demo', { host: `punkt.test:${port}` })).status).toBe(200);
    expect((await send(port, '/v1.0/sites/punkt-demo', { host: 'other.test' })).status).toBe(421);
  });
});

describe('the Vite middleware', () => {
  let server: Server;
  let close: () => Promise<void>;
  let dir: string;
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds no CORS header of its own (Vite answers CORS for its dev server)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'punkt-access-mw-'));
    const middleware = createLocalGraphMiddleware({ dataDir: dir, prefix: '/graph' });
    close = () => middleware.close();
    server = createServer((req, res) => middleware.handle(req, res, () => res.end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const response = await send(port, '/graph/v1.0/sites/punkt-demo', { origin: 'http://evil.example' });
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
