/**
 * The harness itself: the dev server starts on a port in 5200–5299 with the embedded, seeded Graph
 * service on its own data dir, and serves the baseline page the benchmarks compare against.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { BASELINE_PATH, startDevApp, type AppServer } from './support/app-server';

describe('end-to-end harness', () => {
  let app: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDevApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('serves the app on a port in 5200–5299 with the seeded service behind /graph', async () => {
    const port = Number(new URL(app.url).port);
    expect(port).toBeGreaterThanOrEqual(5200);
    expect(port).toBeLessThanOrEqual(5299);
    const response = await fetch(`${app.graphUrl}/me/events`, { headers: { Authorization: 'Bearer punkt-dev-token' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: unknown[] };
    expect(body.value.length).toBeGreaterThan(0);
  });

  it('rejects Graph calls without a token, as Graph does', async () => {
    const response = await fetch(`${app.graphUrl}/me/events`);
    expect(response.status).toBe(401);
  });

  it('renders the baseline Fluent page with office.js loaded', async () => {
    const { page, errors, close } = await openPage(browser);
    try {
      await page.goto(new URL(BASELINE_PATH, app.url).href);
      await page.getByText('Tom Fluent-side').waitFor();
      expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe('object');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
