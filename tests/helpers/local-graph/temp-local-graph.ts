/**
 * The local Graph-compatible service over HTTP on a free port, its store in a fresh temporary folder
 * that `close` deletes: what each `*.local.test.ts` of the data layer runs against.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalGraph, type LocalGraph, type StartLocalGraphOptions } from '../../../local-graph/src/index';

export interface TempLocalGraphOptions extends Omit<StartLocalGraphOptions, 'port' | 'dataDir'> {
  /**
   * Keep the store in memory-backed /dev/shm where the machine has it. The store fsyncs every commit;
   * in a test of the client's handling of many requests, a busy disk, not the client, would dominate.
   */
  inMemory?: boolean;
}

/** The folder that holds the temporary store folders. */
export function scratchRoot(inMemory: boolean): string {
  return inMemory && existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

export async function startTempLocalGraph(prefix: string, options: TempLocalGraphOptions = {}): Promise<LocalGraph> {
  const { inMemory = false, ...serviceOptions } = options;
  const dir = mkdtempSync(join(scratchRoot(inMemory), prefix));
  const graph = await startLocalGraph({ ...serviceOptions, port: 0, dataDir: dir });
  return {
    url: graph.url,
    async close() {
      await graph.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
