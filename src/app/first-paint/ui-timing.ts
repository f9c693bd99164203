/**
 * When React's code is fetched and run beside the static first paint (issue #13). On the managers' agenda outside
 * Teams the static paint is the first screen: React, Fluent and the view (the boot chunk, 156 kB gzip) are
 * fetched only once it is painted, so the first screen needs only the entry's data layer and painter. Fetched
 * with the page, as before, they took the page's bytes past the template's, and on a short round trip their
 * evaluation (about 90-120 ms on a 2-core machine, profiled in session 8) ran just when the $batch answered,
 * holding the paint back. The agenda is interactive about one round trip later; it is read-only and says so
 * (its controls are drawn disabled) until then. Every other page modulepreloads the boot chunk with the page
 * (vite.config.ts) and starts React at once.
 */

/** The longest React's code waits for the static first paint, so a slow answer never holds the view back for long. */
export const FIRST_PAINT_WAIT_MS = 500;

/**
 * Whether this page is the managers' agenda outside Teams, whose React code waits for the static first paint:
 * no role, `agenda` or an unknown one (src/app/address.ts reads those as the managers' view), and neither framed
 * nor asked for as Teams (src/hosts/teams-entry.ts, inTeamsPage). Outlook on the web frames its task pane and
 * keeps React's path, as Teams does.
 *
 * The built page runs this function's own source as an inline script before office.js to decide whether to
 * modulepreload the boot chunk (vite.config.ts), so it must stay self-contained: no imports, no closures.
 */
export function uiAfterFirstPaint(search: string, framed: boolean): boolean {
  const params = new URLSearchParams(search);
  const role = params.get('role');
  if (role === 'notes' || role === 'prepare' || role === 'config') return false;
  return !framed && params.get('host') !== 'teams';
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
