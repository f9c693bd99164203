/**
 * The managers' view at the Teams side panel's width (280 px of content, issue #15) with the demo
 * meeting in progress, in light, dark and contrast: the current punkt (or, outside the meeting, the
 * first) is on the first screen without the user scrolling and not under the sticky "Nu" strip;
 * no badge's text overflows its box; nothing scrolls sideways; axe (best practices included) finds
 * nothing. Logs the page height for the issue's before/after count.
 */
import { describe, expect, it } from 'vitest';
import { agendaList, punktItem, shownPunkter } from './support/agenda-page';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations, overflowingBadges, saveScreenshot, scrollsHorizontally, wordsBrokenInLabels } from './support/checks';

const VIEWPORT = { width: 280, height: 720 };

const e2e = useAppAndBrowser();

describe("the managers' view at 280 px", { timeout: 180_000 }, () => {
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`shows the current punkt on the first screen, no overflowing badge, axe clean (${theme})`, async () => {
      const { page, errors, close } = await openPage(e2e.browser, { viewport: VIEWPORT });
      try {
        await page.goto(new URL(`/?theme=${theme}`, e2e.app.url).href, { timeout: 120_000 });
        const list = await agendaList(page, 60_000);
        const punkter = await shownPunkter(list);
        expect(punkter.length).toBeGreaterThan(0);
        const currentItem = list.locator('[role="listitem"][aria-current="true"]');
        const during = (await currentItem.count()) > 0;
        const target = during ? currentItem.first() : punktItem(list, punkter[0]!.number);
        if (during) {
          const strip = page.getByRole('region', { name: 'Nu', exact: true });
          expect(await strip.innerText()).toMatch(/min\. (tilbage|over tid) · Forventet slut \d{2}\.\d{2}/);
        }

        // On the first screen (the view scrolled itself there), and its title is not under the "Nu" strip.
        const title = target.getByRole('heading', { level: 2 });
        await expect
          .poll(async () => {
            const box = await title.boundingBox();
            return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
          })
          .toBe(true);
        const uncovered = await title.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
          return hit !== null && (hit === el || el.contains(hit));
        });
        expect(uncovered).toBe(true);

        // Badges grow with their text: none spills over its box (the live badge used to at 280 px).
        expect(await overflowingBadges(page)).toEqual([]);
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await wordsBrokenInLabels(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);

        const height = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
        console.log(`managers' view at 280 px (${theme}, ${during ? 'during the meeting' : 'not during'}): page height ${height} px`);
        await saveScreenshot(page, `agenda-280-${theme}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
