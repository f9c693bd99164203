/**
 * The note-taker's view for a manager who may only read (issue #5: "Only people allowed to write get
 * editors; others see the decisions read-only"): `?role=notes&user=reader` against the embedded
 * service, whose reader token gets 403 on writes. The view must say so from the start, show no
 * editable decision field, change nothing in the list, and pass axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent, StoredAgenda } from '../../src/domain/ports';
import { startDevApp, type AppServer } from './support/app-server';
import { launchBrowser, openPage } from './support/browser';
import { axeViolations, saveScreenshot } from './support/checks';
import { expectedAgenda, upcomingEvents } from './support/expected-agenda';

let app: AppServer;
let browser: Browser;
let meeting: CalendarEvent;
let before: StoredAgenda;

beforeAll(async () => {
  [app, browser] = await Promise.all([startDevApp(), launchBrowser()]);
  const [next] = await upcomingEvents(app.graphUrl);
  if (!next) throw new Error('the seed has no upcoming meeting');
  meeting = next;
  before = (await expectedAgenda(app.graphUrl, meeting)).stored;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const decisionFields = (page: Page) => page.getByRole('textbox', { name: /^Beslutning for punkt \d+$/ });

describe("note-taker's view for a read-only manager", () => {
  it('shows the decisions read-only from the start: the explanation, no editors, nothing written', async () => {
    const { page, errors, close } = await openPage(browser);
    try {
      await page.goto(new URL('/?role=notes&user=reader', app.url).href);
      const first = before.items.find((s) => s.readable)!;
      await page.getByRole('heading', { name: new RegExp(`^Punkt ${first.item.number}:`) }).waitFor({ timeout: 30_000 });
      await page.getByText('Du kan læse beslutningerne').waitFor({ timeout: 30_000 });

      expect(await page.getByRole('textbox', { name: 'Beslutning for punkt 1', exact: true }).count()).toBe(0);
      expect(await decisionFields(page).count()).toBe(0);
      // The status is a Dropdown (a combobox) since issue #15; the old radio group must not come back either.
      expect(await page.getByRole('combobox', { name: /^Status for punkt/ }).count()).toBe(0);
      expect(await page.getByRole('radiogroup', { name: /^Status for punkt/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Start punkt \d+ nu$/ }).count()).toBe(0);

      // The probe is a write that cannot apply: every punkt keeps its ETag.
      const after = (await expectedAgenda(app.graphUrl, meeting)).stored;
      expect(after.items.map((s) => s.etag)).toEqual(before.items.map((s) => s.etag));

      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'notes-reader');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
