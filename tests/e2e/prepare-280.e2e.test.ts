/**
 * The secretary's view at the Teams side panel's width (280 px of content, issue #15), in light,
 * dark and contrast: "Gem dagsorden" is on screen without scrolling and stays there while the
 * punkter scroll (a sticky footer), not covered by anything; nothing scrolls sideways or is cut off;
 * axe finds nothing. In light, a punkt of 15 minutes is put at position 3 and saved, counting the
 * clicks and keystrokes it takes (the measure), and the service must hold it there.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/ports';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { diagnose } from './support/diagnose';
import { axeViolations, cutOffAtRight, saveScreenshot, scrollsHorizontally, wordsBrokenInLabels } from './support/checks';
import { expectedAgenda, nextMeeting } from './support/expected-agenda';

const VIEWPORT = { width: 280, height: 720 };

const e2e = useAppAndBrowser();
let upcoming: CalendarEvent;

beforeAll(async () => {
  upcoming = await nextMeeting(e2e.app.graphUrl);
});

/** Whether `target` is wholly inside the viewport and its centre is not under another element. */
function onScreenAndUncovered(target: Locator): Promise<boolean> {
  return target.evaluate((el, height) => {
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > height || box.height === 0) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  }, VIEWPORT.height);
}

/** Clicks and keystrokes, counted as a user would make them. */
function counted(page: Page) {
  const count = { clicks: 0, keys: 0 };
  return {
    count,
    click: async (target: Locator) => {
      count.clicks += 1;
      await target.click();
    },
    press: async (key: string) => {
      count.keys += 1;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      count.keys += text.length;
      await page.keyboard.type(text);
    },
  };
}

describe("the secretary's view at 280 px", () => {
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`keeps "Gem dagsorden" on screen while the punkter scroll, nothing sideways, axe clean (${theme})`, async () => {
      const { page, errors, close } = await openPage(e2e.browser, { viewport: VIEWPORT });
      try {
        await page.goto(new URL(`/?role=prepare&theme=${theme}`, e2e.app.url).href);
        const list = page.getByRole('list', { name: 'Punkter', exact: true });
        await list.waitFor({ timeout: 60_000 });
        const save = page.getByRole('button', { name: 'Gem dagsorden', exact: true });
        expect(await onScreenAndUncovered(save)).toBe(true);
        // Halfway down the punkter and at the end, the footer is still there.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
        expect(await onScreenAndUncovered(save)).toBe(true);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        expect(await onScreenAndUncovered(save)).toBe(true);

        // One punkt open, so axe and the width checks see its fields too.
        await page.getByRole('button', { name: 'Redigér punkt 2', exact: true }).click();
        await page
          .getByRole('listitem', { name: /^Punkt 2:/ })
          .getByRole('textbox', { name: 'Titel' })
          .waitFor();
        // The clicked button's tooltip (in a portal outside the landmarks) goes with Escape, as it would for the user.
        await page.mouse.move(0, 0);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await wordsBrokenInLabels(page)).toEqual([]);
        expect(await cutOffAtRight(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        await saveScreenshot(page, `prepare-280-${theme}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 180_000);
  }

  it('adds a punkt of 15 min at position 3 and saves it, in few clicks and keystrokes', async () => {
    const before = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting.items.map((i) => i.title);
    if (before.length < 3) throw new Error('the upcoming demo agenda has fewer than 3 punkter');
    const { page, close } = await openPage(e2e.browser, { viewport: VIEWPORT });
    try {
      const diagnosis = await diagnose(page);
      await page.goto(new URL('/?role=prepare', e2e.app.url).href);
      const list = page.getByRole('list', { name: 'Punkter', exact: true });
      await list.waitFor({ timeout: 60_000 });
      const user = counted(page);
      const card = page.getByRole('listitem', { name: /^Punkt 3:/ });
      await diagnosis.explain(async () => {
        await user.click(page.getByRole('button', { name: 'Flere handlinger for punkt 2', exact: true }));
        await user.click(page.getByRole('menuitem', { name: 'Indsæt punkt efter' }));
        // The new punkt's title has focus: type straight away.
        await expect.poll(() => card.getByRole('textbox', { name: 'Titel' }).evaluate((el) => el === document.activeElement)).toBe(true);
      }, list);
      const title = 'Nyt punkt på plads 3';
      await user.type(title);
      await user.click(card.getByRole('textbox', { name: 'Sagsnummer' }));
      await user.type('00.01.00-P35-9-24');
      await user.click(card.getByRole('textbox', { name: 'Varighed i minutter' }));
      await user.press('Control+A');
      await user.type('15');
      const save = page.getByRole('button', { name: 'Gem dagsorden', exact: true });
      // Still on screen below the open punkt: no scrolling to reach it.
      expect(await onScreenAndUncovered(save)).toBe(true);
      await user.click(save);
      await page.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
      // Besides the title and case number typed: 2 clicks to insert it in place, 2 into fields, 3 keys for the minutes, 1 to save.
      expect(user.count).toEqual({ clicks: 5, keys: title.length + '00.01.00-P35-9-24'.length + 3 });
      console.log(`prepare at 280 px, a 15-minute punkt at position 3 and saved: ${JSON.stringify(user.count)}`);
    } finally {
      await close();
    }
    const after = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting.items;
    expect(after.map((i) => i.title)).toEqual([before[0], before[1], 'Nyt punkt på plads 3', ...before.slice(2)]);
    expect(after[2]).toMatchObject({ number: 3, durationMinutes: 15, caseNumber: '00.01.00-P35-9-24' });
  }, 180_000);
});
