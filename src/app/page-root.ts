/**
 * The page's #root once the document is parsed. The built entry is an async module script
 * (vite.config.ts) that starts the data layer and the first Graph request while the parser still
 * waits for office.js in <head>; React renders only into the parsed page.
 */

/** The parts of the page pageRoot reads: `document`, or a test's stand-in. */
export interface ParsingPage {
  readonly readyState: string;
  getElementById(id: string): HTMLElement | null;
  addEventListener(type: 'DOMContentLoaded', listener: () => void, options?: { once?: boolean }): void;
}

/** Resolves with #root once the document has been parsed; rejects where the page has none. */
export function pageRoot(page: ParsingPage = document): Promise<HTMLElement> {
  const root = () => {
    const element = page.getElementById('root');
    return element ? Promise.resolve(element) : Promise.reject(new Error('index.html has no #root'));
  };
  if (page.readyState !== 'loading') return root();
  return new Promise<void>((resolve) => page.addEventListener('DOMContentLoaded', () => resolve(), { once: true })).then(root);
}
