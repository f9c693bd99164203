import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAddress } from '../address';
import { atMost, FIRST_PAINT_WAIT_MS, startOnce, uiAfterFirstPaint } from './ui-timing';

afterEach(() => vi.useRealTimers());

describe("when React's code runs beside the static first paint (issue #13)", () => {
  it("holds React back on the managers' agenda outside Teams, in the plain browser and Outlook's own window", () => {
    for (const search of ['', '?role=agenda', '?role=agenda&lang=en', '?meeting=AAMk&user=reader', '?role=unknown']) {
      expect(uiAfterFirstPaint(search, false), search).toBe(true);
      // The same page the address reader takes for the managers' view.
      expect(readAddress(search).role, search).toBe('agenda');
    }
  });

  it('starts React at once for the other roles, the Teams configuration page, Teams and any framed page (Outlook on the web)', () => {
    for (const search of ['?role=notes', '?role=prepare', '?role=config']) expect(uiAfterFirstPaint(search, false), search).toBe(false);
    expect(uiAfterFirstPaint('?host=teams', false)).toBe(false);
    expect(uiAfterFirstPaint('?role=agenda&host=teams', false)).toBe(false);
    expect(uiAfterFirstPaint('', true)).toBe(false);
    expect(uiAfterFirstPaint('?role=agenda&_host_Info=Outlook$Web$16.01$da-DK', true)).toBe(false);
  });

  it('is self-contained, so the built page can run its source as an inline script', () => {
    const copy = new Function(`return (${uiAfterFirstPaint.toString()});`)() as typeof uiAfterFirstPaint;
    expect(copy('?role=agenda', false)).toBe(true);
    expect(copy('?role=prepare', false)).toBe(false);
  });

  it('loads once, on the first start', async () => {
    const load = vi.fn(async () => 'ui');
    const ui = startOnce(load);
    expect(load).not.toHaveBeenCalled();
    const first = ui.start();
    expect(ui.start()).toBe(first);
    await expect(first).resolves.toBe('ui');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('waits for the first paint at most FIRST_PAINT_WAIT_MS', async () => {
    vi.useFakeTimers();
    let done = false;
    void atMost(new Promise(() => undefined)).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('goes on as soon as the first paint settles, painted or failed', async () => {
    vi.useFakeTimers();
    let done = 0;
    void atMost(Promise.resolve()).then(() => done++);
    void atMost(Promise.reject(new Error('no agenda'))).then(() => done++);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(2);
  });
});
