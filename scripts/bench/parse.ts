/**
 * Parse throughput on the three fixture minutes (issue #2 target: ≥ 20 MB/s).
 * One run parses all three fixtures REPEAT times; the figure is the median of RUNS runs. The
 * baseline, measured in the same run on the same text, is the least any line parser must do:
 * split into lines and test one regex per line. The ratio shows what the real rules cost.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/domain/parse';

const RUNS = 21;
const REPEAT = 20;
const TARGET_MB_S = 20;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function loadFixtures(): string[] {
  const dir = fileURLToPath(new URL('../../tests/fixtures/referater/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${dir}${f}`, 'utf8'));
}

/** The baseline: split lines, one anchored regex test per line. */
function baseline(text: string): number {
  let hits = 0;
  for (const line of text.split(/\r\n?|\n/)) if (/^Punkt\s+\d+:/.test(line)) hits += 1;
  return hits;
}

function timeRuns(texts: readonly string[], body: (text: string) => unknown): number[] {
  const times: number[] = [];
  let sink = 0;
  for (let run = 0; run < RUNS + 3; run += 1) {
    const started = performance.now();
    for (let k = 0; k < REPEAT; k += 1) for (const text of texts) sink += body(text) ? 1 : 0;
    // The first runs warm the JIT and are not counted.
    if (run >= 3) times.push(performance.now() - started);
  }
  if (sink < 0) console.log(sink);
  return times;
}

/** Prints parse throughput, the baseline and the ratio. */
export async function run(): Promise<void> {
  const texts = loadFixtures();
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) * REPEAT;
  const mbPerS = (ms: number): number => bytes / 1e6 / (ms / 1000);
  const parse = mbPerS(median(timeRuns(texts, (t) => parseDocument(t).items.length)));
  const base = mbPerS(median(timeRuns(texts, baseline)));
  console.log(`fixtures: ${texts.length} documents, ${(bytes / REPEAT / 1000).toFixed(1)} kB; ${REPEAT}× per run, median of ${RUNS} runs`);
  console.log(`parse     ${parse.toFixed(1)} MB/s`);
  console.log(`baseline  ${base.toFixed(1)} MB/s  (split lines + one regex per line)`);
  console.log(`ratio     ${(parse / base).toFixed(2)} of baseline`);
  console.log(`target    ≥ ${TARGET_MB_S} MB/s: ${parse >= TARGET_MB_S ? 'met' : 'NOT met'}`);
}
