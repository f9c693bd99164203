import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalGraph } from './index';
import type { FaultOptions, LocalGraph } from './index';

const running: { graph: LocalGraph; dir: string }[] = [];
afterEach(async () => {
  for (const { graph, dir } of running.splice(0)) {
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function start(faults?: FaultOptions): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-http-'));
  const graph = await startLocalGraph({ port: 0, dataDir: dir, faults });
  running.push({ graph, dir });
  return graph.url;
}

const auth = { authorization: 'Bearer punkt-dev-token', 'content-type': 'application/json' };

describe('the HTTP server', () => {
  it('serves under http://127.0.0.1:P/v1.0 with request-id and client-request-id headers', async () => {
    const url = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    const response = await fetch(`${url}/sites/punkt-demo`, { headers: { ...auth, 'client-request-id': 'mine' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('client-request-id')).toBe('mine');
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('answers malformed JSON with 400', async () => {
    const url = await start();
    const response = await fetch(`${url}/sites/punkt-demo/lists`, { method: 'POST', headers: auth, body: '{nope' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BadRequest');
  });

  it('throttles with 429 and Retry-After: 1 when asked to', async () => {
    const url = await start({ throttleRate: 1 });
    const response = await fetch(`${url}/sites/punkt-demo`, { headers: auth });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
  });

  it('fails with 503 when asked to', async () => {
    const url = await start({ failRate: 1 });
    expect((await fetch(`${url}/sites/punkt-demo`, { headers: auth })).status).toBe(503);
  });

  it('adds the requested latency', async () => {
    const url = await start({ latencyMs: 150 });
    const started = Date.now();
    await fetch(`${url}/sites/punkt-demo`, { headers: auth });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops connections, and some dropped writes were applied anyway', async () => {
    const url = await start({ dropRate: 1, seed: 5 });
    await expect(fetch(`${url}/sites/punkt-demo`, { headers: auth })).rejects.toThrow();
    // Create lists through drops, then count what exists without faults.
    const dir = running[0]?.dir as string;
    for (let i = 0; i < 10; i += 1) {
      await fetch(`${url}/sites/punkt-demo/lists`, { method: 'POST', headers: auth, body: JSON.stringify({ displayName: `L${i}` }) }).catch(
        () => null,
      );
    }
    await running[0]?.graph.close();
    running.splice(0);
    const graph = await startLocalGraph({ port: 0, dataDir: dir });
    running.push({ graph, dir });
    const lists = (await (await fetch(`${graph.url}/sites/punkt-demo/lists`, { headers: auth })).json()) as { value: unknown[] };
    expect(lists.value.length).toBeGreaterThan(0);
    expect(lists.value.length).toBeLessThan(10);
  });
});
