import { describe, expect, it } from 'vitest';
import { faultsFromEnv, localGraphPlugin } from './vite-local-graph';

describe('localGraphPlugin', () => {
  it('is a serve-only Vite plugin', () => {
    const plugin = localGraphPlugin();
    expect(plugin.name).toBe('punkt-local-graph');
    expect(plugin.apply).toBe('serve');
    expect(typeof plugin.configureServer).toBe('function');
  });

  it('reads the fault options from PUNKT_GRAPH_* variables', () => {
    expect(
      faultsFromEnv({ PUNKT_GRAPH_LATENCY: '200', PUNKT_GRAPH_THROTTLE_RATE: '0.2', PUNKT_GRAPH_FAIL_RATE: '0.1', PUNKT_GRAPH_DROP_RATE: '0.05', PUNKT_GRAPH_FAULT_SEED: '9' }),
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
