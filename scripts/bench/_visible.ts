/**
 * What the page benchmarks (agenda-visible, teams-visible) measure inside a page or a frame, and how
 * they summarise it. All times are in ms since that document's own navigation: "visible" when the
 * target element first has a box (a MutationObserver), office-ready when `Office.onReady` calls back,
 * teams-js initialize when a framed page gets its first answer from the host, the rest from Resource
 * Timing (the JS downloaded before visible, gzip as sent, office.js's own files left out).
 */
import type { Frame } from 'playwright-core';

export const OFFICE_PATHS = ['/office-js/', '/node_modules/@microsoft/office-js/dist/'];

/** What one open measured, in ms since navigation (null: the page has no such phase). */
export interface Open {
  visible: number;
  /** The static first paint ('punkt:first-paint', src/app/first-paint); null when the page painted none. */
  firstPaint: number | null;
  /**
   * When React's view has committed the agenda ('punkt:interactive' after a static first paint); without a
   * static paint React's list is what became visible, so this is `visible`.
   */
  interactive: number;
  /** The JS downloaded before `interactive` (gzip as sent, office.js's own files left out). */
  jsBytesInteractive: number;
  officeJs: number | null;
  entry: number | null;
  officeReady: number | null;
  /** A framed page's first answer from its host (teams-js `initialize`). */
  teamsInit: number | null;
  firstGraph: number | null;
  jsBytes: number;
  jsFiles: number;
  graphRequests: string[];
  /** `performance.timeOrigin` of the measured document (to place a frame in its host page's time). */
  timeOrigin: number;
}

/**
 * Page script recording `__visibleAt`, `__officeReadyAt` and, in a frame, `__teamsInitAt`. A string,
 * not a function: tsx would wrap a function with helpers the page lacks. Added to a browser context,
 * it runs in every document, frames included; a host page without the target records nothing.
 */
export function watcher(target: string): string {
  return `(() => {
    const check = () => {
      const box = (${target})?.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) {
        if (window.__visibleAt === undefined) window.__visibleAt = performance.now();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const poll = setInterval(() => {
      if (typeof window.Office?.onReady !== 'function') return;
      clearInterval(poll);
      window.Office.onReady(() => { window.__officeReadyAt ??= performance.now(); });
    }, 2);
    if (window.parent !== window) {
      // teams-js's first request is initialize; the host's first answer ({ id, args }) is its reply.
      window.addEventListener('message', (event) => {
        const data = event.data;
        if (event.source === window.parent && typeof data?.id === 'number' && Array.isArray(data.args)) window.__teamsInitAt ??= performance.now();
      });
    }
  })();`;
}

interface Resource {
  name: string;
  start: number;
  end: number;
  bytes: number;
}

/**
 * Waits in `frame` (a page's main frame or a panel's) until its target is visible and reads its
 * timings. `graph` holds the Graph requests this document sent, in order (a request listener's).
 */
export async function readOpen(frame: Frame, entryPath: string, graph: string[]): Promise<Open> {
  await frame.waitForFunction(() => (window as { __visibleAt?: number }).__visibleAt !== undefined, undefined, { timeout: 30_000 });
  // After a static first paint the open is interactive once React has taken the agenda over.
  await frame.waitForFunction(
    () => performance.getEntriesByName('punkt:first-paint').length === 0 || performance.getEntriesByName('punkt:interactive').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  const seen = await frame.evaluate(() => ({
    visible: (window as { __visibleAt?: number }).__visibleAt ?? 0,
    firstPaint: performance.getEntriesByName('punkt:first-paint')[0]?.startTime ?? null,
    interactive: performance.getEntriesByName('punkt:interactive')[0]?.startTime ?? null,
    officeReady: (window as { __officeReadyAt?: number }).__officeReadyAt ?? null,
    teamsInit: (window as { __teamsInitAt?: number }).__teamsInitAt ?? null,
    timeOrigin: performance.timeOrigin,
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name,
      start: r.startTime,
      end: (r as PerformanceResourceTiming).responseEnd,
      bytes: (r as PerformanceResourceTiming).encodedBodySize,
    })),
  }));
  const path = (r: Resource) => new URL(r.name).pathname;
  const before = seen.resources.filter((r) => r.end <= seen.visible);
  const isOffice = (r: Resource) => OFFICE_PATHS.some((p) => path(r).startsWith(p));
  const isJs = (r: Resource) => path(r).endsWith('.js') && !isOffice(r);
  const js = before.filter(isJs);
  const interactive = seen.interactive ?? seen.visible;
  const jsInteractive = seen.resources.filter((r) => r.end <= interactive && isJs(r));
  const graphBefore = before.filter((r) => path(r).startsWith('/graph/'));
  return {
    visible: seen.visible,
    firstPaint: seen.firstPaint,
    interactive,
    jsBytesInteractive: jsInteractive.reduce((sum, r) => sum + r.bytes, 0),
    officeJs: seen.resources.find((r) => isOffice(r) && path(r).endsWith('/office.js'))?.end ?? null,
    entry: seen.resources.find((r) => path(r) === entryPath)?.end ?? null,
    officeReady: seen.officeReady,
    teamsInit: seen.teamsInit,
    firstGraph: graphBefore.length ? Math.min(...graphBefore.map((r) => r.start)) : null,
    jsBytes: js.reduce((sum, r) => sum + r.bytes, 0),
    jsFiles: js.length,
    graphRequests: graph.slice(0, graphBefore.length),
    timeOrigin: seen.timeOrigin,
  };
}

/** A Graph request as the reports name it: `GET /me/events` (the service's `/graph/v1.0` left out). */
export function graphRequestName(method: string, url: string): string | null {
  const { pathname } = new URL(url);
  return pathname.startsWith('/graph/') ? `${method} ${pathname.replace('/graph/v1.0', '')}` : null;
}
