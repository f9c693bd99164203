/**
 * The note-taker's view at the Teams side panel's width (280 px of content, issue #15) during the
 * running demo meeting, in light, dark and contrast: only the current punkt's card is open and its
 * decision field is on the first screen without the user scrolling (not under the sticky toolbar);
 * no badge's text overflows its box; nothing is cut off at the right; no save state before an
 * edit; the field grows with a long decision instead of scrolling inside itself; axe finds nothing.
 * With a long title on now, the toolbar outgrows the cards' scroll margin: a punkt gone to still
 * lands below it.
 */
import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import {
  axeViolations,
  cutOffAtRight,
  overflowingBadges,
  saveScreenshot,
  scrollsHorizontally,
  wordsBrokenInLabels,
} from './support/checks';
import { decisionField, openDecision } from './support/notes-page';

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
        expect(await wordsBrokenInLabels(page)).toEqual([]);
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

// The demo's punkt 2 has the agenda's longest title: in the "Nu" strip at 280 px it wraps to many lines.
const LONG_TITLED = 2;

describe("the note-taker's view at 280 px with a long title on now", () => {
  it('a punkt gone to by "Gå til punktet" or Alt+↓ has its header and decision below the whole sticky toolbar', async () => {
    const { page, errors, close } = await openPage(e2e.browser, { viewport: VIEWPORT });
    try {
      await page.goto(new URL('/?role=notes&user=notetaker&theme=light', e2e.app.url).href);
      const timer = page.getByRole('timer', { name: 'Aktuelt punkt' });
      await expect.poll(() => timer.textContent(), { timeout: 60_000 }).toMatch(/^Nu: Punkt \d+\D/);
      await page.getByRole('button', { name: `Start punkt ${LONG_TITLED} nu`, exact: true }).click();
      // A punkt the clock has passed asks first.
      const again = page.getByRole('button', { name: 'Start punktet', exact: true });
      if (await again.isVisible({ timeout: 2_000 }).catch(() => false)) await again.click();
      await expect.poll(() => timer.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^Nu: Punkt ${LONG_TITLED}\\D`));
      // "Fortryd" goes after 10 s; the toolbar is then as short as it gets with this title.
      await page.getByRole('button', { name: 'Fortryd', exact: true }).waitFor({ state: 'detached', timeout: 20_000 });

      const toolbar = page.getByRole('region', { name: 'Nu', exact: true }).locator('xpath=..');
      const header = page.locator(`[data-punkt="${LONG_TITLED}"] h2`);
      const field = decisionField(page, LONG_TITLED);
      /** How far the header's and the field's tops are below the toolbar's bottom (negative: under it). */
      const clearance = async () => {
        const [bar, head, box] = await Promise.all([toolbar.boundingBox(), header.boundingBox(), field.boundingBox()]);
        if (!bar || !head || !box) throw new Error('toolbar, header or decision field not shown');
        return Math.min(head.y, box.y) - (bar.y + bar.height);
      };
      const focused = () => field.evaluate((el) => el === document.activeElement);
      const toolbarHeight = (await toolbar.boundingBox())?.height ?? 0;
      // The premise: taller than the cards' fixed scroll margin of 6rem (96 px).
      expect(toolbarHeight).toBeGreaterThan(96);

      // "Gå til punktet" from the top of the page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('button', { name: 'Gå til punktet', exact: true }).click();
      await expect.poll(focused).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(await clearance()).toBeGreaterThanOrEqual(0);

      // Alt+↓ from the punkt before it.
      await page.evaluate(() => window.scrollTo(0, 0));
      const before = await openDecision(page, LONG_TITLED - 1);
      await before.focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(focused).toBe(true);
      expect(await clearance()).toBeGreaterThanOrEqual(0);

      // Back to the clock for any later test.
      await page.getByRole('button', { name: 'Stop tidsplanen', exact: true }).click();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);
});
