/**
 * The secretary's view end to end: `npm start`'s app and embedded service in headless chromium at
 * `?role=prepare` on the seeded upcoming meeting. A punkt's title is edited and saved, the page
 * reloaded, and the new title must come back from the service (through the app's own repository,
 * and on screen). The page must pass axe (WCAG 2.1 AA) and not scroll sideways at 320 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/ports';
import { startDevApp, type AppServer } from './support/app-server';
import { launchBrowser, openPage } from './support/browser';
import { axeViolations, saveScreenshot, scrollsHorizontally } from './support/checks';
import { expectedAgenda, upcomingEvents } from './support/expected-agenda';

let app: AppServer;
let browser: Browser;
let upcoming: CalendarEvent;

beforeAll(async () => {
  [app, browser] = await Promise.all([startDevApp(), launchBrowser()]);
  const events = await upcomingEvents(app.graphUrl);
  if (!events[0]) throw new Error('the seed has no upcoming meeting');
  upcoming = events[0];
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The list of punkter; waits until the agenda has loaded. */
async function punktList(page: Page) {
  const list = page.getByRole('list', { name: 'Punkter', exact: true });
  await list.waitFor({ state: 'visible', timeout: 30_000 });
  return list;
}

/** The card of punkt `n` (named "Punkt n: title"). */
const punktCard = (page: Page, n: number) => page.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) });

describe('secretary\'s view at ?role=prepare', { timeout: 90_000 }, () => {
  it('saves an edited punkt title that is still there after a reload, with no WCAG 2.1 AA violations', async () => {
    const { stored } = await expectedAgenda(app.graphUrl, upcoming);
    const first = stored.meeting.items[0];
    if (!first) throw new Error('the upcoming demo agenda has no punkter');
    const title = `${first.title} (rettet)`;

    const { page, errors, close } = await openPage(browser);
    try {
      await page.goto(new URL('/?role=prepare', app.url).href);
      const list = await punktList(page);
      expect(await list.getByRole('listitem').count()).toBe(stored.meeting.items.length);

      await page.getByRole('button', { name: 'Redigér punkt 1', exact: true }).click();
      const field = punktCard(page, 1).getByRole('textbox', { name: 'Titel' });
      await field.fill(title);
      await page.getByRole('button', { name: 'Gem dagsorden', exact: true }).click();
      await page.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });

      // Read back through the app's own repository: the service holds the new title, nothing else moved.
      const after = (await expectedAgenda(app.graphUrl, upcoming)).stored.meeting.items;
      expect(after.map((i) => i.title)).toEqual([title, ...stored.meeting.items.slice(1).map((i) => i.title)]);

      await page.reload();
      await punktList(page);
      await expect.poll(() => punktCard(page, 1).getByRole('heading').innerText()).toBe(`Punkt 1: ${title}`);

      // One punkt open and one closed: one axe run sees both states.
      await page.getByRole('button', { name: 'Redigér punkt 1', exact: true }).click();
      await punktCard(page, 1).getByRole('textbox', { name: 'Titel' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'prepare-light');

      await page.setViewportSize({ width: 320, height: 900 });
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
