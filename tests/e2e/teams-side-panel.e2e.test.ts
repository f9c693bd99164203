/**
 * The app's side panel in the local Teams host for each role (issue #10, "Tests"): the note-taker,
 * who is not the organizer, finds today's series occurrence in her own calendar and writes a
 * decision that the reader's managers' view then shows read-only; the channel meeting for its
 * organizer; the reader, who has no copy of the channel meeting, gets the explanation and a choice;
 * the reader's panel at 320 px without horizontal scroll and with no axe violations. Each user has
 * her own browser context; what the panel ought to show is read back from the service.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/ports';
import { punktItem, punktToggle, shownPunkter } from './support/agenda-page';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { AXE_TAGS, scrollsHorizontally, withoutTabsterDummies } from './support/checks';
import { expectedAgenda, READER_TOKEN, repositories, upcomingEvents, DEV_TOKEN } from './support/expected-agenda';
import { openDecision } from './support/notes-page';

const e2e = useAppAndBrowser();
/** Today's running occurrence of the weekly series (the first upcoming event) and its chat thread. */
let series: { event: CalendarEvent; threadId: string };
/** Today's channel meeting, in the secretary's calendar only, and its channel thread. */
let channel: { event: CalendarEvent; threadId: string };

/** The Teams thread each online meeting's join URL names, by iCalUId, from the organizer's calendar. */
async function threadsByICalUId(graphUrl: string): Promise<Map<string, string>> {
  const day = 86_400_000;
  const from = new Date(Date.now() - day).toISOString();
  const to = new Date(Date.now() + 7 * day).toISOString();
  const response = await fetch(`${graphUrl}/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`, {
    headers: { Authorization: `Bearer ${DEV_TOKEN}`, Prefer: 'outlook.timezone="UTC"' },
  });
  const body = (await response.json()) as { value: Array<{ iCalUId: string; onlineMeeting?: { joinUrl?: string } | null }> };
  const threads = new Map<string, string>();
  for (const event of body.value) {
    const thread = /\/l\/meetup-join\/([^/?#]+)/.exec(event.onlineMeeting?.joinUrl ?? '')?.[1];
    if (thread) threads.set(event.iCalUId, decodeURIComponent(thread));
  }
  return threads;
}

beforeAll(async () => {
  const [events, threads] = await Promise.all([upcomingEvents(e2e.app.graphUrl), threadsByICalUId(e2e.app.graphUrl)]);
  const first = events[0];
  const firstThread = first && threads.get(first.iCalUId);
  if (!first || !firstThread) throw new Error('the seed has no upcoming online meeting');
  series = { event: first, threadId: firstThread };
  const channelEvent = events.find((e) => threads.get(e.iCalUId)?.endsWith('@thread.tacv2'));
  if (!channelEvent) throw new Error('the seed has no channel meeting today');
  channel = { event: channelEvent, threadId: threads.get(channelEvent.iCalUId)! };
}, 120_000);

/** The local service's token for the note-taker (README: the demo users). */
const NOTETAKER_TOKEN = 'punkt-dev-token-notetaker';

type HostUserKey = 'secretary' | 'notetaker' | 'reader';

/** The host page with the side panel of `threadId` as `user`; page errors fail the test. */
async function withSidePanel(user: HostUserKey, threadId: string, body: (panel: FrameLocator, page: Page) => Promise<void>): Promise<void> {
  const { page, errors, close } = await openPage(e2e.browser, { viewport: { width: 1000, height: 900 } });
  try {
    const query = new URLSearchParams({ user, frame: 'sidePanel', meeting: threadId });
    await page.goto(`${new URL('/teams-host.html', e2e.app.url).href}?${query}`);
    await body(page.frameLocator('.frame-slot iframe'), page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

/** The app's document in the panel's frame (for measuring it). */
async function panelFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('.frame-slot iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('the side panel has no frame');
  return frame;
}

/** The managers' agenda list in the panel; waits until it shows. */
async function panelAgenda(panel: FrameLocator): Promise<Locator> {
  const list = panel.getByRole('list', { name: 'Dagsorden', exact: true });
  await list.waitFor({ state: 'visible', timeout: 60_000 });
  return list;
}

describe('the side panel in the local Teams host, per role', () => {
  it("note-taker writes a decision in today's series occurrence; the reader's managers' view shows it read-only", async () => {
    const notetakerView = (await expectedAgenda(e2e.app.graphUrl, series.event)).punkter;
    const first = notetakerView[0];
    if (!first) throw new Error("today's occurrence has no punkt");
    const decision = `Besluttet i sidepanelet ${Date.now()}`;
    // The premise: her copy of the occurrence is her own (another event id) and she does not organize it.
    const own = (await repositories(e2e.app.graphUrl, NOTETAKER_TOKEN).calendar.listEvents(series.event.start, series.event.end)).find(
      (e) => e.iCalUId === series.event.iCalUId,
    );
    expect(own).toMatchObject({ isOrganizer: false, start: series.event.start });
    expect(own?.id).not.toBe(series.event.id);

    // The note-taker is invited, not the organizer: the panel finds the meeting in her own calendar.
    await withSidePanel('notetaker', series.threadId, async (panel) => {
      // During the meeting only the current punkt's card is open: she opens the first one.
      const box = await openDecision(panel, first.number, 60_000);
      await box.pressSequentially(decision);
      await expect.poll(() => panel.getByTestId(`save-state-${first.number}`).textContent(), { timeout: 30_000 }).toBe('Gemt');
    });
    // It reached the list, on that punkt.
    const stored = await repositories(e2e.app.graphUrl).agenda.loadAgenda({ iCalUId: series.event.iCalUId, start: series.event.start });
    expect(stored?.items.find(({ item }) => item.number === first.number)?.item.decision).toBe(decision);

    const readerView = (await expectedAgenda(e2e.app.graphUrl, series.event, READER_TOKEN)).punkter;
    await withSidePanel('reader', series.threadId, async (panel) => {
      const list = await panelAgenda(panel);
      const shown = await shownPunkter(list);
      expect(shown.map((p) => [p.number, p.slot])).toEqual(readerView.map((p) => [p.number, p.slot]));
      for (const [i, punkt] of readerView.entries()) if (punkt.readable) expect(shown[i]?.name).toContain(punkt.title);
      // Read-only: no decision field, no switch away from the editor.
      expect(await panel.getByRole('textbox', { name: /^Beslutning for punkt/ }).count()).toBe(0);
      expect(await panel.getByRole('button', { name: 'Følg kun dagsordenen' }).count()).toBe(0);
      await punktToggle(list, first.number).click();
      await expect.poll(() => punktItem(list, first.number).innerText(), { timeout: 10_000 }).toContain(decision);
    });
  }, 180_000);

  it('opens the channel meeting for the secretary, its organizer, with its agenda', async () => {
    const expected = (await expectedAgenda(e2e.app.graphUrl, channel.event)).punkter;
    expect(expected.length).toBeGreaterThan(0);
    await withSidePanel('secretary', channel.threadId, async (panel) => {
      // She may write, so the role-less panel opens the editor: one decision field per punkt.
      for (const punkt of expected) await openDecision(panel, punkt.number, 60_000);
      await panel.getByRole('button', { name: 'Følg kun dagsordenen' }).click();
      const shown = await shownPunkter(await panelAgenda(panel));
      expect(shown.map((p) => [p.number, p.slot])).toEqual(expected.map((p) => [p.number, p.slot]));
      for (const [i, punkt] of expected.entries()) expect(shown[i]?.name).toContain(punkt.title);
    });
  }, 120_000);

  it('tells the reader, who has no copy of the channel meeting, that it is not in her calendar and lets her choose one', async () => {
    const readerEvents = await repositories(e2e.app.graphUrl, READER_TOKEN).calendar.listEvents(
      new Date(Date.now() - 86_400_000).toISOString(),
      new Date(Date.now() + 7 * 86_400_000).toISOString(),
    );
    // The premise: the channel meeting is the secretary's alone.
    expect(readerEvents.some((e) => e.iCalUId === channel.event.iCalUId)).toBe(false);
    await withSidePanel('reader', channel.threadId, async (panel) => {
      await panel.getByText(/^Vi kunne ikke finde mødet i din kalender/).waitFor({ timeout: 60_000 });
      const picker = panel.getByRole('combobox', { name: 'Møde' });
      await expect.poll(() => picker.isEnabled(), { timeout: 30_000 }).toBe(true);
      // Not a dead end: choosing today's series occurrence (her own copy of it) opens its agenda.
      const own = readerEvents.find((e) => e.iCalUId === series.event.iCalUId && e.start === series.event.start);
      if (!own) throw new Error("the reader has no copy of today's occurrence");
      await picker.selectOption(own.id);
      const expected = (await expectedAgenda(e2e.app.graphUrl, series.event, READER_TOKEN)).punkter;
      await expect
        .poll(async () => (await shownPunkter(await panelAgenda(panel))).map((p) => [p.number, p.slot]), { timeout: 30_000 })
        .toEqual(expected.map((p) => [p.number, p.slot]));
    });
  }, 120_000);

  it("asks Teams before React's code loads: initialize and getContext are not answered behind its evaluation (issue #13)", async () => {
    // The host answers on the panel's main thread as Teams' messages are: React's half (src/app/ui-start.ts,
    // its own request in the dev server) is asked for only once the panel has had Teams' context, which the
    // meeting lookup needs. The host page logs each message it gets from the panel.
    const { page, errors, close } = await openPage(e2e.browser, { viewport: { width: 1000, height: 900 } });
    try {
      const hostHadAsked: string[] = [];
      await page.route(/\/src\/app\/ui-start\.ts(\?|$)/, async (route) => {
        hostHadAsked.push((await page.locator('#log').textContent()) ?? '');
        await route.continue();
      });
      const query = new URLSearchParams({ user: 'secretary', frame: 'sidePanel', meeting: channel.threadId });
      await page.goto(`${new URL('/teams-host.html', e2e.app.url).href}?${query}`);
      await page
        .frameLocator('.frame-slot iframe')
        .getByRole('button', { name: /^Punkt \d+:/ })
        .first()
        .waitFor({ timeout: 60_000 });
      expect(hostHadAsked).toHaveLength(1);
      expect(hostHadAsked[0]).toMatch(/app → vært: initialize[\s\S]*app → vært: getContext/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it('restyles the side panel at once when Teams switches theme (default, dark, contrast)', async () => {
    await withSidePanel('reader', series.threadId, async (panel, page) => {
      await panelAgenda(panel);
      const frame = await panelFrame(page);
      // The app's Fluent provider paints the page: its background is the theme's, read as rendered.
      const background = () =>
        frame.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body).backgroundColor);
      const light = await background();
      await page.getByLabel('Tema', { exact: true }).selectOption('dark');
      await expect.poll(background, { timeout: 10_000 }).not.toBe(light);
      const dark = await background();
      await page.getByLabel('Tema', { exact: true }).selectOption('contrast');
      await expect.poll(background, { timeout: 10_000 }).not.toBe(dark);
      expect(await background()).not.toBe(light);
      // Still the same view, nothing reloaded: the agenda is there.
      await panelAgenda(panel);
    });
  }, 120_000);

  it("keeps the reader's side panel within 320 px without horizontal scroll, with no axe violations", async () => {
    await withSidePanel('reader', series.threadId, async (panel, page) => {
      await panelAgenda(panel);
      // Teams' side panel is 320 px; the host's 20 px gutters leave the app 280 px of it.
      expect((await page.locator('#panel').boundingBox())?.width).toBe(320);
      const frame = await panelFrame(page);
      expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(280);
      expect(await frame.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
      expect(await scrollsHorizontally(page)).toBe(false);
      // axe on the app in the panel: the host page's own unnamed <main> and the app's <main> would
      // fail landmark-unique together, a collision of the local host's markup, not of the app (Teams'
      // page is not ours). The same tags as the other browser tests.
      const results = await new AxeBuilder({ page })
        .include({ fromFrames: ['.frame-slot iframe', 'html'] })
        .withTags(AXE_TAGS)
        .analyze();
      expect(withoutTabsterDummies(results).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }, 120_000);
});
