/**
 * The built app page's modulepreload of the boot chunk (React, Fluent and the managers' view), decided in
 * the page (issue #13). Most pages want it fetched with the page, beside the entry. The managers' agenda
 * outside Teams is painted first without React (src/app/first-paint), and its entry fetches the boot chunk
 * only after that paint; preloading it there would download 156 kB (gzip) before the agenda is on screen.
 * Which page this is lives in its address and frame, so a tiny inline script before office.js runs the
 * entry's own rule (src/app/first-paint/ui-timing.ts, uiAfterFirstPaint) and adds the links.
 */

/** The rule's signature: true where React waits for the static first paint (no preload then). */
export type AfterPaintRule = (search: string, framed: boolean) => boolean;

/**
 * An inline script that adds `<link rel="modulepreload" crossorigin>` for each of `files` (root-relative
 * paths) unless `rule` says React waits for the first paint. Should the rule throw, the links are added:
 * the page then loads as it did before the rule existed.
 */
export function bootPreloadScript(files: readonly string[], rule: AfterPaintRule): string {
  const body = `(function (afterPaint, files) {
  try {
    if (afterPaint(location.search, window.self !== window.top)) return;
  } catch (e) {}
  for (var i = 0; i < files.length; i++) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = files[i];
    document.head.appendChild(link);
  }
})(${rule.toString()}, ${JSON.stringify(files)});`;
  // Inline in HTML: nothing in it may close the script element.
  return body.replace(/<\/(script)/gi, '<\\/$1');
}
