/**
 * Reading the managers' view the way a screen reader user meets it: the list named "Dagsorden",
 * its items named "Punkt N …", each with its time as `HH.MM–HH.MM` text.
 */
import type { Locator, Page } from 'playwright-core';

/** What one punkt shows in the list. */
export interface ShownPunkt {
  number: number;
  /** The accessible name of the list item. */
  name: string;
  /** The `HH.MM–HH.MM` text, or null when none is shown. */
  slot: string | null;
  text: string;
}

const SLOT = /\b(\d{2}\.\d{2}–\d{2}\.\d{2})\b/;

/**
 * The agenda list as React renders it; waits until it is visible and then two frames more: what is on now (the current
 * punkt, the "Nu" strip) is marked right after the list's first paint (issue #13), and a caller that
 * counts the current punkt at once must see it.
 */
export async function agendaList(page: Page, timeout = 30_000): Promise<Locator> {
  // React's list: the static first paint's (src/app/first-paint, shown before React) has neither the disclosure
  // buttons nor what is on now, and React replaces it (issue #13).
  const list = page.getByRole('list', { name: 'Dagsorden', exact: true }).and(page.locator(':not([data-first-paint] *)'));
  await list.waitFor({ state: 'visible', timeout });
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
  return list;
}

/** The list item of punkt `n` (its accessible name starts with "Punkt n"). */
export function punktItem(list: Locator, n: number): Locator {
  return list.getByRole('listitem', { name: new RegExp(`^Punkt ${n}\\b`) });
}

/** Every punkt the list shows, in order (break rows, named "Pause …", are left out). */
export async function shownPunkter(list: Locator): Promise<ShownPunkt[]> {
  const items = list.getByRole('listitem', { name: /^Punkt \d+/ });
  const shown: ShownPunkt[] = [];
  for (const item of await items.all()) {
    const name = (await item.getAttribute('aria-label')) ?? '';
    const text = await item.innerText();
    const number = Number(/^Punkt (\d+)/.exec(name)?.[1]);
    shown.push({ number, name, slot: SLOT.exec(text)?.[1] ?? null, text });
  }
  return shown;
}

/** The disclosure button of punkt `n`. */
export function punktToggle(list: Locator, n: number): Locator {
  return punktItem(list, n).getByRole('button').first();
}
