/**
 * Graph's response compression over HTTP: JSON gzip-compressed for a client that takes gzip (the
 * whole $batch answer included), as is for one that does not, and file bytes never touched.
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { acceptsGzip } from './compression';
import type { LocalGraph } from './index';

let graph: LocalGraph;
beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-gzip-');
});
afterAll(async () => {
  await graph.close();
});

const TOKEN = { authorization: 'Bearer punkt-dev-token' };

/** One request through node:http, which (unlike fetch) shows the bytes as they came and asks for no encoding itself. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A $batch of twenty reads: an answer of a few kB. */
const batch = JSON.stringify({
  requests: Array.from({ length: 20 }, (_, i) => ({ id: String(i), method: 'GET', url: '/sites/punkt-demo/lists' })),
});
const postBatch = (acceptEncoding?: string) =>
  raw(`${graph.url}/$batch`, {
    method: 'POST',
    headers: { ...TOKEN, 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
    body: batch,
  });

describe('response compression', () => {
  it('gzips a $batch answer for a client that accepts gzip, with Content-Encoding and Vary, to the same JSON', async () => {
    const plain = await postBatch();
    const zipped = await postBatch('gzip, deflate, br, zstd');
    expect([plain.status, zipped.status]).toEqual([200, 200]);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Origin, Accept-Encoding');
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 3);
    const answer = JSON.parse(plain.bytes.toString('utf8')) as { responses: unknown[] };
    expect(answer.responses).toHaveLength(20);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString('utf8'))).toEqual(answer);
  });

  it('answers as is when gzip is refused (q=0) or not named, and a short answer as is', async () => {
    for (const refused of ['gzip;q=0, br', 'br', 'identity']) {
      const answer = await postBatch(refused);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect((JSON.parse(answer.bytes.toString('utf8')) as { responses: unknown[] }).responses).toHaveLength(20);
    }
    const me = await raw(`${graph.url}/me`, { headers: { ...TOKEN, 'accept-encoding': 'gzip' } });
    expect(me.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(me.bytes.toString('utf8'))).toMatchObject({ mail: 'sekretaer@punkt-demo.local' });
  });

  it("serves a file's bytes as stored from its download link, even to a client that accepts gzip", async () => {
    const bytes = new Uint8Array(8192).fill(65);
    const path = `${graph.url}/sites/punkt-demo/drive/root:/Bilag/a.txt:/content`;
    const created = await raw(path, { method: 'PUT', headers: { ...TOKEN, 'content-type': 'application/octet-stream' }, body: bytes });
    expect(created.status).toBe(201);
    const link = (JSON.parse(created.bytes.toString('utf8')) as Record<string, string>)['@microsoft.graph.downloadUrl'] as string;
    const download = await raw(link, { headers: { 'accept-encoding': 'gzip' } });
    expect(download.status).toBe(200);
    expect(download.headers['content-encoding']).toBeUndefined();
    expect(new Uint8Array(download.bytes)).toEqual(bytes);
  });
});

describe('reading Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['GZIP', true],
    ['br;q=1.0, gzip;q=0.5', true],
    ['*', true],
    ['x-gzip', true],
    ['gzip;q=0', false],
    ['*;q=0', false],
    ['*, gzip;q=0', false],
    ['br, deflate', false],
    ['identity', false],
    ['', false],
  ])('%j takes gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('takes no gzip from a request without the header', () => {
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
