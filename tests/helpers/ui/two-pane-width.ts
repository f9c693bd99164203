/**
 * Test support for the views' two panes: jsdom applies no media query, so a test says whether the window
 * is wide enough (TWO_PANE_QUERY matches, from 900 px) and may resize it as a browser would. Every other
 * media query answers false. Undone by vi.restoreAllMocks().
 */
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import { TWO_PANE_QUERY } from '../../../src/ui/TwoPane';

/**
 * A window `wide` or not; `resize` changes it and tells the listeners, as a browser does. It also lets
 * React run the effects still pending from the last render: useSyncExternalStore subscribes in one, and a
 * loaded machine may not have run it yet (a clean-clone run missed the resize so), in which case the
 * subscription finds the new width when it runs.
 */
export function stubTwoPaneWidth(wide: boolean): { resize(to: boolean): Promise<void> } {
  const listeners = new Set<() => void>();
  const media = {
    get matches() {
      return wide;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query) =>
      (query === TWO_PANE_QUERY ? media : { matches: false, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList,
  );
  return {
    async resize(to: boolean) {
      wide = to;
      await act(async () => {
        listeners.forEach((listener) => listener());
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      });
    },
  };
}
