/**
 * The note-taker's view at the Teams side panel's width (280 px of content, issue #15) during the
 * running demo meeting, in light, dark and contrast: only the current punkt's card is open and its
 * decision field is on the first screen without the user scrolling (not under the sticky toolbar);
 * no badge's text overflows its box; nothing is cut off at the right; no save state before an
 * edit; the field grows with a long decision instead of scrolling inside itself; axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations, cutOffAtRight, overflowingBadges, saveScreenshot, scrollsHorizontally } from './support/checks';
import { decisionField } from './support/notes-page';

const VIEWPORT = { width: 280, height: 720 };

const e2e = useAppAndBrowser();

describe("the note-taker's view at 280 px during the meeting", () => {
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`shows the current punkt's decision on the first screen, no overflowing badge, axe clean (${theme})`, async () => {
      const { page, errors, close } = await openPage(e2e.browser, { viewport: VIEWPORT });
      try {
        await page.goto(new URL(`/?role=notes&user=notetaker&theme=${theme}`, e2e.app.url).href);
        const timer = page.getByRole('timer', { name: 'Aktuelt punkt' });
        await expect.poll(() => timer.textContent(), { timeout: 60_000 }).toMatch(/^Nu: Punkt \d+\D/);
        const current = Number(/^Nu: Punkt (\d+)/.exec((await timer.textContent()) ?? '')?.[1]);

        // Only the current punkt's card is open; it is marked "I gang".
        const field = decisionField(page, current);
        await field.waitFor({ timeout: 60_000 });
        const open = page.locator('[data-punkt] h2 button[aria-expanded="true"]');
        expect(await open.count()).toBe(1);
        expect(await page.locator(`[data-punkt="${current}"]`).getByText('I gang', { exact: true }).count()).toBe(1);

        // On the first screen: the view scrolled itself there; the field is inside the viewport and not under the toolbar.
        await expect
          .poll(async () => {
            const box = await field.boundingBox();
            return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
          })
          .toBe(true);
        const uncovered = await field.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 8);
          return hit !== null && (hit === el || el.contains(hit));
        });
        expect(uncovered).toBe(true);

        expect(await page.locator('[data-testid^="save-state-"]').count()).toBe(0);
        expect(await overflowingBadges(page)).toEqual([]);
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await cutOffAtRight(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);

        if (theme === 'light') {
          // A long decision grows the field instead of scrolling inside it.
          await field.fill(Array.from({ length: 12 }, (_, i) => `Linje ${i + 1} af beslutningen.`).join('\n'));
          await expect.poll(() => field.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
          expect(await field.evaluate((el) => el.clientHeight)).toBeGreaterThan(200);
          await expect.poll(() => page.getByTestId(`save-state-${current}`).textContent(), { timeout: 30_000 }).toBe('Gemt');
        }
        await saveScreenshot(page, `notes-280-${theme}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 180_000);
  }
});
