/**
 * Opens a library link in the browser as a user would: a new tab of the page's context goes to the
 * link, the local service's account picker asks who is signing in, and the file comes as a download
 * (the service sends it as an attachment). Signing in once keeps the context's session cookie.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** The bytes of the file at `href`, signing in as `account` (the name the picker shows) when asked. */
export async function downloadThroughLink(page: Page, href: string, account: string): Promise<Buffer> {
  const tab = await page.context().newPage();
  try {
    const downloaded = tab.waitForEvent('download', { timeout: 30_000 });
    // With a session the link downloads at once, which aborts the navigation itself.
    await tab.goto(href).catch(() => undefined);
    if (await tab.getByRole('heading', { name: 'Pick an account' }).isVisible()) {
      await tab.getByRole('button', { name: new RegExp(`^${account}`) }).click();
    }
    const path = await (await downloaded).path();
    return await readFile(path);
  } finally {
    await tab.close();
  }
}
