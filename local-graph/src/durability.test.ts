/**
 * Durability: the graph-server CLI is killed with SIGKILL in the middle of a stream of
 * concurrent writes, restarted on the same data directory, and every write that was acknowledged
 * with 2xx must still be there (and nothing twice). Two rounds, so the second restart also
 * recovers from the first kill's leftovers (journal, lock directory).
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'punkt-durable-'));
const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const auth = { authorization: 'Bearer punkt-dev-token', 'content-type': 'application/json' };

async function startServer(): Promise<{ url: string; child: ChildProcessWithoutNullStreams }> {
  // `node --import tsx` keeps the server in this one process, so SIGKILL hits the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/punkt.ts', 'graph-server', '--port', '0', '--data', dir], {
    cwd: process.cwd(),
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)\n/.exec(out);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`graph-server exited with ${code}`)));
  });
  return { url, child };
}

async function keysIn(url: string): Promise<string[]> {
  const keys: string[] = [];
  let next: string | undefined = `${url}/sites/punkt-demo/lists/Durable/items?$expand=fields($select=Key)&$top=500`;
  while (next) {
    const page = (await (await fetch(next, { headers: auth })).json()) as {
      value: { fields: { Key: string } }[];
      '@odata.nextLink'?: string;
    };
    keys.push(...page.value.map((item) => item.fields.Key));
    next = page['@odata.nextLink'];
  }
  return keys;
}

/** Fires writes 25 at a time until killed; returns the keys whose write was acknowledged. */
async function writeUntilKilled(url: string, child: ChildProcessWithoutNullStreams, round: number): Promise<string[]> {
  const acknowledged: string[] = [];
  let stop = false;
  let n = 0;
  const worker = async (): Promise<void> => {
    while (!stop) {
      const key = `r${round}-${(n += 1)}`;
      try {
        const response = await fetch(`${url}/sites/punkt-demo/lists/Durable/items`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ fields: { Title: key, Key: key } }),
        });
        if (response.status >= 200 && response.status < 300) acknowledged.push(key);
        else if (!stop) throw new Error(`unexpected ${response.status}`);
      } catch (error) {
        if (!stop) throw error;
      }
    }
  };
  const workers = Array.from({ length: 25 }, worker);
  // Kill in the middle of the stream, once a good number of writes have been acknowledged.
  while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  stop = true;
  child.kill('SIGKILL');
  await exited;
  await Promise.allSettled(workers);
  return acknowledged;
}

describe('durability', () => {
  it('keeps every acknowledged write across kill -9 and restart', async () => {
    let server = await startServer();
    const created = await fetch(`${server.url}/sites/punkt-demo/lists`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ displayName: 'Durable', columns: [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }] }),
    });
    expect(created.status).toBe(201);
    const acknowledged: string[] = [];
    for (const round of [1, 2]) {
      acknowledged.push(...(await writeUntilKilled(server.url, server.child, round)));
      server = await startServer();
      const stored = await keysIn(server.url);
      const missing = acknowledged.filter((key) => !stored.includes(key));
      expect(missing).toEqual([]);
      expect(new Set(stored).size).toBe(stored.length);
    }
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }, 120_000);
});
