/**
 * Initial JavaScript of the task pane (issue #4: target ≤ 150 kB gzip, lazy-load the rest): a
 * production build of the app and of the baseline page (an empty Fluent page) in one run; the
 * initial JS of an entry is its chunk plus every chunk it imports statically (what the browser
 * must fetch before the first render), gzip-compressed with node:zlib at its default level.
 * office.js is left out: it is a separate classic script from Microsoft's CDN, the same for every add-in.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASELINE_PATH, buildApp } from '../../tests/e2e/support/app-server';

const TARGET_KB = 150;

/** One entry of Vite's build manifest (.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/**
 * Lazy modules the root address loads at once to show the agenda: the view and the composition
 * (vite.config.ts puts them in the boot chunk the entry imports, so they usually add nothing). The
 * target is about the initial chunk set, which runs before the first paint, but these are what a
 * manager waits for in practice.
 */
const FIRST_RENDER_LAZY = ['src/features/agenda/index.tsx', 'src/app/compose.ts'];

/** The chunk files reachable from `keys`: static imports only, or static and dynamic ones. */
export function reachableFiles(manifest: Manifest, keys: string | string[], withDynamic: boolean): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) throw new Error(`manifest has no chunk ${k}`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
    if (withDynamic) for (const next of chunk.dynamicImports ?? []) visit(next);
  };
  for (const key of Array.isArray(keys) ? keys : [keys]) visit(key);
  return files;
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'punkt-bench-bundle-'));
  try {
    await buildApp(outDir);
    const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const gzipped = async (files: string[]) => {
      let sum = 0;
      for (const file of files) sum += gzipSync(await readFile(join(outDir, file))).length;
      return sum;
    };
    const appInitialFiles = reachableFiles(manifest, 'index.html', false);
    const appInitial = await gzipped(appInitialFiles);
    const appTotal = await gzipped(reachableFiles(manifest, 'index.html', true));
    const baseline = await gzipped(reachableFiles(manifest, BASELINE_PATH.slice(1), false));
    const firstRenderKeys = ['index.html', ...FIRST_RENDER_LAZY.filter((key) => manifest[key])];
    const firstRender = await gzipped(reachableFiles(manifest, firstRenderKeys, false));
    const verdict = appInitial <= TARGET_KB * 1000 ? 'within' : 'OVER';
    console.log(`task pane initial JS (gzip, ${appInitialFiles.length} chunks): ${kB(appInitial)} — target ≤ ${TARGET_KB} kB: ${verdict}`);
    console.log(
      `JS until the agenda renders (gzip):            ${kB(firstRender)} (initial + ${firstRenderKeys.slice(1).join(', ') || 'no lazy view found'}, preloaded)`,
    );
    console.log(`task pane all JS incl. lazy chunks (gzip):     ${kB(appTotal)} (lazy: ${kB(appTotal - appInitial)})`);
    console.log(`baseline empty Fluent page initial JS (gzip):  ${kB(baseline)}`);
    console.log(`task pane initial JS / baseline:               ×${(appInitial / baseline).toFixed(2)} (+${kB(appInitial - baseline)})`);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
