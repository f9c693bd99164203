import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faultsFromEnv, graphDataDir, localGraphPlugin } from './vite-local-graph';

describe('localGraphPlugin', () => {
  it('is a serve-only Vite plugin', () => {
    const plugin = localGraphPlugin();
    expect(plugin.name).toBe('punkt-local-graph');
    expect(plugin.apply).toBe('serve');
    expect(typeof plugin.configureServer).toBe('function');
  });

  it('reads the fault options from PUNKT_GRAPH_* variables', () => {
    expect(
      faultsFromEnv({
        PUNKT_GRAPH_LATENCY: '200',
        PUNKT_GRAPH_THROTTLE_RATE: '0.2',
        PUNKT_GRAPH_FAIL_RATE: '0.1',
        PUNKT_GRAPH_DROP_RATE: '0.05',
        PUNKT_GRAPH_FAULT_SEED: '9',
      }),
    ).toEqual({ latencyMs: 200, throttleRate: 0.2, failRate: 0.1, dropRate: 0.05, seed: 9 });
  });

  it('ignores unset and malformed variables, reporting the malformed ones', () => {
    const warnings: string[] = [];
    expect(faultsFromEnv({ PUNKT_GRAPH_LATENCY: 'slow', PUNKT_GRAPH_DROP_RATE: '' }, (m) => warnings.push(m))).toEqual({
      latencyMs: undefined,
      throttleRate: undefined,
      failRate: undefined,
      dropRate: undefined,
      seed: undefined,
    });
    expect(warnings).toEqual(["local graph: ignoring PUNKT_GRAPH_LATENCY='slow' (not a non-negative number)"]);
  });
});

describe('the data directory', () => {
  it('is .punkt-data/graph under the root by default, or under PUNKT_DATA_DIR', () => {
    expect(graphDataDir('/repo', {})).toBe(resolve('/repo/.punkt-data/graph'));
    expect(graphDataDir('/repo', { PUNKT_DATA_DIR: '' })).toBe(resolve('/repo/.punkt-data/graph'));
    expect(graphDataDir('/repo', { PUNKT_DATA_DIR: '.punkt-data-2' })).toBe(resolve('/repo/.punkt-data-2/graph'));
    expect(graphDataDir('/repo', { PUNKT_DATA_DIR: '/var/punkt' })).toBe(resolve('/var/punkt/graph'));
  });

  it('is where the plugin opens the embedded service', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'punkt-vite-data-'));
    const root = mkdtempSync(join(tmpdir(), 'punkt-vite-root-'));
    const httpServer = new EventEmitter();
    const server = { config: { root, logger: { warn: () => undefined } }, middlewares: { use: () => undefined }, httpServer };
    const plugin = localGraphPlugin({ PUNKT_DATA_DIR: dataDir });
    (plugin.configurePreviewServer as (s: unknown) => void)(server);
    try {
      expect(existsSync(join(dataDir, 'graph', 'owner.pid'))).toBe(true);
      expect(existsSync(join(root, '.punkt-data'))).toBe(false);
    } finally {
      httpServer.emit('close');
      // The store gives up the directory (removes owner.pid) once closed.
      while (existsSync(join(dataDir, 'graph', 'owner.pid'))) await new Promise((r) => setTimeout(r, 10));
      for (const dir of [dataDir, root]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
