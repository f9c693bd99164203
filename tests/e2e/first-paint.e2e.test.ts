/**
 * Issue #13: the managers' agenda is painted from the entry, with its data, before React (src/app/first-paint).
 * With React's half of the app (src/app/ui-start.ts, the boot chunk in a build) held back, the page at 280 px
 * shows the static agenda: the list "Dagsorden" with every punkt, named as React names them, its slots,
 * axe clean and with nothing clickable that would do nothing. Released, React takes over in place: the
 * list is on the page at every moment in between (no skeleton, no empty page), with the same punkter, and
 * the list looks the same (a screenshot of it before and after, compared pixel by pixel in the browser).
 *
 * What differs between the two, on purpose or not yet: the punkter's disclosure chevrons and the search and
 * "Udvid alle" controls come with React (the static page shows no chevron and the controls disabled); the
 * standalone page's meeting picker and the language link appear with React, as they did before.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations } from './support/checks';
import { meetingKeyOf } from '../../src/domain/meeting-identity';
import { addMeetingWithClosedPunkt, nextMeeting } from './support/expected-agenda';

const VIEWPORT = { width: 280, height: 900 };
const CLOSED = 2;
const STATIC_LIST = '[data-first-paint] [role="list"][aria-label="Dagsorden"]';
const REACT_LIST = '[role="list"][aria-label="Dagsorden"]:not([data-first-paint] *)';
/** The share of the list's pixels that may differ between the static paint and React's (anti-aliasing, the chevrons). */
const PIXEL_TOLERANCE = 0.04;

const e2e = useAppAndBrowser();

/** Each punkt's accessible name and slot in the list `selector`. */
function punkterIn(page: Page, selector: string): Promise<Array<{ name: string | null; text: string }>> {
  return page.$$eval(`${selector} [role="listitem"]`, (items) =>
    items.map((item) => ({
      name: item.getAttribute('aria-label'),
      text: /\d{2}\.\d{2}–\d{2}\.\d{2}/.exec(item.textContent ?? '')?.[0] ?? '',
    })),
  );
}

/** The share of pixels that differ between two PNG screenshots of one size (compared in the page's canvas). */
function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const [x, y] = await Promise.all([pixels(first), pixels(second)]);
      // Boxes more than 2 px apart in size count as all different (a jump); within that, the shared area is compared.
      if (Math.abs(x.width - y.width) > 2 || Math.abs(x.height - y.height) > 2) return 1;
      const width = Math.min(x.width, y.width);
      const height = Math.min(x.height, y.height);
      // React's list may sit at a fractional y (the standalone page's picker above it): the best of a one-pixel
      // shift either way is compared, as the same text rasterised a fraction of a pixel lower differs at every edge.
      const differingAt = (shift: number) => {
        let differing = 0;
        for (let row = 1; row < height - 1; row++)
          for (let column = 0; column < width; column++) {
            const i = (row * x.width + column) * 4;
            const j = ((row + shift) * y.width + column) * 4;
            const delta =
              Math.abs(x.data[i]! - y.data[j]!) + Math.abs(x.data[i + 1]! - y.data[j + 1]!) + Math.abs(x.data[i + 2]! - y.data[j + 2]!);
            if (delta > 48) differing++;
          }
        return differing / (width * (height - 2));
      };
      return Math.min(differingAt(-1), differingAt(0), differingAt(1));
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe("the managers' agenda before React (issue #13)", { timeout: 180_000 }, () => {
  it('shows the static agenda with its data while React is held back, axe clean, then React takes over with the same list and no skeleton between', async () => {
    const { page, errors, close } = await openPage(e2e.browser, { viewport: VIEWPORT });
    try {
      // React's half of the app: held until the static agenda has been checked.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/src\/app\/ui-start\.ts(\?|$)/, async (route) => {
        await held;
        await route.continue();
      });
      // From the first mutation on: whether the page was ever without an agenda list once it had one.
      await page.addInitScript(() => {
        const w = window as unknown as { __seen: boolean; __gaps: string[] };
        w.__gaps = [];
        w.__seen = false;
        new MutationObserver(() => {
          const list = document.querySelector('[role="list"][aria-label="Dagsorden"] [role="listitem"]');
          if (list) w.__seen = true;
          // What the page showed instead (a skeleton says "Henter …" in its label).
          else if (w.__seen) w.__gaps.push(document.querySelector('#root [role="status"]')?.getAttribute('aria-label') ?? 'no list');
        }).observe(document, { childList: true, subtree: true });
      });
      // A meeting a week ahead (not on now, so React marks no current punkt) with a closed punkt the secretary may read.
      const event = await addMeetingWithClosedPunkt(e2e.app.graphUrl, await nextMeeting(e2e.app.graphUrl), CLOSED);
      await page.goto(new URL(`/?meeting=${encodeURIComponent(event.id)}`, e2e.app.url).href, { timeout: 120_000 });

      await page.locator(STATIC_LIST).waitFor({ state: 'visible', timeout: 60_000 });
      const painted = await punkterIn(page, STATIC_LIST);
      expect(painted.length).toBeGreaterThan(3);
      for (const punkt of painted.filter((p) => p.name?.startsWith('Punkt'))) expect(punkt.name).toMatch(/^Punkt \d+: /);
      expect(painted.filter((p) => p.text !== '').length).toBeGreaterThan(3);
      expect(
        await page
          .locator(STATIC_LIST)
          .getByRole('listitem', { name: new RegExp(`^Punkt ${CLOSED}: `) })
          .innerText(),
      ).toContain('Lukket punkt');
      expect(await page.locator(REACT_LIST).count()).toBe(0);
      expect(
        await page.locator('#first-paint button:not([disabled]), #first-paint input:not([disabled]), #first-paint a[href]').count(),
      ).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
      expect(marks).toContain('punkt:first-paint');
      expect(marks).not.toContain('punkt:interactive');
      const staticShot = await page.locator(STATIC_LIST).screenshot();

      release();
      await page.locator(REACT_LIST).waitFor({ state: 'visible', timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByName('punkt:interactive').length === 1);
      expect(await punkterIn(page, REACT_LIST)).toEqual(painted);
      expect(await page.evaluate(() => (window as unknown as { __gaps: string[] }).__gaps)).toEqual([]);
      expect(await page.locator('[data-first-paint]').count()).toBe(0);

      // The same list, pixel for pixel within the tolerance (React's list at the same place in its own box).
      const reactShot = await page.locator(REACT_LIST).screenshot();
      const share = await differingShare(page, staticShot, reactShot);
      console.log(`static vs React list at 280 px (light): ${(share * 100).toFixed(2)} % of the pixels differ`);
      expect(share).toBeLessThan(PIXEL_TOLERANCE);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
  it('shows a reader the closed punkt as React does, "Punkt N: Lukket" without its title, before React', async () => {
    const model = await nextMeeting(e2e.app.graphUrl);
    const event = await addMeetingWithClosedPunkt(e2e.app.graphUrl, model, CLOSED);
    await e2e.withPage(
      `/?meeting=${encodeURIComponent(meetingKeyOf(event))}&user=reader`,
      async (page) => {
        const list = page.locator(STATIC_LIST);
        await list.waitFor({ state: 'visible', timeout: 60_000 });
        const painted = await punkterIn(page, STATIC_LIST);
        expect(painted.find((p) => p.name?.startsWith(`Punkt ${CLOSED}:`))?.name).toBe(`Punkt ${CLOSED}: Lukket`);
        // React takes over with the same names.
        await page.locator(REACT_LIST).waitFor({ state: 'visible', timeout: 60_000 });
        expect((await punkterIn(page, REACT_LIST)).map((p) => p.name)).toEqual(painted.map((p) => p.name));
      },
      { viewport: VIEWPORT },
    );
  });
  it('at 1000 px paints the two panes, the Punktoversigt beside the list, where React puts them', async () => {
    const { page, errors, close } = await openPage(e2e.browser, { viewport: { width: 1000, height: 900 } });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/src\/app\/ui-start\.ts(\?|$)/, async (route) => {
        await held;
        await route.continue();
      });
      const event = await addMeetingWithClosedPunkt(e2e.app.graphUrl, await nextMeeting(e2e.app.graphUrl), CLOSED);
      await page.goto(new URL(`/?meeting=${encodeURIComponent(event.id)}`, e2e.app.url).href, { timeout: 120_000 });
      const box = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      await page.locator(STATIC_LIST).waitFor({ state: 'visible', timeout: 60_000 });
      const index = page.locator('[data-first-paint] nav[aria-label="Punktoversigt"] li');
      expect(await index.count()).toBe((await punkterIn(page, STATIC_LIST)).filter((p) => p.name?.startsWith('Punkt')).length);
      const painted = await box(STATIC_LIST);
      expect(await axeViolations(page)).toEqual([]);
      release();
      await page.locator(REACT_LIST).waitFor({ state: 'visible', timeout: 60_000 });
      const react = await box(REACT_LIST);
      // The list starts where it started and is as wide (the standalone page's picker, above, moves it down).
      console.log(`list at 1000 px: static x ${painted.x} width ${painted.width}; React x ${react.x} width ${react.width}`);
      expect(Math.abs(react.x - painted.x)).toBeLessThanOrEqual(2);
      expect(Math.abs(react.width - painted.width)).toBeLessThanOrEqual(2);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
