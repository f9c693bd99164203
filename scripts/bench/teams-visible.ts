/**
 * Issue #13, "the Teams side panel path measured the same way": the note-taker's side panel in a
 * Teams meeting, through the local Teams host, against Microsoft's React add-in template's empty page,
 * as agenda-visible measures the managers' agenda. Production builds of Punkt, of the local Teams
 * host page (teams-host/, built on its own) and the template, one HTTP/1.1 server (./_page-server,
 * gzip, office.js from the npm copy), 0 and +100 ms per request (Graph and static files alike), a new
 * browser context per cold open, A/B alternating, 15 runs each after one unrecorded round; the panel
 * also gets a warm open (the host page reloaded in the same context, as Teams reloads a panel).
 *
 * The host page opens the panel (`?user=notetaker&frame=sidePanel`, the meeting running now) after its
 * own Graph lookups; that is Teams' work, not Punkt's, so the panel's times are taken inside the
 * panel's frame, in ms since the frame's own navigation, and "host → panel" says when the host
 * started the frame. "Visible" is the note-taker's first punkt card (she may write, so the role-less
 * panel opens her editor); teams-js initialize is the host's answer to the panel's first request.
 * The template cannot be framed (office.js sends a framed page outside Office to about:blank), so it
 * is opened as a page of its own, as in agenda-visible.
 */
import type { Browser, Page } from 'playwright-core';
import { kB, median, medianOf, ms, pad, range } from './_stats';
import { withBenchSite } from './_site';
import { graphRequestName, readOpen, watcher, type Open } from './_visible';

const RUNS = 15;
const DELAYS_MS = [0, 100];
/** The host page, as the local Teams host's address names the note-taker's side panel. */
const HOST_PATH = '/teams-host/?user=notetaker&frame=sidePanel';
/** The note-taker's punkt cards (PunktEditor's section); the template's first hero list item. */
const PANEL_TARGET = `document.querySelector('section[data-punkt]')`;
const TEMPLATE_TARGET = `[...document.querySelectorAll('li')].find((li) => li.textContent.includes('Achieve more with Office integration'))`;

/** An open of the panel: its own timings, and when the host page started its frame (host's ms). */
interface PanelOpen extends Open {
  hostToPanel: number | null;
}

/** Opens the host page, waits until the panel's first punkt is visible and reads the panel's timings. */
async function openPanel(page: Page, base: string, entry: string): Promise<PanelOpen> {
  const graph: string[] = [];
  // Only the panel's own Graph requests count: the host page's lookups are Teams' part.
  const onRequest = (request: { url(): string; method(): string; frame(): unknown }) => {
    const name = request.frame() === page.mainFrame() ? null : graphRequestName(request.method(), request.url());
    if (name) graph.push(name);
  };
  page.on('request', onRequest);
  try {
    await page.goto(new URL(HOST_PATH, base).href);
    const frame = await (await page.waitForSelector('.frame-slot iframe', { timeout: 30_000 })).contentFrame();
    if (!frame) throw new Error('the host page has no panel frame');
    const opened = await readOpen(frame, entry, graph);
    const hostOrigin = await page.evaluate(() => performance.timeOrigin);
    return { ...opened, hostToPanel: opened.timeOrigin - hostOrigin };
  } finally {
    page.off('request', onRequest);
  }
}

/** The template's page on its own, as agenda-visible opens it. */
async function openTemplate(browser: Browser, base: string): Promise<PanelOpen> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  try {
    await context.addInitScript(watcher(TEMPLATE_TARGET));
    const page = await context.newPage();
    await page.goto(new URL('/template/taskpane.html', base).href);
    return { ...(await readOpen(page.mainFrame(), '/template/taskpane.js', [])), hostToPanel: null };
  } finally {
    await context.close();
  }
}

/** A cold open of the panel in a new context, then a warm one (the host page reloaded). */
async function coldAndWarm(browser: Browser, base: string, entry: string): Promise<{ cold: PanelOpen; warm: PanelOpen }> {
  // Wide enough for the host's controls beside its 320 px side panel.
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    await context.addInitScript(watcher(PANEL_TARGET));
    const page = await context.newPage();
    const cold = await openPanel(page, base, entry);
    // The cold open's remaining work (caching the agenda, lazy chunks) finishes before the reload.
    await page.waitForLoadState('networkidle');
    return { cold, warm: await openPanel(page, base, entry) };
  } finally {
    await context.close();
  }
}

function report(delay: number, app: PanelOpen[], template: PanelOpen[], warm: PanelOpen[]): void {
  const vis = (opens: PanelOpen[]) => opens.map((o) => o.visible);
  const ratio = median(vis(app)) / median(vis(template));
  console.log(`\n+${delay} ms per request (Graph and static files), median of ${app.length} cold opens each (min–max)`);
  console.log(
    `  cold visible:  Punkt side panel, note-taker's first punkt ${range(vis(app))}; template empty page ${range(vis(template))}`,
  );
  console.log(`  ratio Punkt/template: ×${ratio.toFixed(2)} — target ≤ 1.00: ${ratio <= 1 ? 'within' : 'OVER'}`);
  console.log(
    `  host → panel: the host page started the panel's frame at ${ms(medianOf(app, (o) => o.hostToPanel))} ms (its own page and Graph lookups)`,
  );
  console.log(`  phases (median ms since the panel's navigation): ${pad('', 3)}entry  teams-js init  first Graph  visible`);
  const row = (label: string, opens: PanelOpen[]) =>
    `    ${pad(label, 49)}${pad(ms(medianOf(opens, (o) => o.entry)), 7)}${pad(ms(medianOf(opens, (o) => o.teamsInit)), 15)}` +
    `${pad(ms(medianOf(opens, (o) => o.firstGraph)), 13)}${ms(medianOf(opens, (o) => o.visible))}`;
  console.log(row('Punkt side panel, cold', app));
  console.log(row('template (a page of its own)', template));
  console.log(row('Punkt side panel, warm (host reloaded)', warm));
  const bytes = (opens: PanelOpen[]) => median(opens.map((o) => o.jsBytes));
  const files = (opens: PanelOpen[]) => median(opens.map((o) => o.jsFiles));
  const jsRatio = bytes(app) / bytes(template);
  console.log(
    `  JS before visible (gzip, without office.js): Punkt ${kB(bytes(app))} in ${files(app)} files; template ${kB(bytes(template))} in ${files(template)} files` +
      ` (×${jsRatio.toFixed(2)}) — target ≤ ×1.00: ${jsRatio <= 1 ? 'within' : 'OVER'}`,
  );
  const last = (opens: PanelOpen[]) => opens.at(-1)?.graphRequests.join(', ') || 'none';
  console.log(`  the panel's Graph requests before visible: cold ${median(app.map((o) => o.graphRequests.length))} (${last(app)})`);
  console.log(`                                             warm ${median(warm.map((o) => o.graphRequests.length))} (${last(warm)})`);
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  await withBenchSite({ name: 'teams', template: true, teamsHost: true }, async ({ server, browser, entry }) => {
    console.log(
      'production builds (Punkt, the local Teams host, the template), one HTTP/1.1 server (gzip), office.js from the npm copy, a new browser context per cold open, A/B alternating',
    );
    console.log(`"entry" is Punkt's entry module ${entry} (loaded: responseEnd)`);
    for (const delay of DELAYS_MS) {
      server.delayMs = delay;
      // One unrecorded round warms the server, the service's store and chromium itself.
      await coldAndWarm(browser, server.url, entry);
      await openTemplate(browser, server.url);
      const results = { app: [] as PanelOpen[], template: [] as PanelOpen[], warm: [] as PanelOpen[] };
      for (let i = 0; i < RUNS; i++) {
        const panel = await coldAndWarm(browser, server.url, entry);
        results.app.push(panel.cold);
        results.warm.push(panel.warm);
        results.template.push(await openTemplate(browser, server.url));
      }
      report(delay, results.app, results.template, results.warm);
    }
  });
}
