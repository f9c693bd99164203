/**
 * Time until the agenda is visible (issue #4: ≤ 1.0 s cold, ≤ 500 ms with a warm cache): the
 * production build served by `vite preview` with the embedded Graph service at 100 ms latency per
 * request, in headless chromium. Cold runs open a new browser context (empty cache and storage);
 * warm runs reload in the same context. The baseline is the empty Fluent page served the same
 * way, until its text is visible. Also counts the Graph requests one panel open makes.
 *
 * The time is measured inside the page: performance.now() (which starts at navigation) when the
 * element first has a box, seen by a MutationObserver plus animation frames, so CDP round trips
 * to the test process do not count.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASELINE_PATH, startPreviewApp } from '../../tests/e2e/support/app-server';
import { launchBrowser } from '../../tests/e2e/support/browser';

const RUNS = 5;
const LATENCY_MS = 100;
const TARGETS = { cold: 1000, warm: 500 };

/** What "visible" means on each page. */
const PAGES = {
  app: { path: '/', selector: 'ol[aria-label="Dagsorden"] > li' },
  baseline: { path: BASELINE_PATH, selector: '.fui-Text' },
} as const;
type PageKind = keyof typeof PAGES;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Page script recording `window.__visibleAt` (ms since navigation) when `selector` first matches an
 * element with a box. A string, not a function: tsx would wrap a function with helpers the page lacks.
 */
function watchFor(selector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    const check = () => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) {
        if (window.__visibleAt === undefined) window.__visibleAt = performance.now();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

async function visibleAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __visibleAt?: number }).__visibleAt !== undefined, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => (window as unknown as { __visibleAt: number }).__visibleAt);
}

interface Series {
  cold: number[];
  warm: number[];
  graphCold: number[];
  graphWarm: number[];
  /** `METHOD /path` of the Graph requests of the latest cold open. */
  graphPaths: string[];
  /** The same for the latest warm open. */
  graphPathsWarm: string[];
  /** The app's performance marks (ms since navigation) of each cold open, by name. */
  phases: Map<string, number[]>;
}

/** The app's `punkt:*` performance marks: where a cold open spends its time. */
async function recordPhases(page: Page, phases: Map<string, number[]>): Promise<void> {
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
  for (const [name, at] of marks) if (name.startsWith('punkt:')) phases.set(name, [...(phases.get(name) ?? []), at]);
}

/** One cold open in a new context, then one warm reload in the same context. */
async function measure(browser: Browser, url: string, kind: PageKind, series: Series): Promise<void> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 420, height: 900 } });
  try {
    await context.addInitScript(watchFor(PAGES[kind].selector));
    const page = await context.newPage();
    let graphRequests = 0;
    const paths: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (!pathname.startsWith('/graph/')) return;
      graphRequests++;
      paths.push(`${request.method()} ${pathname.replace('/graph/v1.0', '')}`);
    });
    await page.goto(new URL(PAGES[kind].path, url).href);
    series.cold.push(await visibleAt(page));
    await recordPhases(page, series.phases);
    // Let the cold open's remaining requests (caches, lazy chunks) finish before the warm one.
    await page.waitForLoadState('networkidle');
    series.graphCold.push(graphRequests);
    series.graphPaths = [...paths];
    graphRequests = 0;
    paths.length = 0;
    await page.reload();
    series.warm.push(await visibleAt(page));
    await page.waitForLoadState('networkidle');
    series.graphWarm.push(graphRequests);
    series.graphPathsWarm = [...paths];
  } finally {
    await context.close();
  }
}

const ms = (value: number): string => `${Math.round(value)} ms`;

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const app = await startPreviewApp({ faults: { latencyMs: LATENCY_MS } });
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    const results: Record<PageKind, Series> = {
      app: { cold: [], warm: [], graphCold: [], graphWarm: [], graphPaths: [], graphPathsWarm: [], phases: new Map() },
      baseline: { cold: [], warm: [], graphCold: [], graphWarm: [], graphPaths: [], graphPathsWarm: [], phases: new Map() },
    };
    // One unrecorded round warms the server, the service's store and chromium itself.
    await measure(browser, app.url, 'app', {
      cold: [],
      warm: [],
      graphCold: [],
      graphWarm: [],
      graphPaths: [],
      graphPathsWarm: [],
      phases: new Map(),
    });
    await measure(browser, app.url, 'baseline', {
      cold: [],
      warm: [],
      graphCold: [],
      graphWarm: [],
      graphPaths: [],
      graphPathsWarm: [],
      phases: new Map(),
    });
    // Interleaved so both pages see the same machine load.
    for (let i = 0; i < RUNS; i++) {
      await measure(browser, app.url, 'app', results.app);
      await measure(browser, app.url, 'baseline', results.baseline);
    }
    console.log(`production build, Graph service at ${LATENCY_MS} ms latency, median of ${RUNS} runs each`);
    for (const phase of ['cold', 'warm'] as const) {
      const a = median(results.app[phase]);
      const b = median(results.baseline[phase]);
      const verdict = a <= TARGETS[phase] ? 'within' : 'OVER';
      console.log(
        `agenda visible, ${phase === 'cold' ? 'cold (new context)' : 'warm (reload)     '}: ${ms(a)} — target ≤ ${ms(TARGETS[phase])}: ${verdict}; ` +
          `baseline empty Fluent page ${ms(b)} (×${(a / b).toFixed(2)}, +${ms(a - b)})`,
      );
    }
    console.log(
      `Graph requests per panel open: cold ${median(results.app.graphCold)}, warm ${median(results.app.graphWarm)} (baseline: ${median(results.baseline.graphCold)})`,
    );
    console.log(`  in order (last cold open): ${results.app.graphPaths.join(', ')}`);
    console.log(`  in order (last warm open): ${results.app.graphPathsWarm.join(', ')}`);
    const phases = [...results.app.phases].map(([name, values]) => `${name.replace('punkt:', '')} ${ms(median(values))}`);
    console.log(`  cold open phases (median ms since navigation): ${phases.join(', ')}, agenda visible ${ms(median(results.app.cold))}`);
  } finally {
    await browser?.close();
    await app.close();
  }
}
