/**
 * The local Teams host (issue #10, "A local Teams host"), tested against teams-js itself: the dev
 * server's /teams-host.html frames a probe page that runs the real @microsoft/teams-js 2.58, so the
 * host's answers are read by the SDK's own parser (initialize's runtime config, getContext's
 * mapping, themeChange, the configuration page's validity and save).
 */
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppAndBrowser } from './support/app-and-browser';
import { openPage } from './support/browser';
import { axeViolations } from './support/checks';

const e2e = useAppAndBrowser();
/** A meeting of the demo calendar and the chat its join URL names. */
let meeting: { subject: string; chatId: string };

const PROBE = '/tests/e2e/pages/teams-probe.html';

beforeAll(async () => {
  const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 120 * 86_400_000).toISOString();
  const response = await fetch(`${e2e.app.graphUrl}/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`, {
    headers: { Authorization: 'Bearer punkt-dev-token' },
  });
  const events = ((await response.json()) as { value: Array<{ subject: string; onlineMeeting?: { joinUrl?: string } | null }> }).value;
  // The last online meeting, so the host's default (the next one) is not what the test picks.
  const online = events.filter((e) => e.onlineMeeting?.joinUrl?.includes('/l/meetup-join/')).at(-1);
  if (!online?.onlineMeeting?.joinUrl) throw new Error('the demo calendar has no online meeting');
  const thread = /\/l\/meetup-join\/([^/?#]+)/.exec(online.onlineMeeting.joinUrl)?.[1] ?? '';
  meeting = { subject: online.subject, chatId: decodeURIComponent(thread) };
});

const hostUrl = (query: Record<string, string>): string => `${new URL('/teams-host.html', e2e.app.url).href}?${new URLSearchParams(query)}`;

interface ProbeContext {
  frameContext: string;
  theme: string;
  locale: string;
  chatId: string | null;
  meetingId: string | null;
  channelId: string | null;
  user: { displayName?: string; userPrincipalName?: string; loginHint?: string };
  configSupported: boolean;
}

async function probeContext(frame: FrameLocator): Promise<ProbeContext> {
  const pre = frame.locator('#context');
  await expect.poll(async () => (await pre.textContent()) ?? '', { timeout: 30_000 }).toMatch(/^[{e]/);
  const text = (await pre.textContent()) ?? '';
  if (!text.startsWith('{')) throw new Error(`teams-js in the frame failed: ${text}`);
  return JSON.parse(text) as ProbeContext;
}

const frameOf = (page: Page): FrameLocator => page.frameLocator('.frame-slot iframe');

describe('the local Teams host answers teams-js', () => {
  it('initialize and getContext: the chosen user, meeting chat, theme, locale and side panel', async () => {
    const { page, errors, close } = await openPage(e2e.browser, { viewport: { width: 1000, height: 900 } });
    try {
      await page.goto(hostUrl({ src: PROBE, user: 'notetaker', meeting: meeting.chatId, frame: 'sidePanel', theme: 'dark' }));
      const context = await probeContext(frameOf(page));
      expect(context).toMatchObject({
        frameContext: 'sidePanel',
        theme: 'dark',
        locale: 'da-dk',
        chatId: meeting.chatId,
        channelId: null,
        configSupported: true,
        user: { displayName: 'Referent Demo', userPrincipalName: 'referent@punkt-demo.local', loginHint: 'referent@punkt-demo.local' },
      });
      // Teams' meeting id is the chat thread, base64 of 0#thread#0.
      expect(Buffer.from(context.meetingId ?? '', 'base64').toString()).toBe(`0#${meeting.chatId}#0`);
      // The framed address carries the demo user, as the app reads it; the panel is 280 px of app.
      const iframe = page.locator('.frame-slot iframe');
      expect(await iframe.getAttribute('src')).toContain('user=notetaker');
      expect((await iframe.boundingBox())?.width).toBe(280);
      await expect.poll(() => page.getByLabel('Møde', { exact: true }).inputValue()).toBe(meeting.chatId);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it('sends a theme change to the open frame, and the context says the new theme', async () => {
    const { page, errors, close } = await openPage(e2e.browser, { viewport: { width: 1000, height: 900 } });
    try {
      await page.goto(hostUrl({ src: PROBE, frame: 'sidePanel', theme: 'default' }));
      const frame = frameOf(page);
      expect((await probeContext(frame)).theme).toBe('default');
      await page.getByLabel('Tema', { exact: true }).selectOption('contrast');
      await frame.getByRole('listitem').filter({ hasText: 'contrast' }).waitFor({ timeout: 10_000 });
      await page.getByLabel('Tema', { exact: true }).selectOption('dark');
      await expect.poll(() => frame.getByRole('listitem').allTextContents()).toEqual(['contrast', 'dark']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it('keeps Gem disabled until the configuration page is valid, then saves its contentUrl and opens the side panel', async () => {
    const { page, errors, close } = await openPage(e2e.browser, { viewport: { width: 1000, height: 900 } });
    try {
      await page.goto(hostUrl({ src: PROBE, frame: 'config' }));
      const frame = frameOf(page);
      expect((await probeContext(frame)).frameContext).toBe('settings');
      const save = page.getByRole('button', { name: 'Gem' });
      expect(await save.isDisabled()).toBe(true);
      await frame.getByRole('button', { name: 'Gyldig' }).click();
      await expect.poll(() => save.isEnabled()).toBe(true);
      await save.click();
      await expect.poll(() => page.getByLabel('Gemt contentUrl').textContent()).toBe(new URL('/?probe=saved', e2e.app.url).href);
      // After Save, the side panel opens the saved contentUrl.
      await expect.poll(() => page.getByLabel('Visning', { exact: true }).inputValue()).toBe('sidePanel');
      expect(await page.locator('.frame-slot iframe').getAttribute('src')).toBe('/?probe=saved');
      expect(await page.getByRole('button', { name: 'Gem' }).isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});

describe('the app in the local Teams host', () => {
  it('adds the tab: the configuration page enables Gem and saves the app address; the side panel shows the organizer the agenda', async () => {
    const { page, errors, close } = await openPage(e2e.browser, { viewport: { width: 1000, height: 900 } });
    try {
      await page.goto(hostUrl({ frame: 'config', user: 'secretary' }));
      const config = frameOf(page);
      await config.getByRole('heading', { name: 'Tilføj Punkt til mødet' }).waitFor({ timeout: 30_000 });
      const save = page.getByRole('button', { name: 'Gem' });
      await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true);
      await save.click();
      await expect.poll(() => page.getByLabel('Gemt contentUrl').textContent(), { timeout: 15_000 }).toBe(new URL('/', e2e.app.url).href);

      // The side panel opens the saved address: the organizer finds the meeting and its agenda.
      await expect.poll(() => page.getByLabel('Visning', { exact: true }).inputValue()).toBe('sidePanel');
      const panel = frameOf(page);
      // The organizer may write, so the role-less address opens the note-taker's editor; she can just follow the agenda.
      await panel.getByRole('button', { name: 'Følg kun dagsordenen' }).click({ timeout: 60_000 });
      const agenda = panel.getByRole('list', { name: 'Dagsorden' });
      await agenda.waitFor({ timeout: 60_000 });
      const items = agenda.getByRole('listitem').filter({ hasText: /^Punkt \d+/ });
      expect(await items.count()).toBeGreaterThan(0);
      expect(await items.first().textContent()).toMatch(/\d{2}\.\d{2}–\d{2}\.\d{2}/);
      // 280 px of app without horizontal scroll.
      const panelPage = page.frames().find((f) => f.url() === new URL('/', page.url()).href);
      expect(await panelPage?.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
