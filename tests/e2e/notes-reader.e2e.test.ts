/**
 * The note-taker's view for a manager who may only read (issue #5: "Only people allowed to write get
 * editors; others see the decisions read-only"): `?role=notes&user=reader` against the embedded
 * service, whose reader token gets 403 on writes. The view must say so from the start, show no
 * editable decision field, change nothing in the list, and pass axe.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent, StoredAgenda } from '../../src/domain/ports';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations, saveScreenshot } from './support/checks';
import { expectedAgenda, nextMeeting } from './support/expected-agenda';

const e2e = useAppAndBrowser();
let meeting: CalendarEvent;
let before: StoredAgenda;

beforeAll(async () => {
  meeting = await nextMeeting(e2e.app.graphUrl);
  before = (await expectedAgenda(e2e.app.graphUrl, meeting)).stored;
});

const decisionFields = (page: Page) => page.getByRole('textbox', { name: /^Beslutning for punkt \d+$/ });

describe("note-taker's view for a read-only manager", () => {
  it('shows the decisions read-only from the start: the explanation, no editors, nothing written', async () => {
    const { page, errors, close } = await openPage(e2e.browser);
    try {
      await page.goto(new URL('/?role=notes&user=reader', e2e.app.url).href);
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
      const after = (await expectedAgenda(e2e.app.graphUrl, meeting)).stored;
      expect(after.items.map((s) => s.etag)).toEqual(before.items.map((s) => s.etag));

      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'notes-reader');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
