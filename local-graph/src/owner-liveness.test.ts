/**
 * A supervisor restarts the service at once after `kill -9` (issue 9, point 14): the killed owner
 * is a zombie until its parent reaps it, and must not keep the data directory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalGraph } from './index';
import { ownerIsLive } from './owner-liveness';
import type { ProcessTable } from './owner-liveness';

const DB = '/data/graph.sqlite';

/** A fake /proc with one process 42 in the given state, holding the given files. */
function table(state: string | null, files: string[] | null = [DB]): ProcessTable {
  return {
    available: true,
    stat: (pid) => (pid === 42 && state !== null ? `42 (node (server)) ${state} 1 42 42 0 -1 4194560` : null),
    openFiles: (pid) => (pid === 42 ? files : null),
    exists: (pid) => pid === 42 && state !== null,
  };
}

describe('ownerIsLive', () => {
  it('is true for a running process that holds the database file', () => {
    expect(ownerIsLive(42, DB, table('S'))).toBe(true);
    expect(ownerIsLive(42, DB, table('R', ['/dev/null', DB]))).toBe(true);
  });

  it('is false for a zombie (killed, not yet reaped) and a dead process', () => {
    expect(ownerIsLive(42, DB, table('Z'))).toBe(false);
    expect(ownerIsLive(42, DB, table('X'))).toBe(false);
    expect(ownerIsLive(42, DB, table(null))).toBe(false);
  });

  it('is false for a running process that holds no lock on the database (the pid was reused)', () => {
    expect(ownerIsLive(42, DB, table('S', ['/dev/null', '/data/other.sqlite']))).toBe(false);
  });

  it("is true when the process's files cannot be read (another user's process): better refuse than share", () => {
    expect(ownerIsLive(42, DB, table('S', null))).toBe(true);
  });

  it('falls back to signal 0 where there is no /proc', () => {
    const noProc = (alive: boolean): ProcessTable => ({
      available: false,
      stat: () => undefined,
      openFiles: () => null,
      exists: () => alive,
    });
    expect(ownerIsLive(42, DB, noProc(true))).toBe(true);
    expect(ownerIsLive(42, DB, noProc(false))).toBe(false);
  });
});

describe.runIf(process.platform === 'linux')('a restart right after kill -9', () => {
  const cleanup: (() => unknown)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });

  it('opens the data directory while the killed owner is still a zombie', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'punkt-zombie-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    // `exec sleep` makes the server the child of a process that never reaps it: after kill -9 it
    // stays a zombie for as long as this test needs, as under a slow supervisor.
    const server = `"${process.execPath}" --import tsx scripts/punkt.ts graph-server --port 0 --data "${dir}"`;
    const parent = spawn('sh', ['-c', `${server} & exec sleep 60`], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    cleanup.push(() => parent.kill('SIGKILL'));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('listening on ')) resolve();
      });
      parent.once('exit', () => reject(new Error('the server did not start')));
    });
    const owner = Number(readFileSync(join(dir, 'owner.pid'), 'utf8').trim().split(/\s+/)[0]);
    process.kill(owner, 'SIGKILL');
    const stat = (): string => (existsSync(`/proc/${owner}/stat`) ? readFileSync(`/proc/${owner}/stat`, 'utf8') : '');
    while (!/\) Z /.test(stat())) await new Promise((resolve) => setTimeout(resolve, 10));

    const graph = await startLocalGraph({ port: 0, dataDir: dir });
    cleanup.unshift(() => graph.close());
    const response = await fetch(`${graph.url}/sites/punkt-demo`, { headers: { authorization: 'Bearer punkt-dev-token' } });
    expect(response.status).toBe(200);
    expect(/\) Z /.test(stat())).toBe(true);
  }, 30_000);

  it('still refuses a directory whose owner is alive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'punkt-owner-'));
    const first = await startLocalGraph({ port: 0, dataDir: dir });
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    cleanup.unshift(() => first.close());
    const script = `import('./local-graph/src/store.ts').then((m) => m.DocumentStore.open(${JSON.stringify(dir)})).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(3);
    expect(stderr).toContain(`is in use by process ${process.pid}`);
  }, 30_000);
});
