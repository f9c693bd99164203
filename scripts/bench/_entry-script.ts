/**
 * Which script of a built page is its entry, for the benchmarks' "entry" phase. The built page's
 * entry is an async module script (scripts/early-entry.ts), and Vite puts its modulepreload
 * polyfill before it as a module script of its own: the page's first module script is the
 * polyfill, not the entry, so the entry is the module script that is not the polyfill.
 */

/** The `src` of the page's entry module script; throws when the page has none. */
export function entryScript(html: string): string {
  const sources = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*>/g)]
    .map((tag) => /\bsrc="([^"]+)"/.exec(tag[0])?.[1])
    .filter((src): src is string => src !== undefined && !/modulepreload-polyfill/.test(src));
  const [entry] = sources;
  if (!entry) throw new Error('the built page has no entry module script');
  if (sources.length > 1) throw new Error(`the built page has more than one entry module script: ${sources.join(', ')}`);
  return entry;
}
