import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startTempLocalGraph } from './temp-local-graph';

/** The store folders named `prefix…` in `root`. */
const storesIn = (root: string, prefix: string) => readdirSync(root).filter((name) => name.startsWith(prefix));

describe('startTempLocalGraph', () => {
  it('keeps the store in a fresh folder of the temp dir, deleted on close', async () => {
    const prefix = `punkt-temp-helper-${process.pid}-`;
    const graph = await startTempLocalGraph(prefix);
    expect(storesIn(tmpdir(), prefix)).toHaveLength(1);
    expect((await fetch(`${graph.url}/me`, { headers: { authorization: 'Bearer punkt-dev-token' } })).status).toBe(200);
    await graph.close();
    expect(storesIn(tmpdir(), prefix)).toEqual([]);
  });

  it.runIf(existsSync('/dev/shm') && tmpdir() !== '/dev/shm')('keeps an in-memory store in /dev/shm, deleted on close', async () => {
    const prefix = `punkt-temp-helper-shm-${process.pid}-`;
    const graph = await startTempLocalGraph(prefix, { inMemory: true });
    expect(storesIn('/dev/shm', prefix)).toHaveLength(1);
    expect(storesIn(tmpdir(), prefix)).toEqual([]);
    await graph.close();
    expect(storesIn('/dev/shm', prefix)).toEqual([]);
  });
});
