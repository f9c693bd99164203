/**
 * Pure helpers of first-open-cpu: a V8 CPU profile (the Chrome DevTools Protocol's Profiler.Profile,
 * https://chromedevtools.github.io/devtools-protocol/tot/Profiler/#type-Profile) summed per source
 * module, with the build's sourcemaps deciding which module a sampled function belongs to.
 */
import { relative, resolve, sep } from 'node:path';

/** The part of Profiler.Profile these helpers read. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
  /** The node sampled at each tick. */
  samples: number[];
  /** µs between a sample and the one before it (the first: since the profile's start). */
  timeDeltas: number[];
}

/** The source file a bundle position came from (absolute or relative to the repository), or null. */
export type Locate = (url: string, line: number, column: number) => string | null;

/**
 * The name a source file is reported under: its package for a file in node_modules (`react-dom`,
 * `@griffel/core`), else its path in the repository (`src/domain/clock.ts`).
 */
export function moduleName(file: string, repoRoot: string): string {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const scoped = parts[at + 1]?.startsWith('@');
    return parts.slice(at + 1, at + (scoped ? 3 : 2)).join('/');
  }
  return relative(repoRoot, resolve(repoRoot, file)).split(sep).join('/');
}

/**
 * µs of CPU per module over the profile. Each sample counts for the time until the next one (the
 * last sample has none and counts nothing). A frame the sourcemaps do not place is named by its
 * script's file name, or by V8's own name for work outside scripts (`(program)`: parsing, compiling,
 * style and layout; `(garbage collector)`). `(idle)` is left out: it is no CPU.
 */
export function cpuByModule(profile: CpuProfile, locate: Locate, repoRoot: string): Map<string, number> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  for (let k = 0; k + 1 < profile.samples.length; k++) {
    const frame = nodes.get(profile.samples[k] ?? -1);
    if (!frame || frame.functionName === '(idle)') continue;
    const source = frame.url && frame.lineNumber >= 0 ? locate(frame.url, frame.lineNumber, frame.columnNumber) : null;
    const name = source ? moduleName(source, repoRoot) : frame.url.split('/').pop() || frame.functionName || '(anonymous)';
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[k + 1] ?? 0));
  }
  return totals;
}

/** Adds `more` into `into` (µs per module over several opens). */
export function addInto(into: Map<string, number>, more: ReadonlyMap<string, number>): void {
  for (const [name, us] of more) into.set(name, (into.get(name) ?? 0) + us);
}
