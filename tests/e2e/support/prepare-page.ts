/** The secretary's view as the browser tests read it: the list named "Punkter", one card a punkt. */
import type { Locator, Page } from 'playwright-core';

/** The list of punkter; waits until the agenda has loaded. */
export async function punktList(page: Page, timeout = 30_000): Promise<Locator> {
  const list = page.getByRole('list', { name: 'Punkter', exact: true });
  await list.waitFor({ state: 'visible', timeout });
  return list;
}

/** The card of punkt `n` (named "Punkt n: title"). */
export const punktCard = (page: Page, n: number): Locator => page.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) });
