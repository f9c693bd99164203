/**
 * The local Graph-compatible service over HTTP on a free port, its store in a fresh temporary folder
 * that `close` deletes: what each `*.local.test.ts` of the data layer runs against.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalGraph, type LocalGraph, type StartLocalGraphOptions } from '../../../local-graph/src/index';

export async function startTempLocalGraph(
  prefix: string,
  options: Omit<StartLocalGraphOptions, 'port' | 'dataDir'> = {},
): Promise<LocalGraph> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const graph = await startLocalGraph({ ...options, port: 0, dataDir: dir });
  return {
    url: graph.url,
    async close() {
      await graph.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
