/**
 * The referat end to end (issue #14, In the app; Tests: "the note-taker finishes a meeting, previews,
 * saves to SharePoint ..., and the managers' view opens the public document; approval flags a later
 * change; axe with zero violations"). Against the embedded service, whose document library stores the
 * files: the note-taker writes decisions (one on a closed punkt), previews, saves both versions; a
 * manager (reader token, own browser context) sees the referat saved and opens the public Word
 * document, which holds the decisions and nothing of the closed punkt. Then the note-taker approves,
 * changes a decision, and every view (the note-taker's, the managers', the secretary's) flags that punkt.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingKeyOf } from '../../src/domain/meeting-identity';
import type { CalendarEvent } from '../../src/domain/ports';
import { createGraphClient } from '../../src/graph/client';
import { createReferatLibrary } from '../../src/graph/referat-library';
import { docxPart, docxText } from '../helpers/documents/docx-text';
import { webSession } from '../helpers/local-graph/web-sign-in';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations, saveScreenshot } from './support/checks';
import { READER_TOKEN, addMeetingWithClosedPunkt, nextMeeting, repositories } from './support/expected-agenda';
import { openDecision } from './support/notes-page';

const CLOSED = 2;
const OPEN_DECISION = 'Chefforum godkendte dagsordenen (referat-e2e).';
const CLOSED_DECISION = 'Hemmelig afgørelse i personalesagen (referat-e2e).';
const LATER_DECISION = 'Chefforum godkendte dagsordenen med en rettelse (referat-e2e).';
const CHANGED = 'Ændret efter godkendelse';

const e2e = useAppAndBrowser();
let event: CalendarEvent;
let closedTitle: string;

beforeAll(async () => {
  event = await addMeetingWithClosedPunkt(e2e.app.graphUrl, await nextMeeting(e2e.app.graphUrl), CLOSED);
  const stored = await repositories(e2e.app.graphUrl).agenda.loadAgenda({ iCalUId: event.iCalUId, start: event.start });
  closedTitle = stored!.meeting.items.find((i) => i.number === CLOSED)!.title;
});

/** The app's address for a role and user, on this test's meeting. */
const address = (query: string) => new URL(`/?${query}&meeting=${encodeURIComponent(meetingKeyOf(event))}`, e2e.app.url).href;

/** The page's visible text, read in the page itself. */
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

/** The address of the page's first link whose text is `name`, or null. */
const linkTo = (page: Page, name: string) =>
  page.evaluate((text) => [...document.querySelectorAll('a')].find((a) => a.textContent === text)?.href ?? null, name);

/** The text of the public Word document at `href`, opened by the note-taker and checked to come as the .docx download. */
async function publicDocument(href: string): Promise<string> {
  const opened = await webSession('Referent Demo').open(href);
  expect(opened.headers.get('content-disposition')).toMatch(
    /^attachment; filename\*=UTF-8''Referat%20Chefforum%20\d{4}-\d{2}-\d{2}%20%28offentlig%29\.docx$/,
  );
  return docxText(docxPart(new Uint8Array(await opened.arrayBuffer()), 'word/document.xml'));
}

/** Writes `text` as punkt `n`'s decision and waits until the list has it. */
async function writeDecision(page: Page, n: number, text: string): Promise<void> {
  await (await openDecision(page, n, 90_000)).fill(text);
  await expect.poll(() => page.getByTestId(`save-state-${n}`).textContent(), { timeout: 30_000 }).toBe('Gemt');
}

/**
 * Whether punkt `n`'s card carries the changed-after-approval flag: the note-taker's card (a section),
 * the managers' list item (named itself) or the secretary's card (a list item named by its heading).
 */
const flagged = (page: Page, n: number) =>
  page.evaluate(
    ({ n, changed }) => {
      const named = (el: Element | null | undefined) => el?.getAttribute('aria-label')?.startsWith(`Punkt ${n}:`) ?? false;
      const card =
        document.querySelector(`[data-punkt="${n}"]`) ??
        [...document.querySelectorAll('[role="listitem"], li')].find((li) => named(li) || named(li.querySelector('h3')));
      return card ? [...card.querySelectorAll('.fui-Badge')].some((b) => b.textContent === changed) : null;
    },
    { n, changed: CHANGED },
  );

describe('the referat in the app', () => {
  it('previews, saves both versions to SharePoint, and the managers open the public document without closed content', async () => {
    const notes = await openPage(e2e.browser, { viewport: { width: 900, height: 1000 } });
    const reader = await openPage(e2e.browser, { viewport: { width: 900, height: 1000 } });
    try {
      const page = notes.page;
      await page.goto(address('role=notes&user=notetaker'), { timeout: 120_000 });
      await writeDecision(page, 1, OPEN_DECISION);
      await writeDecision(page, CLOSED, CLOSED_DECISION);
      // The note-taker is not the chair (the secretary organizes the meeting): the state, no approving.
      await expect.poll(() => bodyText(page), { timeout: 30_000 }).toContain('Kun formanden kan godkende referatet.');
      expect(await page.getByRole('button', { name: 'Godkend referat' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Opdater forhåndsvisning' }).click();
      await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
      const preview = page.getByRole('region', { name: 'Forhåndsvisning af referatet' });
      await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain(OPEN_DECISION);
      expect(await preview.textContent()).not.toContain(CLOSED_DECISION);

      await page.getByRole('button', { name: 'Gem i SharePoint' }).click();
      // The first save loads the docx chunk, which the dev server transforms on demand.
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toMatch(/Gemt i SharePoint kl\./);
      const href = await linkTo(page, 'Åbn den offentlige version');
      expect(href).toBeTruthy();
      expect(await linkTo(page, 'Åbn den interne version')).toBeTruthy();
      const text = await publicDocument(href!);
      expect(text).toContain(OPEN_DECISION);
      expect(text).not.toContain(CLOSED_DECISION);
      expect(text).not.toContain(closedTitle);
      expect(text).toContain(`Punkt ${CLOSED}: Lukket`);

      // The internal version is stored, and hidden from a manager without access to closed punkter.
      const library = (token: string) =>
        createReferatLibrary(createGraphClient({ baseUrl: e2e.app.graphUrl, tokens: { getAccessToken: async () => token } }), {
          siteId: 'punkt-demo',
        });
      const stored = await repositories(e2e.app.graphUrl).agenda.loadAgenda({ iCalUId: event.iCalUId, start: event.start });
      expect((await library('punkt-dev-token-notetaker').list(stored!.meeting)).map((f) => f.version)).toEqual(['public', 'internal']);
      expect((await library(READER_TOKEN).list(stored!.meeting)).map((f) => f.version)).toEqual(['public']);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'referat-saved');

      // The manager's own view: the referat's state and the public document, and no internal one.
      await reader.page.goto(address('user=reader'), { timeout: 120_000 });
      await expect.poll(() => bodyText(reader.page), { timeout: 60_000 }).toMatch(/Referatet er gemt i SharePoint/);
      expect(await bodyText(reader.page)).toMatch(/Udkast/);
      expect(await linkTo(reader.page, 'Åbn den interne version')).toBeNull();
      const readerText = await publicDocument((await linkTo(reader.page, 'Åbn referatet'))!);
      expect(readerText).toContain(OPEN_DECISION);
      expect(readerText).not.toContain(CLOSED_DECISION);
      expect(await axeViolations(reader.page)).toEqual([]);
      await saveScreenshot(reader.page, 'referat-managers');
      expect([...notes.errors, ...reader.errors]).toEqual([]);
    } finally {
      await Promise.all([notes.close(), reader.close()]);
    }
  }, 300_000);

  it('flags a punkt changed after the approval in the note-taker’s, the managers’ and the secretary’s views', async () => {
    const notes = await openPage(e2e.browser, { viewport: { width: 900, height: 1000 } });
    const reader = await openPage(e2e.browser, { viewport: { width: 900, height: 1000 } });
    const secretary = await openPage(e2e.browser, { viewport: { width: 900, height: 1000 } });
    try {
      const page = notes.page;
      // The chair approves: the secretary organizes the demo's meetings (the note-taker is told only the chair can).
      await page.goto(address('role=notes'), { timeout: 120_000 });
      await page.getByRole('button', { name: 'Godkend referat' }).click({ timeout: 60_000 });
      const dialog = page.getByRole('alertdialog', { name: 'Godkend referatet?' });
      await dialog.getByRole('button', { name: 'Godkend', exact: true }).click();
      await expect.poll(() => bodyText(page), { timeout: 30_000 }).toMatch(/Godkendt af .+ den /);
      expect(await flagged(page, 1)).toBe(false);

      await writeDecision(page, 1, LATER_DECISION);
      // The view compares the rows as loaded: a reload reads the changed row's time.
      await page.reload();
      await expect.poll(() => flagged(page, 1), { timeout: 60_000 }).toBe(true);
      expect(await flagged(page, 3)).toBe(false);
      expect(await bodyText(page)).toMatch(/Punkt 1 er ændret efter godkendelse/);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'referat-notes-changed');

      await reader.page.goto(address('user=reader'), { timeout: 120_000 });
      await expect.poll(() => flagged(reader.page, 1), { timeout: 60_000 }).toBe(true);
      expect(await flagged(reader.page, 3)).toBe(false);
      expect(await bodyText(reader.page)).toMatch(/Punkt 1 er ændret efter godkendelse/);
      expect(await axeViolations(reader.page)).toEqual([]);
      await saveScreenshot(reader.page, 'referat-managers-changed');

      // The secretary (the default demo user) sees the flag on the card she would edit.
      await secretary.page.goto(address('role=prepare'), { timeout: 120_000 });
      await expect.poll(() => flagged(secretary.page, 1), { timeout: 60_000 }).toBe(true);
      expect(await flagged(secretary.page, 3)).toBe(false);
      expect(await axeViolations(secretary.page)).toEqual([]);
      await saveScreenshot(secretary.page, 'referat-secretary-changed');
      expect([...notes.errors, ...reader.errors, ...secretary.errors]).toEqual([]);
    } finally {
      await Promise.all([notes.close(), reader.close(), secretary.close()]);
    }
  }, 300_000);
});
