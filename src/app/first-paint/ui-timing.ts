/**
 * When React's code runs beside the static first paint (issue #13). The boot chunk's evaluation and React's
 * first render are one long stretch of main-thread work (about 90-120 ms on a 2-core machine, profiled in
 * session 8): started at once, it hides in the wait for the first $batch when the network is slow, but on a
 * short round trip the $batch answers in the middle of it, and the agenda is painted only after it. So where
 * the page's own round trip was short, React's code waits until the static agenda is painted (or nothing will
 * be); elsewhere it starts at once, as before.
 */

/** A page round trip (request sent to first byte) below this counts as short. */
export const SHORT_ROUND_TRIP_MS = 50;

/** The longest React's code waits for the static first paint, so a slow answer never holds the view back for long. */
export const FIRST_PAINT_WAIT_MS = 500;

/** The navigation entry's fields shortRoundTrip reads (PerformanceNavigationTiming). */
type NavigationTiming = Pick<PerformanceNavigationTiming, 'requestStart' | 'responseStart'>;

/**
 * Whether this page's document came back within SHORT_ROUND_TRIP_MS of its request, by Navigation Timing
 * (https://developer.mozilla.org/docs/Web/API/PerformanceNavigationTiming). Without a timing (an old
 * browser, a page from the cache with zeros) the round trip counts as long: React starts at once.
 */
export function shortRoundTrip(navigation: NavigationTiming | undefined = navigationTiming()): boolean {
  if (!navigation || navigation.requestStart <= 0) return false;
  const trip = navigation.responseStart - navigation.requestStart;
  return trip >= 0 && trip < SHORT_ROUND_TRIP_MS;
}

function navigationTiming(): NavigationTiming | undefined {
  if (typeof performance === 'undefined' || typeof performance.getEntriesByType !== 'function') return undefined;
  return performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
}

/** `load` run once, on the first `start()`; every call gets the same promise. */
export function startOnce<T>(load: () => Promise<T>): { start(): Promise<T> } {
  let started: Promise<T> | null = null;
  return { start: () => (started ??= load()) };
}

/** Resolves when `settled` does or after `ms`, whichever is first. */
export function atMost(settled: Promise<unknown>, ms: number = FIRST_PAINT_WAIT_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    settled.then(done, done);
  });
}
