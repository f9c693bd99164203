/**
 * Rows as someone could leave them by editing the list in SharePoint (issue #9, points 9 and 10):
 * one punkt's Status set to a value Punkt does not know and its title given a right-to-left override.
 * Every role's view must open the meeting, name that punkt and the column in a warning, show the
 * title without the override, and pass axe; the note-taker can still write the punkt's decision.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent, StoredItem } from '../../src/domain/ports';
import { ITEMS_LIST } from '../../src/graph/list-definitions';
import { clientKeyQuery } from '../../src/graph/list-queries';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations } from './support/checks';
import { expectedAgenda, nextMeeting, repositories } from './support/expected-agenda';
import { openDecision } from './support/notes-page';

const RLO = '\u202E';
const LIST = '/sites/punkt-demo/lists/PunktItems';

const e2e = useAppAndBrowser();
let meeting: CalendarEvent;
let broken: StoredItem;

beforeAll(async () => {
  meeting = await nextMeeting(e2e.app.graphUrl);
  const { stored } = await expectedAgenda(e2e.app.graphUrl, meeting);
  broken = stored.items.filter((s) => s.readable)[1]!;
  // Straight to the row, as an edit in SharePoint would: no app code in between.
  const { client } = repositories(e2e.app.graphUrl);
  const { value } = await client.get<{ value: Array<{ id: string }> }>(`${LIST}${clientKeyQuery(ITEMS_LIST, broken.id)}`);
  await client.send({
    method: 'PATCH',
    path: `${LIST}/items/${value[0]!.id}/fields`,
    body: { Status: 'Godkendt med ændringer', Title: `Budget ${RLO}5202 tegdub` },
  });
});

describe('a meeting with a malformed, spoofing row', () => {
  // The note-taker comes last: their decision repairs the row the others must see broken.
  for (const [role, query] of [
    ['managers', '/'],
    ['secretary', '/?role=prepare'],
    ['note-taker', '/?role=notes'],
  ] as const) {
    it(`opens for the ${role}, names the punkt and the column, shows the title without the override and passes axe`, async () => {
      const { page, errors, close } = await openPage(e2e.browser);
      try {
        await page.goto(new URL(query, e2e.app.url).href);
        const warning = page.getByText('Et punkt kunne ikke læses helt');
        await warning.waitFor({ timeout: 30_000 });
        const n = broken.item.number;
        await page
          .getByText(`Punkt ${n} (Budget 5202 tegdub): kolonnen Status i listen PunktItems kunne ikke læses.`)
          .waitFor({ timeout: 10_000 });
        expect(await page.getByText('Noget gik galt').count()).toBe(0);
        expect(await page.locator('body').innerText()).not.toContain(RLO);
        if (role === 'note-taker') {
          const field = await openDecision(page, n);
          await field.fill('Godkendt som indstillet.');
          // The write carries a known Status and so repairs the row.
          await expect
            .poll(async () => (await expectedAgenda(e2e.app.graphUrl, meeting)).stored.items.find((s) => s.id === broken.id)?.problems, {
              timeout: 20_000,
            })
            .toBeUndefined();
        }
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 90_000);
  }
});
