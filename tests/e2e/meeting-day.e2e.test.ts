/**
 * A meeting day with the three roles on one meeting, each in its own browser context (issue #9):
 * the secretary prepares and later closes and reopens a punkt while the note-taker types; a
 * read-only manager must never receive the closed punkt's content — not in a network response, the
 * DOM, browser storage, or the main list's version history — and nothing the note-taker typed may
 * be lost. Expected values are read back through the app's own repositories as each user.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent, StoredAgenda } from '../../src/domain/ports';
import { useAppAndBrowser } from './support/app-and-browser';
import { axeViolations } from './support/checks';
import { READER_TOKEN, expectedAgenda, nextMeeting } from './support/expected-agenda';
import { openDecision } from './support/notes-page';

const NOTETAKER_TOKEN = 'punkt-dev-token-notetaker';
/** Markers that may only ever reach those allowed to read closed punkter. */
const SECRET_TITLE = 'HEMMELIG-TITEL-7Q';
const SECRET_DECISION = 'HEMMELIG-BESLUTNING-7Q';

const e2e = useAppAndBrowser();
let meeting: CalendarEvent;
let before: StoredAgenda;

beforeAll(async () => {
  meeting = await nextMeeting(e2e.app.graphUrl);
  before = (await expectedAgenda(e2e.app.graphUrl, meeting)).stored;
});

interface RolePage {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Every response body the page received (text), for the leak checks. */
  bodies: string[];
}

async function openRole(path: string): Promise<RolePage> {
  const context = await e2e.browser.newContext({ viewport: { width: 420, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const bodies: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    // Bodies are read as they arrive; a redirect or an aborted request has none.
    void response.text().then(
      (text) => bodies.push(text),
      () => undefined,
    );
  });
  await page.goto(new URL(path, e2e.app.url).href);
  return { context, page, errors, bodies };
}

/** Punkt n's decision field in the note-taker's view, its card opened (only the current one is open during a meeting). */
const editor = (page: Page, n: number) => openDecision(page, n);
const saveState = (page: Page, n: number) => page.getByTestId(`save-state-${n}`);
const prepareCard = (page: Page, n: number) => page.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) });

async function saveAgenda(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gem dagsorden', exact: true }).click();
  await page.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
}

/** Opens punkt `n`'s form in the secretary's view (if not open) and sets "Lukket punkt". */
async function setClosed(page: Page, n: number, closed: boolean): Promise<void> {
  const box = prepareCard(page, n).getByRole('checkbox', { name: 'Lukket punkt' });
  if ((await box.count()) === 0) await page.getByRole('button', { name: `Redigér punkt ${n}`, exact: true }).click();
  await box.waitFor();
  await box.setChecked(closed);
}

/** Everything the page keeps in browser storage (localStorage, sessionStorage, every IndexedDB store), as text. */
function storageDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

/** Graph as one demo user, straight to the service (no app code in between). */
async function graphGet(path: string, token: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${e2e.app.graphUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, text: await response.text() };
}

/** What the reader can get from the main list, every row and every version of it, as text. */
async function readerMainListDump(): Promise<string> {
  const list = '/sites/punkt-demo/lists/PunktItems';
  const items = await graphGet(`${list}/items?$expand=fields&$top=500`, READER_TOKEN);
  expect(items.status).toBe(200);
  const rows = (JSON.parse(items.text) as { value: Array<{ id: string }> }).value;
  const versions = await Promise.all(rows.map((row) => graphGet(`${list}/items/${row.id}/versions?$expand=fields`, READER_TOKEN)));
  for (const v of versions) expect(v.status).toBe(200);
  return [items.text, ...versions.map((v) => v.text)].join('\n');
}

const ref = () => ({ iCalUId: meeting.iCalUId, start: meeting.start });

async function decisionOf(n: number, token: string): Promise<{ title: string; decision: string | null; closed: boolean }> {
  const stored = (await expectedAgenda(e2e.app.graphUrl, meeting, token)).stored;
  const found = stored.items.find((s) => s.item.number === n);
  if (!found) throw new Error(`punkt ${n} is gone`);
  return { title: found.item.title, decision: found.item.decision, closed: found.item.closed };
}

describe('meeting day: secretary, note-taker and a read-only manager on one meeting', () => {
  it('closes and reopens a punkt while the note-taker types: nothing leaks to the reader, nothing typed is lost', async () => {
    const open = before.items.filter((s) => s.readable && !s.item.closed).map((s) => s.item.number);
    if (open.length < 3) throw new Error('the upcoming demo agenda needs three open punkter');
    const [k, j] = [open[1]!, open[2]!];
    expect(ref().iCalUId).toBeTruthy();

    const secretary = await openRole('/?role=prepare');
    const notetaker = await openRole('/?role=notes&user=notetaker');
    const roles = [secretary, notetaker];
    try {
      // 1. The secretary prepares: punkt k gets a title that only the allowed may read once it is closed.
      await secretary.page.getByRole('list', { name: 'Punkter', exact: true }).waitFor({ timeout: 30_000 });
      await secretary.page.getByRole('button', { name: `Redigér punkt ${k}`, exact: true }).click();
      const titleField = prepareCard(secretary.page, k).getByRole('textbox', { name: 'Titel' });
      await titleField.fill(`${await titleField.inputValue()} ${SECRET_TITLE}`);
      await saveAgenda(secretary.page);

      // 2. The note-taker writes punkt k's decision and sees it saved.
      await (await editor(notetaker.page, k)).pressSequentially(SECRET_DECISION);
      await expect.poll(() => saveState(notetaker.page, k).textContent(), { timeout: 30_000 }).toBe('Gemt');

      // 3. The secretary closes punkt k and saves while the note-taker types in punkt j.
      await setClosed(secretary.page, k, true);
      const fieldJ = await editor(notetaker.page, j);
      const typingJ = fieldJ.pressSequentially('Samtidig beslutning', { delay: 20 });
      await Promise.all([saveAgenda(secretary.page), typingJ]);
      await expect.poll(() => saveState(notetaker.page, j).textContent(), { timeout: 30_000 }).toBe('Gemt');

      const forReader = await decisionOf(k, READER_TOKEN);
      expect(forReader).toEqual({ title: 'Lukket', decision: null, closed: true });
      // Those allowed to read closed punkter keep the decision (read from the restricted list).
      expect((await decisionOf(k, NOTETAKER_TOKEN)).decision).toBe(SECRET_DECISION);
      expect((await decisionOf(j, NOTETAKER_TOKEN)).decision).toBe('Samtidig beslutning');

      // 4. The reader, in the managers' and the note-taker's view: no trace of the closed content anywhere.
      const reader = await openRole('/?user=reader');
      roles.push(reader);
      await reader.page
        .getByRole('heading', { name: new RegExp(`Punkt ${j}`) })
        .first()
        .waitFor({ timeout: 30_000 });
      await reader.page.goto(new URL('/?role=notes&user=reader', e2e.app.url).href);
      await reader.page.getByText('Du kan læse beslutningerne').waitFor({ timeout: 30_000 });
      await expect.poll(() => reader.page.getByText('Samtidig beslutning').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const readerSaw = [
        reader.bodies.join('\n'),
        await reader.page.content(),
        await storageDump(reader.page),
        await readerMainListDump(),
      ].join('\n');
      for (const secret of [SECRET_TITLE, SECRET_DECISION]) expect(readerSaw, `the reader received ${secret}`).not.toContain(secret);
      expect(await axeViolations(reader.page)).toEqual([]);

      // The note-taker, after a reload, still sees punkt k's decision and can go on writing it.
      await notetaker.page.reload();
      await expect.poll(async () => (await editor(notetaker.page, k)).inputValue(), { timeout: 30_000 }).toBe(SECRET_DECISION);

      // 5. The secretary reopens punkt k and saves while the note-taker adds to its decision.
      await setClosed(secretary.page, k, false);
      const more = ' – tilføjet under genåbning';
      // Typing goes on at the end of the text, as after a click below it (focus() alone puts the caret first).
      await (await editor(notetaker.page, k)).focus();
      await notetaker.page.keyboard.press('Control+End');
      const typingK = notetaker.page.keyboard.type(more, { delay: 20 });
      await Promise.all([saveAgenda(secretary.page), typingK]);
      await expect.poll(() => saveState(notetaker.page, k).textContent(), { timeout: 60_000 }).toBe('Gemt');

      // Everything typed is stored, and the reopened punkt is readable by everyone again.
      const reopened = await decisionOf(k, READER_TOKEN);
      expect(reopened.closed).toBe(false);
      expect(reopened.title).toContain(SECRET_TITLE);
      expect(reopened.decision).toBe(`${SECRET_DECISION}${more}`);
      expect((await decisionOf(j, READER_TOKEN)).decision).toBe('Samtidig beslutning');
      await notetaker.page.reload();
      await expect.poll(async () => (await editor(notetaker.page, k)).inputValue(), { timeout: 30_000 }).toBe(`${SECRET_DECISION}${more}`);
      for (const role of roles) expect(role.errors).toEqual([]);
    } finally {
      for (const role of roles) await role.context.close();
    }
  }, 240_000);
});
