/**
 * The managers' view end to end (issue #4 "Tests and figures"): `npm start`'s app and embedded
 * service in headless chromium. The expected agenda is read back from the service through the
 * app's repositories and scheduled with computeSchedule, never hard-coded.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingKeyOf } from '../../src/domain/meeting-identity';
import type { CalendarEvent } from '../../src/domain/ports';
import { agendaList, punktItem, punktToggle, shownPunkter } from './support/agenda-page';
import { useAppAndBrowser } from './support/app-and-browser';
import { BASELINE_PATH } from './support/app-server';
import { openPage } from './support/browser';
import { axeViolations, cutOffAtRight, saveScreenshot, scrollsHorizontally, tabTo } from './support/checks';
import {
  addMeetingWithClosedPunkt,
  allEvents,
  expectedAgenda,
  nextMeeting,
  READER_TOKEN,
  type ExpectedPunkt,
} from './support/expected-agenda';
import { fakeOutlookState, installFakeOutlook, openOutlookItem } from './support/fake-outlook';

const e2e = useAppAndBrowser();
let upcoming: CalendarEvent;
let expected: ExpectedPunkt[];

beforeAll(async () => {
  upcoming = await nextMeeting(e2e.app.graphUrl);
  expected = (await expectedAgenda(e2e.app.graphUrl, upcoming)).punkter;
});

/** The background colour the Fluent provider paints, as chromium reports it (`rgb(r, g, b)`). */
function providerBackground(page: Page): Promise<string> {
  return page
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** `#rrggbb` → `rgb(r, g, b)`. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe("managers' view at the root address", { timeout: 60_000 }, () => {
  it('opens the upcoming demo meeting with every punkt and its scheduled time', async () => {
    expect(expected.length).toBeGreaterThan(0);
    await e2e.withPage('/', async (page) => {
      const shown = await shownPunkter(await agendaList(page));
      // The standalone host offers a meeting picker (Outlook does not; see below).
      expect(await page.getByRole('combobox').count()).toBe(1);
      expect(shown.map((p) => p.number)).toEqual(expected.map((p) => p.number));
      expect(shown.map((p) => p.slot)).toEqual(expected.map((p) => p.slot));
      for (const [i, punkt] of expected.entries()) {
        expect(shown[i]?.name).toContain(punkt.title);
        if (punkt.caseNumber) expect(shown[i]?.text).toContain(punkt.caseNumber);
      }
    });
  });

  it('expands a punkt to show its Indstilling as numbered points', async () => {
    const { stored } = await expectedAgenda(e2e.app.graphUrl, upcoming);
    const withPoints = stored.items.find((s) => s.readable && (s.item.recommendation?.points.length ?? 0) > 0);
    if (!withPoints) throw new Error('the upcoming demo agenda has no punkt with an Indstilling');
    const points = withPoints.item.recommendation?.points ?? [];
    await e2e.withPage('/', async (page) => {
      const list = await agendaList(page);
      const toggle = punktToggle(list, withPoints.item.number);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const indstilling = punktItem(list, withPoints.item.number).getByRole('region', { name: 'Indstilling' });
      await indstilling.waitFor();
      const shownPoints = await indstilling.getByRole('listitem').allInnerTexts();
      expect(shownPoints.map((p) => p.trim())).toEqual(points);
    });
  });

  const themes: Array<[string, string, Theme]> = [
    ['light', '/', webLightTheme],
    ['dark', '/?theme=dark', webDarkTheme],
    ['contrast', '/?theme=contrast', teamsHighContrastTheme],
  ];
  it.each(themes)('has no WCAG 2.1 AA violations in the %s theme, with a punkt open', async (name, path, theme) => {
    await e2e.withPage(path, async (page) => {
      const list = await agendaList(page);
      expect(await providerBackground(page)).toBe(rgb(theme.colorNeutralBackground1));
      // One punkt open, the others closed: one axe run sees both states.
      await punktToggle(list, expected[1]?.number ?? expected[0]!.number).click();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `agenda-${name}`);
    });
  });

  it('can be used by keyboard alone: Tab reaches a punkt with a visible focus, Enter expands it', async () => {
    await e2e.withPage('/', async (page) => {
      const list = await agendaList(page);
      const first = punktToggle(list, expected[0]!.number);
      expect(await tabTo(page, first)).toEqual({ reached: true, focusVisible: true });
      await page.keyboard.press('Enter');
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      await saveScreenshot(page, 'agenda-keyboard');
    });
  });

  it('fits 320 px without horizontal scrolling, even with every punkt open', async () => {
    await e2e.withPage(
      '/',
      async (page) => {
        const list = await agendaList(page);
        expect(await scrollsHorizontally(page)).toBe(false);
        for (const punkt of expected.filter((p) => p.readable)) await punktToggle(list, punkt.number).click();
        expect(await scrollsHorizontally(page)).toBe(false);
        expect(await cutOffAtRight(page)).toEqual([]);
        await saveScreenshot(page, 'agenda-320px');
      },
      { viewport: { width: 320, height: 800 } },
    );
  });

  it('shows a closed punkt to a reader as only its number, case number and "Lukket"', async () => {
    const closed = expected[2] ?? expected[0]!;
    const event = await addMeetingWithClosedPunkt(e2e.app.graphUrl, upcoming, closed.number);
    const reader = (await expectedAgenda(e2e.app.graphUrl, event, READER_TOKEN)).punkter;
    expect(reader.find((p) => p.number === closed.number)?.readable).toBe(false);
    // An event id names one mailbox's copy; the reader opens her own copy by the meeting's key.
    await e2e.withPage(`/?meeting=${encodeURIComponent(meetingKeyOf(event))}&user=reader`, async (page) => {
      const list = await agendaList(page);
      const shown = await shownPunkter(list);
      expect(shown.map((p) => [p.number, p.slot])).toEqual(reader.map((p) => [p.number, p.slot]));
      const row = shown.find((p) => p.number === closed.number);
      expect(row?.name).toBe(`Punkt ${closed.number}: Lukket`);
      expect(row?.text).toContain(closed.caseNumber);
      expect(row?.text).not.toContain(closed.title);
      // Nothing to open: the title is text, not a disclosure button.
      expect(await punktItem(list, closed.number).getByRole('button').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
    // The full user sees the same punkt with its title: the hiding is the reader's, not the data's.
    await e2e.withPage(`/?meeting=${encodeURIComponent(event.id)}`, async (page) => {
      const row = (await shownPunkter(await agendaList(page))).find((p) => p.number === closed.number);
      expect(row?.name).toContain(closed.title);
    });
  });
});

describe("managers' view in the Outlook task pane (mocked mailbox)", { timeout: 60_000 }, () => {
  it("shows the open appointment's agenda, follows ItemChanged to the next invite, and passes axe", async () => {
    // Open a past Chefforum first, so the standalone host's choice (the next meeting) cannot pass for Outlook's.
    const past = (await allEvents(e2e.app.graphUrl)).filter((e) => Date.parse(e.end) < Date.now()).at(-1);
    if (!past) throw new Error('the seed has no past meeting');
    const pastAgenda = (await expectedAgenda(e2e.app.graphUrl, past)).punkter;
    const { page, errors, close } = await openPage(e2e.browser);
    try {
      await installFakeOutlook(page, { eventId: past.id });
      await page.goto(e2e.app.url);
      const list = await agendaList(page);
      const shown = await shownPunkter(list);
      expect(shown.map((p) => [p.number, p.slot])).toEqual(pastAgenda.map((p) => [p.number, p.slot]));
      const state = await fakeOutlookState(page);
      expect(state.conversions).toEqual([{ itemId: expect.any(String), restVersion: 'v2.0' }]);
      expect(state.handlerCounts.olkItemSelectedChanged).toBe(1);
      // No meeting picker in Outlook: the invite is the meeting.
      expect(await page.getByRole('combobox').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'agenda-outlook');

      await openOutlookItem(page, upcoming.id);
      await expect
        .poll(async () => (await shownPunkter(await agendaList(page))).map((p) => [p.number, p.slot]), { timeout: 10_000 })
        .toEqual(expected.map((p) => [p.number, p.slot]));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("follows Outlook's dark theme, expands a punkt and passes axe", async () => {
    const { page, errors, close } = await openPage(e2e.browser);
    try {
      await installFakeOutlook(page, { eventId: upcoming.id, bodyBackgroundColor: '#1f1f1f' });
      await page.goto(e2e.app.url);
      const list = await agendaList(page);
      expect(await providerBackground(page)).toBe(rgb(webDarkTheme.colorNeutralBackground1));
      const toggle = punktToggle(list, expected[1]?.number ?? expected[0]!.number);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'agenda-outlook-dark');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the harness beside the app', { timeout: 60_000 }, () => {
  it('serves on a port in 5200–5299 with its own seeded service, which wants a token like Graph', async () => {
    const port = Number(new URL(e2e.app.url).port);
    expect(port).toBeGreaterThanOrEqual(5200);
    expect(port).toBeLessThanOrEqual(5299);
    expect((await fetch(`${e2e.app.graphUrl}/me/events`)).status).toBe(401);
  });

  it('serves the baseline Fluent page the benchmarks compare against', async () => {
    await e2e.withPage(BASELINE_PATH, async (page) => {
      await page.getByText('Tom Fluent-side').waitFor();
      expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe('object');
    });
  });
});
