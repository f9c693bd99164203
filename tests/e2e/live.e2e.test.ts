/**
 * The live meeting end to end: the seeded upcoming meeting is on (both browsers' clocks are set
 * 40 minutes past its start with Playwright's clock; the service keeps real time). The note-taker
 * starts a later punkt than the clock says, the managers' view follows it through the progress
 * stored with the agenda, the meeting falls behind and both views forecast a later end, and
 * "Stop tidsplanen" hands the meeting back to the clock. Expected times are worked out here from the
 * stored agenda's schedule, never hard-coded.
 */
import { DateTime } from 'luxon';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/ports';
import { computeSchedule, type Schedule, type ScheduledItem } from '../../src/domain/schedule';
import { createLiveProgressRepository } from '../../src/graph/index';
import { agendaList, punktItem } from './support/agenda-page';
import { useAppAndBrowser } from './support/app-and-browser';
import { axeViolations, saveScreenshot } from './support/checks';
import { expectedAgenda, nextMeeting, repositories } from './support/expected-agenda';

const MINUTE = 60_000;
/** How far into the meeting the browsers' clocks are set (then moved to the middle of that punkt). */
const INTO_MEETING_MS = 40 * MINUTE;

const e2e = useAppAndBrowser();
let meeting: CalendarEvent;
let schedule: Schedule;

beforeAll(async () => {
  meeting = await nextMeeting(e2e.app.graphUrl);
  schedule = computeSchedule((await expectedAgenda(e2e.app.graphUrl, meeting)).stored.meeting);
});

const ms = (iso: string) => Date.parse(iso);
const length = (item: ScheduledItem) => ms(item.endAt) - ms(item.startAt);
/** An instant as the views show it: Copenhagen `HH.MM`. */
const clockText = (epochMs: number) => DateTime.fromMillis(epochMs, { zone: 'Europe/Copenhagen' }).toFormat('HH.mm');

/** The punkt whose planned span holds `atMs`. */
function plannedAt(atMs: number): ScheduledItem {
  const item = schedule.items.find((i) => ms(i.startAt) <= atMs && atMs < ms(i.endAt));
  if (!item) throw new Error(`no punkt is planned at ${new Date(atMs).toISOString()}`);
  return item;
}

/** The stored progress, read as the managers' view reads it. */
function storedProgress() {
  const { client } = repositories(e2e.app.graphUrl);
  return createLiveProgressRepository(client, { siteId: 'punkt-demo' }).readProgress({ iCalUId: meeting.iCalUId, start: meeting.start });
}

/** A context whose clock starts at `time` and runs on from there; page errors are collected. */
async function fakeTimeContext(time: number, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({ viewport: { width: 420, height: 900 } });
  await context.clock.install({ time });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page };
}

const pageNow = (page: Page) => page.evaluate(() => Date.now());

/** The note-taker's timer in the shared "Nu" strip, read as innerText: "Nu: Punkt N [CF] title", then "M min. tilbage · Forventet slut HH.MM" on its own line (the badge breaks lines too). */
const notesTimer = (page: Page) => page.getByRole('timer', { name: 'Aktuelt punkt', exact: true });
/** The note-taker's section of punkt `n` (a region named by its heading). */
const notesPunkt = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Punkt ${n}:`) });

/**
 * The forecast end both views should show while punkt `started` runs over: now plus the planned
 * lengths of the later punkter. The page's clock runs during the check, so every minute between
 * `fromMs` and `toMs` (page times read around it) is accepted.
 */
function forecastTexts(started: ScheduledItem, fromMs: number, toMs: number): string[] {
  const later = schedule.items.slice(schedule.items.indexOf(started) + 1).reduce((sum, item) => sum + length(item), 0);
  const texts = new Set<string>();
  for (let t = fromMs; t <= toMs + MINUTE; t += MINUTE) texts.add(clockText(Math.min(t, toMs) + later));
  return [...texts];
}

describe('a live meeting, marked by the note-taker and followed by the managers', () => {
  it('shows the started punkt as current in both views, forecasts a late end, and ends live on "Stop tidsplanen"', async () => {
    const startMs = ms(schedule.items[0]!.startAt);
    expect(startMs).toBe(ms(meeting.start));
    const byClock = plannedAt(startMs + INTO_MEETING_MS);
    // The middle of its slot: the running clock cannot cross into the next punkt during the steps.
    const fakeStart = (ms(byClock.startAt) + ms(byClock.endAt)) / 2;
    const clockIndex = schedule.items.indexOf(byClock);
    // A later punkt than the clock's, but not the last: after it the clock must still find a punkt.
    const target = schedule.items[Math.min(clockIndex + 2, schedule.items.length - 2)];
    if (!target || schedule.items.indexOf(target) <= clockIndex) throw new Error('the demo agenda is too short for this test');
    const n = target.number;
    const errors: string[] = [];
    const notes = await fakeTimeContext(fakeStart, errors);
    let managers: Awaited<ReturnType<typeof fakeTimeContext>> | null = null;
    try {
      // 1. The note-taker sees the clock's punkt, then starts a later one.
      const notesPage = notes.page;
      await notesPage.goto(new URL('/?role=notes', e2e.app.url).href);
      await notesTimer(notesPage).waitFor({ timeout: 30_000 });
      await expect
        .poll(() => notesTimer(notesPage).innerText(), { timeout: 10_000 })
        .toMatch(new RegExp(`^Nu: Punkt ${byClock.number}(?!\\d).*\\n\\d+ min\\. tilbage · Forventet slut \\d{2}\\.\\d{2}$`, 's'));
      expect(await notesPunkt(notesPage, byClock.number).getAttribute('aria-current')).toBe('step');

      await notesPage.getByRole('button', { name: `Start punkt ${n} nu`, exact: true }).click();
      await expect
        .poll(() => notesTimer(notesPage).innerText(), { timeout: 10_000 })
        .toMatch(new RegExp(`^Nu: Punkt ${n}(?!\\d).*\\n${Math.round(length(target) / MINUTE)} min\\. tilbage · `, 's'));
      expect(await notesPunkt(notesPage, n).getAttribute('aria-current')).toBe('step');
      expect(await notesPunkt(notesPage, byClock.number).getAttribute('aria-current')).toBeNull();
      await expect.poll(async () => (await storedProgress())?.number, { timeout: 15_000 }).toBe(n);

      // 2. The managers (same fake time) see the note-taker's punkt as current, not the clock's.
      managers = await fakeTimeContext(await pageNow(notesPage), errors);
      const managersPage = managers.page;
      await managersPage.goto(e2e.app.url);
      let list = await agendaList(managersPage);
      await expect.poll(() => punktItem(list, n).getAttribute('aria-current'), { timeout: 10_000 }).toBe('true');
      expect(await punktItem(list, n).innerText()).toMatch(/I gang · \d+ min\. tilbage/);
      expect(await punktItem(list, byClock.number).getAttribute('aria-current')).toBeNull();
      // On time, the punkt forecasts nothing (the pinned Nu strip always gives the expected end).
      expect(await punktItem(list, n).innerText()).not.toContain('Forventet slut');

      // The meeting falls behind: both clocks jump past the started punkt's planned end.
      // Each clock jumps by its own distance: the two run apart by however long the managers' page took to open.
      const late = ms(target.endAt) + 2 * MINUTE;
      const jump = async (context: BrowserContext, page: Page) => context.clock.fastForward(late - (await pageNow(page)));
      await Promise.all([jump(notes.context, notesPage), jump(managers.context, managersPage)]);
      await expect
        .poll(() => punktItem(list, n).innerText(), { timeout: 20_000 })
        .toMatch(/I gang · \d+ min\. over tid · Forventet slut \d{2}\.\d{2}/);
      const shown = /Forventet slut (\d{2}\.\d{2})/.exec(await punktItem(list, n).innerText())?.[1];
      expect(forecastTexts(target, late, await pageNow(managersPage)), "managers' forecast").toContain(shown);
      expect(await managersPage.getByText(`Mødet er forsinket og forventes at slutte kl. ${shown}`).count()).toBe(1);

      await expect
        .poll(() => notesTimer(notesPage).innerText(), { timeout: 20_000 })
        .toMatch(new RegExp(`^Nu: Punkt ${n}(?!\\d).*\\n\\d+ min\\. over tid · Forventet slut \\d{2}\\.\\d{2}$`, 's'));
      const notesForecast = /Mødet forventes at slutte kl\. (\d{2}\.\d{2})\./.exec(
        await notesPage.getByText(/^Mødet forventes at slutte kl\./).innerText(),
      )?.[1];
      expect(forecastTexts(target, late, await pageNow(notesPage))).toContain(notesForecast);
      expect(notesForecast).toBe(shown);

      // 4. Both pages in the live, late state pass axe.
      expect(await axeViolations(notesPage)).toEqual([]);
      expect(await axeViolations(managersPage)).toEqual([]);
      await saveScreenshot(notesPage, 'live-notes-late');
      await saveScreenshot(managersPage, 'live-agenda-late');

      // 3. "Stop tidsplanen" hands the meeting back to the clock in both views.
      await notesPage.getByRole('button', { name: 'Stop tidsplanen', exact: true }).click();
      const nowByClock = plannedAt(await pageNow(notesPage));
      expect(nowByClock.number).not.toBe(n);
      await expect
        .poll(() => notesTimer(notesPage).innerText(), { timeout: 10_000 })
        .toMatch(new RegExp(`^Nu: Punkt ${nowByClock.number}(?!\\d).*\\n\\d+ min\\. tilbage · Forventet slut \\d{2}\\.\\d{2}$`, 's'));
      expect(await notesPunkt(notesPage, n).getAttribute('aria-current')).toBeNull();
      expect(await notesPage.getByRole('button', { name: 'Stop tidsplanen', exact: true }).count()).toBe(0);
      await expect.poll(() => storedProgress(), { timeout: 15_000 }).toBeNull();

      await managersPage.reload();
      list = await agendaList(managersPage);
      await expect.poll(() => punktItem(list, nowByClock.number).getAttribute('aria-current'), { timeout: 10_000 }).toBe('true');
      expect(await punktItem(list, n).getAttribute('aria-current')).toBeNull();
      // On time, the punkt forecasts nothing (the pinned Nu strip always gives the expected end).
      expect(await punktItem(list, n).innerText()).not.toContain('Forventet slut');
      expect(await managersPage.getByText(/Mødet er forsinket/).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await managers?.context.close();
      await notes.context.close();
    }
  }, 150_000);
});
