/**
 * A browser test file's app and browser: `npm start`'s app on its own seeded service and a headless
 * browser, started together before the file's tests and closed after them. Both take a while on a
 * shared two-core machine, hence the hook's two minutes.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startDevApp, type AppServer, type AppServerOptions } from './app-server';
import { launchBrowser, openPage } from './browser';

/** The running app and browser; reading either before the file's beforeAll has run throws. */
export interface AppAndBrowser {
  readonly app: AppServer;
  readonly browser: Browser;
  /** Opens `path` of the app in a fresh context, runs `body`, and fails the test on a page error. */
  withPage(path: string, body: (page: Page) => Promise<void>, options?: BrowserContextOptions): Promise<void>;
}

/** Registers the calling file's beforeAll/afterAll that start and close the app and the browser. */
export function useAppAndBrowser(options: AppServerOptions = {}): AppAndBrowser {
  let app: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startDevApp(options), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is started in beforeAll: use it inside a hook or a test`);
    return value;
  };
  const running: AppAndBrowser = {
    get app() {
      return started(app, 'app');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async withPage(path, body, options = {}) {
      const { page, errors, close } = await openPage(running.browser, options);
      try {
        await page.goto(new URL(path, running.app.url).href);
        await body(page);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  };
  return running;
}
