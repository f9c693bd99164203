import { describe, expect, it, vi } from 'vitest';
import { OfficeAsyncError, officeAsync, officeHostHinted, officeScriptRan, whenOfficeReady } from './office-async';

describe('office.js callbacks as promises', () => {
  it('resolves with the value of a succeeded result', async () => {
    await expect(officeAsync<string>((cb) => cb({ status: 'succeeded', value: 'ok' }))).resolves.toBe('ok');
  });

  it('rejects with the error of a failed result', async () => {
    const failed = officeAsync<string>((cb) => cb({ status: 'failed', value: '', error: { message: 'Item not found', code: 9041 } }));
    await expect(failed).rejects.toBeInstanceOf(OfficeAsyncError);
    await expect(failed).rejects.toMatchObject({ message: 'Item not found', code: 9041 });
  });

  it('rejects when the API throws instead of calling back', async () => {
    await expect(
      officeAsync(() => {
        throw new Error('API not supported');
      }),
    ).rejects.toThrow('API not supported');
  });

  it('reports the host from Office.onReady, and no host without office.js or when it never answers', async () => {
    await expect(whenOfficeReady({ onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }) })).resolves.toEqual({
      host: 'Outlook',
      platform: 'OfficeOnline',
    });
    await expect(whenOfficeReady({ onReady: async () => ({ host: null, platform: null }) })).resolves.toEqual({
      host: null,
      platform: null,
    });
    await expect(whenOfficeReady(undefined)).resolves.toEqual({ host: null, platform: null });

    vi.useFakeTimers();
    try {
      const hanging = whenOfficeReady({ onReady: () => new Promise(() => undefined) }, 3000);
      await vi.advanceTimersByTimeAsync(3000);
      await expect(hanging).resolves.toEqual({ host: null, platform: null });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps waiting for a slow Office.onReady inside Outlook, with a loading signal, instead of falling back to the browser', async () => {
    vi.useFakeTimers();
    try {
      let answer: (info: { host: unknown; platform: unknown }) => void = () => undefined;
      const onSlow = vi.fn();
      let settled = false;
      const ready = whenOfficeReady({ onReady: () => new Promise((resolve) => (answer = resolve)) }, 3000, {
        insideOffice: () => true,
        onSlow,
      });
      void ready.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(3000);
      expect(onSlow).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(settled).toBe(false);
      answer({ host: 'Outlook', platform: 'PC' });
      await expect(ready).resolves.toEqual({ host: 'Outlook', platform: 'PC' });
      expect(onSlow).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('knows an Office host opened the page by the clues office.js reads, and a plain browser by their absence', () => {
    const none = { search: '', windowName: '', sessionHostInfo: null, hasHostBridge: false };
    expect(officeHostHinted(none)).toBe(false);
    expect(officeHostHinted({ ...none, search: '?role=prepare' })).toBe(false);
    expect(officeHostHinted({ ...none, windowName: 'not json' })).toBe(false);
    expect(officeHostHinted({ ...none, search: '?_host_Info=Outlook$Win32$16.02$da-DK$$$$0' })).toBe(true);
    expect(officeHostHinted({ ...none, windowName: JSON.stringify({ hostInfo: 'Outlook|Web|16.01|da-DK' }) })).toBe(true);
    expect(officeHostHinted({ ...none, sessionHostInfo: 'Outlook|Mac|16.00' })).toBe(true);
    expect(officeHostHinted({ ...none, hasHostBridge: true })).toBe(true);
  });
});

/** A page still parsing, with office.js's element: what the async entry can meet. */
function parsingPage(selector?: (s: string) => void) {
  const script = new EventTarget();
  const page = Object.assign(new EventTarget(), {
    readyState: 'loading',
    querySelector: (s: string) => {
      selector?.(s);
      return script;
    },
  });
  return { page, script };
}

const settledWithin = <T>(promise: Promise<T>, ms = 30): Promise<T | 'still waiting'> =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

describe('office.js as the async entry meets it', () => {
  it('waits while office.js has not run yet, and answers with Office once its script element has loaded', async () => {
    const globals: { Office?: { id: string } } = {};
    const selectors: string[] = [];
    const { page, script } = parsingPage((s) => selectors.push(s));
    const ran = officeScriptRan(page, () => globals.Office);
    await expect(settledWithin(ran)).resolves.toBe('still waiting');
    globals.Office = { id: 'office' };
    script.dispatchEvent(new Event('load'));
    await expect(ran).resolves.toEqual({ id: 'office' });
    expect(selectors).toEqual(['script[src$="/office.js"]']);
  });

  it('answers undefined when office.js failed to load, or the page was parsed without it', async () => {
    const failed = parsingPage();
    const afterError = officeScriptRan(failed.page, () => undefined);
    failed.script.dispatchEvent(new Event('error'));
    await expect(afterError).resolves.toBeUndefined();
    const parsed = parsingPage();
    const afterParse = officeScriptRan(parsed.page, () => undefined);
    parsed.page.dispatchEvent(new Event('DOMContentLoaded'));
    await expect(afterParse).resolves.toBeUndefined();
  });

  it('answers at once where Office is already there (a host that injects it) or the page is parsed', async () => {
    const { page } = parsingPage();
    await expect(settledWithin(officeScriptRan(page, () => 'office'))).resolves.toBe('office');
    const parsed = Object.assign(parsingPage().page, { readyState: 'interactive' });
    await expect(settledWithin(officeScriptRan(parsed, () => undefined))).resolves.toBeUndefined();
  });
});
