/**
 * Issue #13: where the CPU of a first open goes. Punkt's production build with sourcemaps, served as
 * agenda-visible serves it (./_page-server, office.js from the npm copy, the local Graph service, no
 * added delay); PUNKT_PROFILE_OPENS cold opens (default 5), each in a new browser context, profiled by
 * V8's sampling profiler (200 µs) from navigation until the managers' agenda shows its first punkt.
 * Prints the CPU ms per open in total and per source module (the package for node_modules, mapped
 * through the sourcemaps), largest first. It prints; it asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../tests/e2e/support/app-server';
import { withBenchSite } from './_site';
import { addInto, cpuByModule, type CpuProfile, type Locate } from './_cpu-profile';

const OPENS = Number(process.env.PUNKT_PROFILE_OPENS ?? 5);
const SHOWN = 40;
/** The managers' agenda's first punkt, as agenda-visible's target. */
const TARGET = '[role="list"][aria-label="Dagsorden"] [role="listitem"]';

/** Maps a position in a built asset (by its URL's file name) back to its source file's absolute path. */
function sourceLocator(assetsDir: string): Locate {
  const maps = new Map<string, SourceMap>();
  for (const file of readdirSync(assetsDir)) {
    if (!file.endsWith('.js.map')) continue;
    maps.set(file.slice(0, -'.map'.length), new SourceMap(JSON.parse(readFileSync(join(assetsDir, file), 'utf8')) as SourceMapPayload));
  }
  return (url, line, column) => {
    const map = maps.get(new URL(url).pathname.split('/').pop() ?? '');
    // CDP's positions are 0-based, as findEntry's.
    const source = (map?.findEntry(line, column) as { originalSource?: string } | undefined)?.originalSource;
    return source ? resolve(assetsDir, source) : null;
  };
}

/** Runs the profile and prints its figures. */
export async function run(): Promise<void> {
  await withBenchSite({ name: 'cpu', sourcemap: true }, async ({ server, browser, assetsDir }) => {
    const locate = sourceLocator(assetsDir);
    const totals = new Map<string, number>();
    // One unprofiled open warms the server, the service's store and chromium itself.
    for (let i = -1; i < OPENS; i++) {
      const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await page.goto(server.url);
        await page.waitForSelector(TARGET, { timeout: 30_000 });
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        if (i >= 0) addInto(totals, cpuByModule(profile, locate, repoRoot));
      } finally {
        await context.close();
      }
    }
    const perOpen = (us: number) => (us / OPENS / 1000).toFixed(1).padStart(7);
    const sum = [...totals.values()].reduce((a, b) => a + b, 0);
    console.log(`production build with sourcemaps, no added delay, ${OPENS} cold opens until the agenda's first punkt shows`);
    console.log(`CPU per open: ${perOpen(sum).trim()} ms (idle left out); per module, ms per open, largest first:`);
    const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);
    for (const [name, us] of rows) console.log(`  ${perOpen(us)}  ${name}`);
  });
}
