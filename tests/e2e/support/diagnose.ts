/**
 * What a browser test saw when a wait gave up: the page's navigations (a reload loses unsaved
 * state), its console errors and the accessibility tree of `scope`. A failure on a loaded CI machine
 * then says what the page showed instead of only which element never came.
 */
import type { Locator, Page } from 'playwright-core';

export interface PageDiagnosis {
  /** Runs `step`; if it fails, the error is rethrown with what the page showed at that moment. */
  explain<T>(step: () => Promise<T>, scope: Locator): Promise<T>;
}

/** Starts recording `page`'s navigations and console errors. */
export function diagnose(page: Page): PageDiagnosis {
  const started = Date.now();
  const seen: string[] = [];
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(`${at()} navigated to ${frame.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`${at()} console error: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => seen.push(`${at()} page error: ${error.message.slice(0, 300)}`));
  return {
    async explain(step, scope) {
      try {
        return await step();
      } catch (error) {
        const tree = await scope.ariaSnapshot({ timeout: 5_000 }).catch((e: unknown) => `(no snapshot: ${String(e)})`);
        const detail = `${String(error)}\n--- what the page showed at ${at()} ---\n${tree}\n--- events ---\n${seen.join('\n') || '(none)'}`;
        throw new Error(detail, { cause: error });
      }
    },
  };
}
