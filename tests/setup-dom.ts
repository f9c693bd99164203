/**
 * Shared setup for component tests. Import it first in a test file that starts with
 * `// @vitest-environment jsdom`; node tests stay in the node environment.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

/**
 * Lets React run the effects of a render that happened outside act (data arrived from a fake
 * source): timers and listeners a view registers in effects exist only after this.
 */
export const effectsSettled = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

// findBy*/waitFor wait up to 5 s instead of 1 s: a loaded CI machine renders Fluent slowly, and a
// test that waits longer only costs time when it is failing anyway.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks matchMedia; Fluent and the standalone host ask it about the colour scheme.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom has no Web Animations. Fluent's own test fallback chains motion callbacks through React
// state, which under a loaded, time-sliced run could lose a dialog's open; an animation that ends
// on the next task, like a browser with reduced motion, keeps Fluent on its normal code path.
if (typeof Element !== 'undefined' && typeof Element.prototype.animate !== 'function') {
  Element.prototype.animate = function animate(keyframes: Keyframe[] | PropertyIndexedKeyframes | null) {
    const last = Array.isArray(keyframes) ? keyframes[keyframes.length - 1] : null;
    if (last) Object.assign((this as HTMLElement).style ?? {}, last);
    let finish: (() => void) | null = null;
    let cancelled = false;
    const animation = {
      playState: 'finished' as AnimationPlayState,
      playbackRate: 1,
      currentTime: 0,
      oncancel: null as (() => void) | null,
      get onfinish() {
        return finish;
      },
      set onfinish(callback: (() => void) | null) {
        finish = callback;
        if (callback) setTimeout(() => !cancelled && callback(), 0);
      },
      finished: Promise.resolve(),
      cancel() {
        cancelled = true;
        animation.oncancel?.();
      },
      finish() {},
      pause() {},
      play() {},
      reverse() {},
      persist() {},
      commitStyles() {},
      addEventListener() {},
      removeEventListener() {},
    };
    return animation as unknown as Animation;
  };
}
