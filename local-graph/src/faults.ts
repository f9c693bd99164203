/**
 * Fault injection, reproducible from a seed: one seeded PRNG (mulberry32) decides, request by
 * request in arrival order, whether to throttle (429 + Retry-After), fail (503) or drop the
 * connection. A dropped write is dropped before or after it is applied, at random, so a client
 * really meets "outcome unknown".
 */
import { mulberry32 } from '../../src/domain/random';

/** Fault rates (0–1), added latency and the PRNG seed. */
export interface FaultOptions {
  latencyMs?: number;
  failRate?: number;
  throttleRate?: number;
  dropRate?: number;
  seed?: number;
}

/** What to do with one request. */
export type FaultAction = 'none' | 'throttle' | 'fail' | 'drop-before' | 'drop-after';

/** Draws the fault for each request in turn. */
export interface FaultPlan {
  readonly latencyMs: number;
  /** The fault for the next top-level request; writes may be dropped after they are applied. */
  next(isWrite: boolean): FaultAction;
  /** The fault for a request inside $batch: throttling and failures only (the batch itself carries drops). */
  nextInner(): 'none' | 'throttle' | 'fail';
}

/** Builds the plan; with no options every request passes untouched. */
export function createFaultPlan(options: FaultOptions = {}): FaultPlan {
  const random = mulberry32(options.seed ?? 1);
  const drop = options.dropRate ?? 0;
  const throttle = options.throttleRate ?? 0;
  const fail = options.failRate ?? 0;
  // One draw per request, partitioned by the rates, keeps each rate exact and the sequence stable.
  const draw = (withDrop: boolean): FaultAction => {
    if (drop + throttle + fail === 0) return 'none';
    const r = random();
    if (withDrop && r < drop) return 'drop-before';
    const offset = withDrop ? drop : 0;
    if (r < offset + throttle) return 'throttle';
    if (r < offset + throttle + fail) return 'fail';
    return 'none';
  };
  return {
    latencyMs: options.latencyMs ?? 0,
    next(isWrite) {
      const action = draw(true);
      if (action === 'drop-before' && isWrite && random() < 0.5) return 'drop-after';
      return action;
    },
    nextInner() {
      return draw(false) as 'none' | 'throttle' | 'fail';
    },
  };
}
