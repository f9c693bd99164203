import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentStore } from './store';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('DocumentStore', () => {
  it('keeps committed documents across a reopen', () => {
    const dir = tempDir();
    const store = DocumentStore.open(dir);
    store.write((tx) => {
      tx.put('list', 'a', { name: 'A' });
      tx.put('list', 'b', { name: 'B' });
    });
    store.write((tx) => tx.delete('list', 'a'));
    store.close();
    const again = DocumentStore.open(dir);
    expect(again.all('list')).toEqual([{ name: 'B' }]);
    again.close();
  });

  it('writes nothing when the transaction body throws', () => {
    const store = DocumentStore.open(tempDir());
    expect(() =>
      store.write((tx) => {
        tx.put('list', 'a', { name: 'A' });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.get('list', 'a')).toBeUndefined();
    store.close();
  });

  it('keeps the first-write order when a document is updated', () => {
    const store = DocumentStore.open(tempDir());
    store.write((tx) => {
      tx.put('item', '1', { v: 1 });
      tx.put('item', '2', { v: 2 });
    });
    store.write((tx) => tx.put('item', '1', { v: 3 }));
    expect(store.all('item')).toEqual([{ v: 3 }, { v: 2 }]);
    store.close();
  });

  it('opens a directory whose previous process died holding the lock', () => {
    const dir = tempDir();
    const store = DocumentStore.open(dir);
    store.write((tx) => tx.put('k', '1', { ok: true }));
    // Simulate the lock directory a killed process leaves behind.
    store.close();
    mkdirSync(join(dir, 'graph.sqlite.lock'));
    const again = DocumentStore.open(dir);
    expect(again.get('k', '1')).toEqual({ ok: true });
    again.close();
  });
});

describe('DocumentStore directory ownership', () => {
  /** A live process that holds DIR/graph.sqlite open (as an owner does) when `holds` is set. */
  async function otherProcess(dir: string, holds: boolean) {
    const { spawn } = await import('node:child_process');
    const script = `${holds ? "require('fs').openSync(process.argv[1], 'a');" : ''} console.log('ready'); setTimeout(() => {}, 10000);`;
    const other = spawn(process.execPath, ['-e', script, join(dir, 'graph.sqlite')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => other.stdout.once('data', resolve));
    return other;
  }

  it('refuses a directory held by another live process', async () => {
    const dir = tempDir();
    const other = await otherProcess(dir, true);
    try {
      writeFileSync(join(dir, 'owner.pid'), `${other.pid}\n`);
      expect(() => DocumentStore.open(dir)).toThrow(/in use by process/);
    } finally {
      other.kill();
    }
  });

  it.runIf(process.platform === 'linux')('opens a directory whose recorded owner runs but holds no lock on it (a reused pid)', async () => {
    const dir = tempDir();
    const other = await otherProcess(dir, false);
    try {
      writeFileSync(join(dir, 'owner.pid'), `${other.pid}\n`);
      const store = DocumentStore.open(dir);
      store.close();
    } finally {
      other.kill();
    }
  });
});
