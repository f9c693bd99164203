/**
 * Issue #13: the managers' agenda, with its data, on screen no later than Microsoft's own React
 * add-in template shows its static welcome page. Punkt's production build and the template's build
 * (../shared/baselines/office-addin-taskpane-react, or PUNKT_TEMPLATE_DIR) are served by one HTTP/1.1
 * server (./_page-server) with office.js from the npm copy for both, at 0 and +100 ms per request
 * (Graph and static files alike). Each cold open runs in a new browser context; the pages alternate,
 * 15 runs each after one unrecorded round. Punkt also gets a warm open (a reload in the same context).
 *
 * All times are taken inside the page, in ms since navigation: "visible" when the page's element
 * first has a box (a MutationObserver; for Punkt the static first paint's list when it paints one, src/app/first-paint),
 * "first paint" and "interactive" from Punkt's marks (React's view committed), office-ready when `Office.onReady` calls back (asked the same
 * way on both pages), the rest from Resource Timing (office.js and the entry script downloaded, the
 * first Graph request started; the JS each page had downloaded before visible, gzip as sent,
 * office.js's own files left out).
 */
import type { Browser, Page } from 'playwright-core';
import { withBenchSite } from './_site';
import { kB, median, medianOf, ms, pad, range } from './_stats';
import { graphRequestName, readOpen, watcher, type Open } from './_visible';

const RUNS = 15;
const DELAYS_MS = [0, 100];

/** One page under test: where it is and what "visible" means on it (a page-side expression). */
interface PageSpec {
  label: string;
  path: string;
  /** Evaluates to the element whose box means "visible". */
  target: string;
  /** Path of the entry script, for the "entry" phase. */
  entry: string;
}

/** Opens `spec` in `page`, waits until visible and reads the page's own timings. */
async function open(page: Page, base: string, spec: PageSpec): Promise<Open> {
  const graph: string[] = [];
  const onRequest = (request: { url(): string; method(): string }) => {
    const name = graphRequestName(request.method(), request.url());
    if (name) graph.push(name);
  };
  page.on('request', onRequest);
  await page.goto(new URL(spec.path, base).href);
  try {
    return await readOpen(page.mainFrame(), spec.entry, graph);
  } finally {
    page.off('request', onRequest);
  }
}

/** A cold open in a new context; for Punkt also a warm reload in the same context. */
async function coldAndWarm(browser: Browser, base: string, spec: PageSpec, warm: boolean): Promise<{ cold: Open; warm?: Open }> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  try {
    await context.addInitScript(watcher(spec.target));
    const page = await context.newPage();
    const cold = await open(page, base, spec);
    if (!warm) return { cold };
    // The cold open's remaining work (caching the agenda, lazy chunks) finishes before the reload.
    await page.waitForLoadState('networkidle');
    return { cold, warm: await open(page, base, spec) };
  } finally {
    await context.close();
  }
}

function report(delay: number, app: Open[], template: Open[], warm: Open[]): void {
  const vis = (opens: Open[]) => opens.map((o) => o.visible);
  const ratio = median(vis(app)) / median(vis(template));
  console.log(`\n+${delay} ms per request (Graph and static files), median of ${app.length} cold opens each (min–max)`);
  console.log(`  cold visible:  Punkt agenda with data ${range(vis(app))}; template empty page ${range(vis(template))}`);
  console.log(`  ratio Punkt/template: ×${ratio.toFixed(2)} — target ≤ 1.00: ${ratio <= 1 ? 'within' : 'OVER'}`);
  console.log(
    `  phases (median ms since navigation): ${pad('', 9)}office.js  entry  office-ready  first Graph  visible  first paint  interactive`,
  );
  const row = (label: string, opens: Open[]) =>
    `    ${pad(label, 45)}${pad(ms(medianOf(opens, (o) => o.officeJs)), 11)}${pad(ms(medianOf(opens, (o) => o.entry)), 7)}` +
    `${pad(ms(medianOf(opens, (o) => o.officeReady)), 14)}${pad(ms(medianOf(opens, (o) => o.firstGraph)), 13)}` +
    `${pad(ms(medianOf(opens, (o) => o.visible)), 9)}${pad(ms(medianOf(opens, (o) => o.firstPaint)), 13)}` +
    // The template has no such phase: its page is interactive when visible; Punkt's is after React's takeover.
    `${label === 'template' ? '—' : ms(medianOf(opens, (o) => o.interactive))}`;
  console.log(row('Punkt, cold', app));
  console.log(row('template', template));
  console.log(row('Punkt, warm (reload)', warm));
  const bytes = (opens: Open[]) => median(opens.map((o) => o.jsBytes));
  const files = (opens: Open[]) => median(opens.map((o) => o.jsFiles));
  const jsRatio = bytes(app) / bytes(template);
  console.log(
    `  JS before visible (gzip, without office.js): Punkt ${kB(bytes(app))} in ${files(app)} files; template ${kB(bytes(template))} in ${files(template)} files` +
      ` (×${jsRatio.toFixed(2)}) — target ≤ ×1.00: ${jsRatio <= 1 ? 'within' : 'OVER'}`,
  );
  const interactive = (opens: Open[]) => opens.map((o) => o.interactive);
  console.log(
    `  Punkt interactive (React's view committed; = visible without a static first paint): cold ${range(interactive(app))}, ` +
      `warm ${range(interactive(warm))}; JS before interactive ${kB(median(app.map((o) => o.jsBytesInteractive)))}`,
  );
  const last = (opens: Open[]) => opens.at(-1)?.graphRequests.join(', ') || 'none';
  console.log(`  Graph requests before visible: cold ${median(app.map((o) => o.graphRequests.length))} (${last(app)})`);
  console.log(`                                 warm ${median(warm.map((o) => o.graphRequests.length))} (${last(warm)})`);
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  await withBenchSite({ name: 'visible', template: true }, async ({ server, browser, entry }) => {
    // The agenda is a list named "Dagsorden" (an Accordion with role list); visible is its first punkt.
    const app: PageSpec = {
      label: 'Punkt',
      path: '/',
      target: `document.querySelector('[role="list"][aria-label="Dagsorden"] [role="listitem"]')`,
      entry,
    };
    const template: PageSpec = {
      label: 'template',
      path: '/template/taskpane.html',
      target: `[...document.querySelectorAll('li')].find((li) => li.textContent.includes('Achieve more with Office integration'))`,
      entry: '/template/taskpane.js',
    };
    console.log(
      'production builds, one HTTP/1.1 server (gzip), office.js from the npm copy, a new browser context per cold open, A/B alternating',
    );
    console.log(`"entry" is Punkt's entry module ${entry} (loaded: responseEnd)`);
    for (const delay of DELAYS_MS) {
      server.delayMs = delay;
      // One unrecorded round warms the server, the service's store and chromium itself.
      await coldAndWarm(browser, server.url, app, true);
      await coldAndWarm(browser, server.url, template, false);
      const results = { app: [] as Open[], template: [] as Open[], warm: [] as Open[] };
      for (let i = 0; i < RUNS; i++) {
        const a = await coldAndWarm(browser, server.url, app, true);
        results.app.push(a.cold);
        if (a.warm) results.warm.push(a.warm);
        results.template.push((await coldAndWarm(browser, server.url, template, false)).cold);
      }
      report(delay, results.app, results.template, results.warm);
    }
  });
}
