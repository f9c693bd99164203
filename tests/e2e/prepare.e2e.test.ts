/**
 * The secretary's view end to end: `npm start`'s app and embedded service in headless chromium at
 * `?role=prepare` on the seeded upcoming meeting. A punkt's title is edited and saved, the page
 * reloaded, and the new title must come back from the service (through the app's own repository,
 * and on screen). The page must pass axe (WCAG 2.1 AA) and not scroll sideways at 320 px.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/ports';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations, cutOffAtRight, saveScreenshot, scrollsHorizontally, tabTo } from './support/checks';
import { expectedAgenda, nextMeeting, repositories } from './support/expected-agenda';
import { punktCard, punktList } from './support/prepare-page';

const e2e = useAppAndBrowser();
let upcoming: CalendarEvent;

beforeAll(async () => {
  upcoming = await nextMeeting(e2e.app.graphUrl);
});

/** A calendar meeting of its own, `days` after `like`, with no agenda yet. */
async function addMeetingWithoutAgenda(like: CalendarEvent, days: number): Promise<CalendarEvent> {
  const { client, calendar } = repositories(e2e.app.graphUrl);
  const shift = (iso: string) => new Date(Date.parse(iso) + days * 24 * 60 * 60 * 1000).toISOString().replace(/Z$/, '');
  const created = await client.send<{ id: string }>({
    method: 'POST',
    path: '/me/events',
    body: {
      subject: like.subject,
      start: { dateTime: shift(like.start), timeZone: 'UTC' },
      end: { dateTime: shift(like.end), timeZone: 'UTC' },
    },
  });
  return calendar.getEvent(created.body.id);
}

describe("secretary's view at ?role=prepare", { timeout: 90_000 }, () => {
  it('saves an edited punkt title that is still there after a reload, with no WCAG 2.1 AA violations', async () => {
    const { stored } = await expectedAgenda(e2e.app.graphUrl, upcoming);
    const first = stored.meeting.items[0];
    if (!first) throw new Error('the upcoming demo agenda has no punkter');
    const title = `${first.title} (rettet)`;

    const { page, errors, close } = await openPage(e2e.browser);
    try {
      await page.goto(new URL('/?role=prepare', e2e.app.url).href);
      const list = await punktList(page);
      expect(await list.getByRole('listitem').count()).toBe(stored.meeting.items.length);

      await page.getByRole('button', { name: 'Redigér punkt 1', exact: true }).click();
      const field = punktCard(page, 1).getByRole('textbox', { name: 'Titel' });
      await field.fill(title);
      await page.getByRole('button', { name: 'Gem dagsorden', exact: true }).click();
      await page.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });

      // Read back through the app's own repository: the service holds the new title, nothing else moved.
      const after = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting.items;
      expect(after.map((i) => i.title)).toEqual([title, ...stored.meeting.items.slice(1).map((i) => i.title)]);

      await page.reload();
      await punktList(page);
      // The heading's name (the shared PunktTitle shows the prefix as a badge beside the title).
      await expect.poll(() => punktCard(page, 1).getByRole('heading').getAttribute('aria-label')).toBe(`Punkt 1: ${title}`);

      // One punkt open and one closed: one axe run sees both states.
      await page.getByRole('button', { name: 'Redigér punkt 1', exact: true }).click();
      await punktCard(page, 1).getByRole('textbox', { name: 'Titel' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'prepare-light');

      await page.setViewportSize({ width: 320, height: 900 });
      expect(await scrollsHorizontally(page)).toBe(false);
      expect(await cutOffAtRight(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('saves a reordered and shortened agenda: the service holds the punkter renumbered in the new order', async () => {
    const before = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting.items.map((i) => i.title);
    if (before.length < 3) throw new Error('the upcoming demo agenda has fewer than 3 punkter');
    await e2e.withPage('/?role=prepare', async (page) => {
      await punktList(page);
      await page.getByRole('button', { name: 'Flyt punkt 1 ned', exact: true }).click();
      await page.getByRole('button', { name: `Slet punkt ${before.length}`, exact: true }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Slet punktet', exact: true }).click();
      await page.getByRole('button', { name: 'Gem dagsorden', exact: true }).click();
      await page.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
    });
    const after = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting.items;
    expect(after.map((i) => i.title)).toEqual([before[1], before[0], ...before.slice(2, -1)]);
    expect(after.map((i) => i.number)).toEqual(after.map((_, i) => i + 1));
  });

  it("starts a new meeting's agenda by copying the previous meeting's, saves it, and passes axe on the start panel", async () => {
    const { stored } = await expectedAgenda(e2e.app.graphUrl, upcoming);
    const next = await addMeetingWithoutAgenda(upcoming, 7);
    await e2e.withPage(`/?role=prepare&meeting=${encodeURIComponent(next.id)}`, async (page) => {
      const choice = page.getByRole('combobox', { name: 'Tidligere møde' });
      await choice.waitFor({ timeout: 30_000 });
      await choice.locator('option').first().waitFor({ state: 'attached' });
      expect(await axeViolations(page)).toEqual([]);
      // Other seeded meetings lie between the two (tomorrow's one-off): choose the one to copy.
      await choice.selectOption(upcoming.id);
      expect(await choice.locator('option:checked').innerText()).toContain(upcoming.subject);
      await page.getByRole('button', { name: 'Kopiér dagsordenen fra mødet', exact: true }).click();
      await punktList(page);
      await page.getByRole('button', { name: 'Gem dagsorden', exact: true }).click();
      await page.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
    });
    const copied = (await expectedAgenda(e2e.app.graphUrl, next)).stored.meeting;
    expect(copied.items.map((i) => i.title)).toEqual(stored.meeting.items.map((i) => i.title));
    expect(copied.kind).toBe('dagsorden');
    expect(copied.items.every((i) => i.decision === null)).toBe(true);
  });

  it('tells a reader without write permission that the agenda cannot be saved', async () => {
    await e2e.withPage('/?role=prepare&user=reader', async (page) => {
      await punktList(page);
      await page.getByRole('button', { name: 'Redigér punkt 1', exact: true }).click();
      await punktCard(page, 1).getByRole('textbox', { name: 'Titel' }).fill('Læserens titel');
      await page.getByRole('button', { name: 'Gem dagsorden', exact: true }).click();
      await page.getByText(/Du har kun læseadgang til dagsordenen/).waitFor({ timeout: 30_000 });
      expect(await page.getByRole('button', { name: 'Prøv igen' }).count()).toBe(0);
    });
    const titles = (await expectedAgenda(e2e.app.graphUrl, upcoming)).stored.meeting.items.map((i) => i.title);
    expect(titles).not.toContain('Læserens titel');
  });

  it("can be used by keyboard alone: Tab reaches a punkt's buttons with a visible focus", async () => {
    await e2e.withPage('/?role=prepare', async (page) => {
      await punktList(page);
      const edit = page.getByRole('button', { name: 'Redigér punkt 1', exact: true });
      expect(await tabTo(page, edit)).toEqual({ reached: true, focusVisible: true });
      await page.keyboard.press('Enter');
      await punktCard(page, 1).getByRole('textbox', { name: 'Titel' }).waitFor();
    });
  });
});
