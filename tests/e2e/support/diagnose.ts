/**
 * What a browser test saw when a wait gave up: the page's navigations (a reload loses unsaved
 * state), its console errors, what the page did with the pointer and the keyboard focus (which
 * element each pointer event reached, menus opened and closed, list items added and removed), and
 * the accessibility tree of `scope`. A failure on a loaded CI machine then says what the page
 * showed, and what became of the clicks, instead of only which element never came.
 */
import type { Locator, Page } from 'playwright-core';

export interface PageDiagnosis {
  /** Runs `step`; if it fails, the error is rethrown with what the page showed at that moment. */
  explain<T>(step: () => Promise<T>, scope: Locator): Promise<T>;
}

/** The binding the page reports through (a console message would reach tests that count them). */
const BINDING = '__punktDiagnosis';

/** Runs in the page: reports pointer events, focus, aria-expanded and list item counts. */
function watchPage(binding: string): void {
  const send = (window as unknown as Record<string, ((line: string) => void) | undefined>)[binding];
  const report = (line: string) => send?.(line);
  const describe = (target: EventTarget | null): string => {
    if (!(target instanceof Element)) return String(target);
    const named = target.closest('[aria-label],[role],button,input,a,li');
    const el = named ?? target;
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name}"`;
  };
  for (const type of ['pointerdown', 'pointerup', 'click', 'focusin', 'keydown']) {
    document.addEventListener(
      type,
      (event) => report(`${type} ${type === 'keydown' ? (event as KeyboardEvent).key : describe(event.target)}`),
      true,
    );
  }
  // Not after a click on a default-prevented event: a drag library or a menu may swallow it.
  document.addEventListener('click', (event) => setTimeout(() => event.defaultPrevented && report('click was default-prevented')), true);
  const counts = new Map<Element, number>();
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes' && m.target instanceof Element) {
        report(`aria-expanded=${m.target.getAttribute('aria-expanded')} on ${describe(m.target)}`);
      }
    }
    for (const list of document.querySelectorAll('ol,ul')) {
      const n = list.children.length;
      if (counts.get(list) !== n && list.getAttribute('aria-labelledby') !== null) report(`a list now has ${n} items`);
      counts.set(list, n);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-expanded'] });
}

/** Starts recording `page`'s navigations, console errors, pointer events and focus (await it before `goto`). */
export async function diagnose(page: Page): Promise<PageDiagnosis> {
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
  // The page's own record, from its first script on.
  await page.exposeBinding(BINDING, (_source, line: string) => void seen.push(`${at()} ${line}`));
  await page.addInitScript(watchPage, BINDING);
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
