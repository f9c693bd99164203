/**
 * Each role at 1280×800 (issue #15: "from about 900 px a two-pane layout (punkt list beside details
 * or editor)"): the punkt index and the view sit side by side, picking a punkt in the index shows it
 * in the right pane (on screen, with focus) and marks it aria-current there, and axe finds nothing.
 * Logs what the first screen holds for the before/after note.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaList, punktItem } from './support/agenda-page';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations, saveScreenshot, scrollsHorizontally } from './support/checks';
import { decisionField } from './support/notes-page';

const VIEWPORT = { width: 1280, height: 800 };

const e2e = useAppAndBrowser();

interface Role {
  name: string;
  path: string;
  /** Waits for the view's own content (the right pane). */
  ready(page: Page): Promise<unknown>;
  /** What picking punkt `n` must bring up in the right pane, focused. */
  shown(page: Page, n: number): Locator;
}

const roles: Role[] = [
  {
    name: 'managers',
    path: '/',
    ready: (page) => agendaList(page, 60_000),
    shown: (page, n) =>
      punktItem(page.getByRole('list', { name: 'Dagsorden', exact: true }), n)
        .getByRole('button')
        .first(),
  },
  {
    name: 'note-taker',
    path: '/?role=notes&user=notetaker',
    ready: (page) => page.locator('[data-punkt]').first().waitFor({ timeout: 60_000 }),
    shown: (page, n) => decisionField(page, n),
  },
  {
    name: 'secretary',
    path: '/?role=prepare',
    ready: (page) => page.getByRole('list', { name: 'Punkter', exact: true }).waitFor({ timeout: 60_000 }),
    shown: (page, n) =>
      page.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) }).getByRole('textbox', { name: 'Titel', exact: true }),
  },
];

/** How many of the index's punkter are on the first screen, and the page's height. */
async function firstScreen(page: Page) {
  return page.evaluate(() => ({
    pageHeight: document.scrollingElement?.scrollHeight ?? 0,
    indexOnScreen: [...document.querySelectorAll('nav[aria-label="Punktoversigt"] li')].filter((li) => {
      const box = li.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }).length,
  }));
}

describe('two panes at 1280×800', { timeout: 180_000 }, () => {
  for (const role of roles) {
    it(`${role.name}: the index beside the view, a picked punkt shown and focused on the right, axe clean`, async () => {
      // Not e2e.withPage: the first open of a cold dev server may take longer than goto's default timeout.
      const { page, errors, close } = await openPage(e2e.browser, { viewport: VIEWPORT });
      try {
        await page.goto(new URL(role.path, e2e.app.url).href, { timeout: 120_000 });
        await role.ready(page);
        const nav = page.getByRole('navigation', { name: 'Punktoversigt', exact: true });
        await nav.waitFor({ state: 'visible', timeout: 30_000 });

        // Side by side: the index left of the view, both on the first screen, neither squeezed.
        const indexBox = (await page.locator('[data-pane="index"]').boundingBox())!;
        const detailBox = (await page.locator('[data-pane="detail"]').boundingBox())!;
        expect(indexBox.x + indexBox.width).toBeLessThanOrEqual(detailBox.x);
        expect(indexBox.width).toBeGreaterThan(200);
        expect(detailBox.width).toBeGreaterThan(500);
        expect(detailBox.x + detailBox.width).toBeLessThanOrEqual(VIEWPORT.width);
        const before = await firstScreen(page);
        expect(before.indexOnScreen).toBeGreaterThan(0);

        // Pick the last punkt of the index: it shows in the right pane with focus, and is marked aria-current.
        const entries = nav.getByRole('button');
        const last = entries.last();
        const n = Number(/^Punkt (\d+)/.exec((await last.textContent()) ?? '')?.[1]);
        expect(n).toBeGreaterThan(1);
        await last.click();
        const target = role.shown(page, n);
        await expect.poll(() => target.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
        const box = (await target.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(detailBox.x);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
        expect(await last.getAttribute('aria-current')).toBe('true');
        expect(await nav.locator('[aria-current]').count()).toBe(1);
        // The index stays in view beside it (it sticks to the top of the page).
        const indexAfter = (await nav.boundingBox())!;
        expect(indexAfter.y).toBeGreaterThanOrEqual(0);
        expect(indexAfter.y).toBeLessThan(VIEWPORT.height / 2);

        expect(await page.locator('h1').count()).toBe(1);
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await axeViolations(page)).toEqual([]);
        console.log(
          `${role.name} at 1280×800: page height ${before.pageHeight} px, ${before.indexOnScreen} of ${await entries.count()} punkter in the index on the first screen`,
        );
        await saveScreenshot(page, `two-pane-${role.name}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
