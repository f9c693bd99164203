/**
 * The note-taker's view end to end (issue #5 "Tests and figures"), against the embedded service
 * with faults on (20 % 429, 5 % 503, 100 ms latency): decisions typed for 10 punkter, more typed
 * offline, the panel reloaded while offline, then back online. The list must then hold every
 * punkt's final text exactly once, read back through the app's own repository.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/ports';
import { useAppAndBrowser } from './support/app-and-browser';
import { axeViolations, saveScreenshot } from './support/checks';
import { nextMeeting, repositories } from './support/expected-agenda';
import { decisionField, openDecision } from './support/notes-page';

const FAULTS = { throttleRate: 0.2, failRate: 0.05, latencyMs: 100, seed: 20241113 };
const PUNKTER = 10;

const e2e = useAppAndBrowser({ faults: FAULTS });
let meeting: CalendarEvent;

beforeAll(async () => {
  meeting = await nextMeeting(e2e.app.graphUrl);
});

/** The decisions stored in the list, by punkt number (read without faults' help: the repository retries). */
async function storedDecisions(): Promise<Map<number, string | null>> {
  const stored = await repositories(e2e.app.graphUrl).agenda.loadAgenda({ iCalUId: meeting.iCalUId, start: meeting.start });
  if (!stored) throw new Error('the meeting lost its agenda');
  return new Map(stored.items.map(({ item }) => [item.number, item.decision]));
}

describe("note-taker's view with faults on", () => {
  it("gets every punkt's final text into the list exactly once across offline typing and a reload", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 420, height: 900 } });
    const errors: string[] = [];
    try {
      let page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL('/?role=notes', e2e.app.url).href);

      const finals = new Map<number, string>();
      for (let n = 1; n <= PUNKTER; n++) {
        const text = `Besluttet [${n}]`;
        await (await openDecision(page, n)).pressSequentially(text);
        finals.set(n, text);
      }

      await context.setOffline(true);
      // Every other punkt gets more text while the network is gone.
      for (let n = 1; n <= PUNKTER; n += 2) {
        const more = ` + offline [${n}]`;
        await decisionField(page, n).pressSequentially(more);
        finals.set(n, `${finals.get(n)}${more}`);
      }
      await expect.poll(() => page.getByText('Offline – gemt lokalt').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // Reloading while offline loses the page (no service worker); what was typed must be in the outbox.
      await page.reload().catch(() => undefined);
      await context.setOffline(false);
      await page.close();
      page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL('/?role=notes', e2e.app.url).href);

      // The page shows the final texts and settles on "Gemt" for every punkt.
      for (const [n, text] of finals)
        await expect.poll(async () => (await openDecision(page, n)).inputValue(), { timeout: 30_000 }).toBe(text);
      const states = () =>
        Promise.all([...finals.keys()].map(async (n) => [n, await page.getByTestId(`save-state-${n}`).textContent()] as const));
      await expect
        .poll(async () => Object.fromEntries(await states()), { timeout: 60_000 })
        .toEqual(Object.fromEntries([...finals.keys()].map((n) => [n, 'Gemt'])));

      // The list holds each final text exactly once: on its own punkt, nowhere else, not doubled.
      await expect
        .poll(async () => Object.fromEntries(await storedDecisions()), { timeout: 60_000 })
        .toMatchObject(Object.fromEntries(finals));
      const stored = [...(await storedDecisions()).values()];
      for (const text of finals.values()) {
        expect(stored.filter((decision) => decision?.includes(text))).toHaveLength(1);
      }

      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'notes-after-sync');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);
});
