/**
 * Test support for the views' two panes: jsdom applies no media query, so a test says whether the window
 * is wide enough (TWO_PANE_QUERY matches, from 900 px) and may resize it as a browser would. Every other
 * media query answers false. Undone by vi.restoreAllMocks().
 */
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import { TWO_PANE_QUERY } from '../../../src/ui/TwoPane';

/** A window `wide` or not; `resize` changes it and tells the listeners, as a browser does. */
export function stubTwoPaneWidth(wide: boolean): { resize(to: boolean): void } {
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
    resize(to: boolean) {
      wide = to;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}
