/**
 * The built page starts its entry before office.js has run (issue #13). office.js stays a
 * parser-blocking script in <head>, as Microsoft asks ("reference the Office JavaScript API from
 * inside the <head> section ... to ensure that the API is fully initialized prior to any body
 * elements",
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn),
 * but Vite's entry module scripts come before it and are `async`: a module script without `async`
 * runs only once the whole page is parsed, that is after office.js has downloaded and run, while an
 * async one runs as soon as it has loaded. The entry itself waits for office.js only where Office
 * opened the page (src/hosts/office-async.ts, officeScriptRan) and for #root before rendering.
 */

/** Vite's built entry tags, `<script type="module" … src="…">`, made `async`. */
export function asyncModuleEntries(html: string): string {
  return html.replace(/<script type="module"(?![^>]*\basync\b)([^>]*\bsrc=)/g, '<script type="module" async$1');
}
