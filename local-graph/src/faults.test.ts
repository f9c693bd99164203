import { describe, expect, it } from 'vitest';
import { createFaultPlan } from './faults';

describe('fault plan', () => {
  it('draws the same faults from the same seed', () => {
    const run = (): string[] => {
      const plan = createFaultPlan({ throttleRate: 0.2, failRate: 0.1, dropRate: 0.05, seed: 42 });
      return Array.from({ length: 200 }, (_, i) => plan.next(i % 2 === 0));
    };
    expect(run()).toEqual(run());
  });

  it('injects faults at roughly the requested rates', () => {
    const plan = createFaultPlan({ throttleRate: 0.2, failRate: 0.1, dropRate: 0.05, seed: 7 });
    const counts: Record<string, number> = {};
    for (let i = 0; i < 20_000; i += 1) {
      const action = plan.next(true);
      counts[action] = (counts[action] ?? 0) + 1;
    }
    expect((counts.throttle ?? 0) / 20_000).toBeCloseTo(0.2, 1);
    expect((counts.fail ?? 0) / 20_000).toBeCloseTo(0.1, 1);
    const drops = (counts['drop-before'] ?? 0) + (counts['drop-after'] ?? 0);
    expect(drops / 20_000).toBeCloseTo(0.05, 1);
    // Writes are dropped both before and after they are applied.
    expect(counts['drop-before']).toBeGreaterThan(0);
    expect(counts['drop-after']).toBeGreaterThan(0);
  });

  it('never drops a read after applying it, and never drops inside a batch', () => {
    const plan = createFaultPlan({ dropRate: 0.5, throttleRate: 0.2, seed: 3 });
    const reads = Array.from({ length: 500 }, () => plan.next(false));
    expect(reads).not.toContain('drop-after');
    const inner = Array.from({ length: 500 }, () => plan.nextInner());
    expect(inner.every((a) => a === 'none' || a === 'throttle')).toBe(true);
  });

  it('passes everything when no rates are given', () => {
    const plan = createFaultPlan();
    expect(Array.from({ length: 50 }, () => plan.next(true)).every((a) => a === 'none')).toBe(true);
  });
});
