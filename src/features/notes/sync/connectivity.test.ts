// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { browserConnectivity, manualConnectivity } from './connectivity';

describe('connectivity', () => {
  it('follows the window online/offline events until unsubscribed', () => {
    const seen: boolean[] = [];
    const stop = browserConnectivity().subscribe((online) => seen.push(online));
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    stop();
    window.dispatchEvent(new Event('offline'));
    expect(seen).toEqual([false, true]);
  });

  it('reads navigator.onLine', () => {
    expect(browserConnectivity().isOnline()).toBe(navigator.onLine);
  });

  it('offers a switch for tests', () => {
    const switchable = manualConnectivity(false);
    const seen: boolean[] = [];
    switchable.subscribe((online) => seen.push(online));
    switchable.set(true);
    expect(switchable.isOnline()).toBe(true);
    expect(seen).toEqual([true]);
  });
});
