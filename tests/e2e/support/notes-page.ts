/**
 * The note-taker's view as the browser tests use it. During a meeting only the current punkt's card
 * is open (issue #15), so a test that writes in another punkt opens its card first, as a user would.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** The decision field of punkt `n` (it may be in a collapsed card). */
export const decisionField = (scope: Page | FrameLocator, n: number): Locator =>
  scope.getByRole('textbox', { name: `Beslutning for punkt ${n}`, exact: true });

/** Opens punkt `n`'s card if it is collapsed and returns its decision field once it is there. */
export async function openDecision(scope: Page | FrameLocator, n: number, timeout = 30_000): Promise<Locator> {
  const toggle = scope.getByRole('button', { name: new RegExp(`^Punkt ${n}:`) });
  await toggle.waitFor({ timeout });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const field = decisionField(scope, n);
  await field.waitFor({ timeout });
  return field;
}
