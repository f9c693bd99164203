/**
 * Bilag as real papers end to end (issue #15): in `npm start`'s app the secretary attaches a file
 * to punkt 1 through the embedded service's document library, saves, and a manager opens it from
 * the agenda in one tap; the file the link points to holds the bytes sent, for a user who signs in
 * on the library's account picker.
 */
import { describe, expect, it } from 'vitest';
import { agendaList, punktItem, punktToggle } from './support/agenda-page';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { downloadThroughLink } from './support/file-link';

const e2e = useAppAndBrowser();

const BYTES = Buffer.from('%PDF-1.4 Punkt bilag e2e\n');

describe('Bilag from the document library', { timeout: 90_000 }, () => {
  it("the secretary attaches a file to punkt 1 and the managers' view links it by name", async () => {
    let href: string | null;
    const secretary = await openPage(e2e.browser);
    try {
      const { page } = secretary;
      await page.goto(new URL('/?role=prepare', e2e.app.url).href);
      await page.getByRole('list', { name: 'Punkter', exact: true }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Redigér punkt 1', exact: true }).click();
      await page
        .getByLabel('Fil til punkt 1', { exact: true })
        .setInputFiles({ name: 'Budget e2e.pdf', mimeType: 'application/pdf', buffer: BYTES });
      await page.getByRole('status').filter({ hasText: 'Budget e2e.pdf' }).waitFor({ timeout: 30_000 });
      const link = page.getByRole('list', { name: 'Bilag til punkt 1' }).getByRole('link', { name: 'Budget e2e.pdf' });
      href = await link.getAttribute('href');
      expect(href).toBeTruthy();
      expect((await downloadThroughLink(page, href!, 'Sekretær Demo')).equals(BYTES)).toBe(true);
      await page.getByRole('button', { name: 'Gem dagsorden', exact: true }).click();
      await page.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
      expect(secretary.errors).toEqual([]);
    } finally {
      await secretary.close();
    }

    const manager = await openPage(e2e.browser);
    try {
      const { page } = manager;
      await page.goto(new URL('/?user=reader', e2e.app.url).href);
      const list = await agendaList(page);
      await punktToggle(list, 1).click();
      const link = punktItem(list, 1).getByRole('link', { name: 'Budget e2e.pdf' });
      await link.waitFor({ timeout: 30_000 });
      expect(await link.getAttribute('href')).toBe(href);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect((await downloadThroughLink(page, href!, 'Leder Demo')).equals(BYTES)).toBe(true);
      expect(manager.errors).toEqual([]);
    } finally {
      await manager.close();
    }
  });
});
