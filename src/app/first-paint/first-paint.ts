/**
 * When the static agenda is painted and when React takes it over (issue #13). main.tsx shows the managers'
 * agenda through this as soon as it has one (the prefetch's answer, or the device's local copy while that
 * is asked) and #root exists, until it starts React; React's first commit replaces #root's children with
 * the same agenda (createRoot clears the container), and the first list React commits marks
 * 'punkt:interactive'. Performance marks name the phases for `npm run bench` and the browser's panel.
 */
import type { StoredAgenda } from '../../domain/ports';
import { FIRST_PAINT_ATTRIBUTE, paintAgenda, removeFirstPaintStyle, type FirstPaintOptions } from './paint-agenda';

export interface FirstPaint {
  /** Paints `agenda` (again, if a newer answer came) unless React has been started; true if it painted. */
  show(agenda: StoredAgenda): boolean;
  /** Whether the static agenda is on the page. */
  readonly painted: boolean;
  /**
   * Called right before React renders into `root`: nothing is painted after this, and once React's view
   * has committed its list, 'punkt:interactive' is marked (only when the static agenda was painted).
   */
  handOver(root: HTMLElement): void;
}

/** A first paint into `root` with `options` (language, theme, the account line, two panes). */
export function firstPaint(root: HTMLElement, options: () => FirstPaintOptions): FirstPaint {
  let painted = false;
  let handedOver = false;
  return {
    get painted() {
      return painted;
    },
    show(agenda) {
      if (handedOver) return false;
      paintAgenda(root, agenda, options());
      if (!painted) performance.mark('punkt:first-paint');
      painted = true;
      return true;
    },
    handOver(target) {
      handedOver = true;
      if (!painted) return;
      // React's first commit clears the static agenda out of #root; its view then holds the list.
      const taken = () => target.querySelector(`[${FIRST_PAINT_ATTRIBUTE}]`) === null && target.querySelector('[role="list"]') !== null;
      const observer = new MutationObserver(() => {
        if (!taken()) return;
        observer.disconnect();
        performance.mark('punkt:interactive');
        removeFirstPaintStyle(target.ownerDocument);
      });
      observer.observe(target, { childList: true, subtree: true });
    },
  };
}
