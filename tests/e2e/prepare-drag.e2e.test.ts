/**
 * Drag and drop in the secretary's view (issue #15: "drag and drop with the buttons as keyboard
 * alternative"), in headless chromium on `npm start`'s app and embedded service. Punkt 4 is dragged
 * by its handle above punkt 2 with the mouse, in small steps as a hand moves: the list shows it as
 * punkt 2 with the slot the schedule rule gives the new order, the save bar says it is unsaved,
 * and after saving and a reload the service holds the new order (a closed punkt stays closed).
 * dnd-kit's keyboard sensor moves a punkt too: Space, ArrowUp, Space. axe finds nothing during a
 * drag or after.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting';
import type { CalendarEvent } from '../../src/domain/ports';
import { computeSchedule } from '../../src/domain/schedule';
import { formatSlot } from '../../src/domain/time';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations } from './support/checks';
import { expectedAgenda } from './support/expected-agenda';
import { punktCard, punktList, upcomingWithPunkter } from './support/prepare-page';

const e2e = useAppAndBrowser();
let upcoming: CalendarEvent;

beforeAll(async () => {
  upcoming = await upcomingWithPunkter(e2e.app.graphUrl, 4);
});

/** Each card's heading name, in list order. */
const shownNames = (page: Page) =>
  page
    .getByRole('list', { name: 'Punkter', exact: true })
    .getByRole('heading')
    .evaluateAll((hs) => hs.map((h) => h.getAttribute('aria-label')));

/** The stored meeting with punkt `from` (1-based) moved to `to`, renumbered, and each punkt's slot as the schedule rule gives it. */
function moved(meeting: Meeting, from: number, to: number) {
  const next = [...meeting.items];
  const [item] = next.splice(from - 1, 1);
  next.splice(to - 1, 0, item!);
  const items = next.map((it, i) => ({ ...it, number: i + 1 }));
  return { items, slots: computeSchedule({ ...meeting, items }).items };
}

describe("dragging punkter in the secretary's view", { timeout: 180_000 }, () => {
  it('drags punkt 4 above punkt 2 with the mouse: the new order and slot, unsaved until saved, kept after a reload; axe clean', async () => {
    const before = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting;
    const expected = moved(before, 4, 2);
    const fourth = before.items[3]!;
    const slot = expected.slots.find((s) => s.number === 2);
    if (!slot) throw new Error('the schedule gives punkt 2 no slot');

    const { page, errors, close } = await openPage(e2e.browser);
    try {
      await page.goto(new URL(`/?role=prepare&meeting=${encodeURIComponent(upcoming.id)}`, e2e.app.url).href, { timeout: 90_000 });
      await punktList(page, 60_000);
      const handle = page.getByRole('button', { name: 'Træk punkt 4', exact: true });
      // Punkt 2 a little below the top of the screen: punkt 4's handle and the drop target are both in
      // view, and the pointer stays clear of the edge where dnd-kit scrolls the page.
      await punktCard(page, 2).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 200));
      const from = await handle.boundingBox();
      const card = await punktCard(page, 4).boundingBox();
      const target = await punktCard(page, 2).boundingBox();
      if (!from || !card || !target) throw new Error('the handle or punkt 2 is not laid out');
      const x = from.x + from.width / 2;
      const y = from.y + from.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      // In steps, as a hand moves: dnd-kit starts a drag after a few pixels, then follows the pointer
      // until punkt 4's card lies a little above where punkt 2's is.
      await page.mouse.move(x, y - 10, { steps: 5 });
      await page.mouse.move(x, y + (target.y - card.y) - 10, { steps: 20 });
      await expect.poll(() => handle.getAttribute('aria-pressed')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await page.mouse.up();

      await expect.poll(async () => (await shownNames(page))[1]).toContain(fourth.closed ? 'Lukket' : fourth.title);
      const names = await shownNames(page);
      expect(names).toEqual(expected.items.map((it) => expect.stringMatching(new RegExp(`^Punkt ${it.number}: `))));
      // Re-planned: punkt 2 now has the slot the schedule gives the new order.
      await expect.poll(() => punktCard(page, 2).innerText()).toContain(formatSlot(slot.start, slot.end));
      await page.getByText('Ændringer er ikke gemt', { exact: true }).waitFor();
      await page.mouse.move(0, 0);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Gem dagsorden', exact: true }).click();
      await page.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
      const after = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting.items;
      expect(after.map((i) => i.title)).toEqual(expected.items.map((i) => i.title));
      expect(after.map((i) => i.closed)).toEqual(expected.items.map((i) => i.closed));
      expect(after[1]).toMatchObject({ number: 2, caseNumber: fourth.caseNumber, closed: fourth.closed });

      await page.reload();
      await punktList(page, 60_000);
      await expect.poll(() => shownNames(page)).toEqual(names);
      expect(await punktCard(page, 2).innerText()).toContain(formatSlot(slot.start, slot.end));
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('moves a punkt up with the keyboard: Space lifts it, ArrowUp moves it, Space drops it', async () => {
    const before = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting;
    const { page, errors, close } = await openPage(e2e.browser);
    try {
      await page.goto(new URL(`/?role=prepare&meeting=${encodeURIComponent(upcoming.id)}`, e2e.app.url).href, { timeout: 90_000 });
      await punktList(page, 60_000);
      const names = await shownNames(page);
      await page.getByRole('button', { name: 'Træk punkt 3', exact: true }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.getByRole('button', { name: 'Træk punkt 3', exact: true }).getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('ArrowUp');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Space');
      const swapped = [names[0], names[2]!.replace(/^Punkt 3:/, 'Punkt 2:'), names[1]!.replace(/^Punkt 2:/, 'Punkt 3:'), ...names.slice(3)];
      await expect.poll(() => shownNames(page)).toEqual(swapped);
      await page.getByText('Ændringer er ikke gemt', { exact: true }).waitFor();
      // Focus stays on the moved punkt's handle, now punkt 2's.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Træk punkt 2');
      expect(await axeViolations(page)).toEqual([]);
      expect(before.items.length).toBe(names.length);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
