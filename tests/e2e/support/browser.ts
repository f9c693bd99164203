/**
 * Headless chromium (Debian's, or an installed Chrome or Edge: ./find-browser) for the browser tests
 * and benchmarks. Nothing in npm may download a browser; the flags keep chromium off the closed
 * network (see ../shared/notes/toolchain.md).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { findBrowser, type BrowserChoice } from './find-browser';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let chosen: BrowserChoice | null = null;

/** The browser of this machine, found once per process and named once on stderr. */
export function browserChoice(): BrowserChoice {
  if (!chosen) {
    chosen = findBrowser({ platform: process.platform, env: process.env, exists: existsSync });
    process.stderr.write(`Browser tests use ${chosen.name}: ${chosen.executablePath}\n`);
  }
  return chosen;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: browserChoice().executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh page in its own context (own cache and storage), failing the test on page errors. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}
