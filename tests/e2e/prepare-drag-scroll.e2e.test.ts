/**
 * Dragging a punkt to a place near the top of the scrolling page, in headless chromium on
 * `npm start`'s app, at the side panel's 280 px and at 1000 px (two panes). Punkt 6 is dragged by
 * its handle until the pointer is over the lower part of punkt 3, whose card sits at the top of the
 * window, and held there a moment as a hand aims: it lands as punkt 3, where the pointer is, and the
 * page has not scrolled away under it (it used to race to punkt 1: dnd-kit scrolled within the top
 * 20 % of the window, and dropped by the dragged card's centre). Holding the pointer at the very
 * edge still scrolls the page, so the rest of the list stays reachable.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/ports';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { punktCard, punktList, upcomingWithPunkter } from './support/prepare-page';

const e2e = useAppAndBrowser();
let meeting: CalendarEvent;

beforeAll(async () => {
  meeting = await upcomingWithPunkter(e2e.app.graphUrl, 6);
});

/** Each card's heading name, in list order. */
const shownNames = (page: Page) =>
  page
    .getByRole('list', { name: 'Punkter', exact: true })
    .getByRole('heading')
    .evaluateAll((hs) => hs.map((h) => h.getAttribute('aria-label') ?? ''));

/** The names with punkt `from` (1-based) moved to `to`, renumbered as the list shows them. */
function movedNames(names: readonly string[], from: number, to: number): string[] {
  const titles = names.map((n) => n.replace(/^Punkt \d+: /, ''));
  const [title] = titles.splice(from - 1, 1);
  titles.splice(to - 1, 0, title!);
  return titles.map((t, i) => `Punkt ${i + 1}: ${t}`);
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Opens the secretary's view at `viewport` with punkt 3's card 20 px below the top of the window; presses on punkt 6's handle. */
async function grabPunkt6(viewport: { width: number; height: number }) {
  const opened = await openPage(e2e.browser, { viewport });
  const { page } = opened;
  await page.goto(new URL(`/?role=prepare&meeting=${encodeURIComponent(meeting.id)}`, e2e.app.url).href, { timeout: 90_000 });
  await punktList(page, 60_000);
  const names = await shownNames(page);
  await punktCard(page, 3).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 20));
  const handle = await page.getByRole('button', { name: 'Træk punkt 6', exact: true }).boundingBox();
  if (!handle) throw new Error('punkt 6 has no handle on screen');
  const x = handle.x + handle.width / 2;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // dnd-kit starts a pointer drag after a few pixels.
  await page.mouse.move(x, y - 10, { steps: 5 });
  return { ...opened, names, x };
}

describe('dragging a punkt near the top of the page', { timeout: 180_000 }, () => {
  for (const viewport of [
    { width: 280, height: 720 },
    { width: 1000, height: 720 },
  ]) {
    it(`at ${viewport.width} px it lands on the punkt under the pointer, the page not scrolled away`, async () => {
      const { page, errors, close, names, x } = await grabPunkt6(viewport);
      try {
        const target = await punktCard(page, 3).boundingBox();
        if (!target) throw new Error('punkt 3 is not laid out');
        // Over the lower part of punkt 3's card, within the top 20 % of the window where dnd-kit used to scroll.
        const aim = target.y + target.height * 0.75;
        expect(aim).toBeLessThan(viewport.height * 0.2);
        const before = await scrollY(page);
        await page.mouse.move(x, aim, { steps: 20 });
        await page.waitForTimeout(600);
        expect(await scrollY(page)).toBe(before);
        await page.mouse.up();
        await expect.poll(() => shownNames(page)).toEqual(movedNames(names, 6, 3));
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('still scrolls the page while the pointer is held at its top edge (280 px)', async () => {
    const { page, errors, close, x } = await grabPunkt6({ width: 280, height: 720 });
    try {
      const before = await scrollY(page);
      await page.mouse.move(x, 4, { steps: 20 });
      await expect.poll(() => scrollY(page), { timeout: 10_000 }).toBeLessThan(before - 100);
      await page.keyboard.press('Escape');
      await page.mouse.up();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
