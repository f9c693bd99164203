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
  // The cards open by themselves once the view knows what is on now, a moment after its first paint (later
  // under load). A click Playwright decided on before that can land after it and turn the card the other way,
  // as a user's click on a stale frame would: click until the card shows open.
  const deadline = Date.now() + timeout;
  while ((await toggle.getAttribute('aria-expanded')) === 'false') {
    if (Date.now() > deadline) throw new Error(`punkt ${n}'s card did not open`);
    await toggle.click();
    await toggle.page().waitForTimeout(100);
  }
  const field = decisionField(scope, n);
  await field.waitFor({ timeout });
  return field;
}
