/**
 * Where the static agenda is painted and when React takes it over (issue #13). The static agenda goes into
 * an element of its own just before #root, and #root is hidden meanwhile: React starts as soon as its code is
 * here (not later because of the first paint) and renders behind it, its skeleton unseen; the moment React's
 * view commits something other than a skeleton (the agenda, or its error or empty state), the static agenda
 * goes and #root shows, in the same task, so the page is never without the agenda in between. A list in
 * that commit marks 'punkt:interactive'. Performance marks name the phases for `npm run bench`.
 */
import type { StoredAgenda } from '../../domain/ports';
import { paintAgenda, removeFirstPaintStyle, type FirstPaintOptions } from './paint-agenda';

/** The id of the static agenda's element (before #root). */
export const FIRST_PAINT_ID = 'first-paint';

export interface FirstPaint {
  /** Paints `agenda` (again, if a newer answer came) unless React's view has taken over; true if it painted. */
  show(agenda: StoredAgenda): boolean;
  /** Whether the static agenda has been painted. */
  readonly painted: boolean;
}

/** Whether React's tree in `root` shows the view: rendered (the page's boot skeleton gone) and no skeleton busy. */
function viewShown(root: HTMLElement): boolean {
  return root.childElementCount > 0 && root.querySelector('#boot, [aria-busy="true"]') === null;
}

/** A first paint beside `root` (the page's #root, which React renders into) with `options`. */
export function firstPaint(root: HTMLElement, options: () => FirstPaintOptions): FirstPaint {
  const doc = root.ownerDocument;
  let holder: HTMLElement | null = null;
  let taken = false;
  const takeOver = (observer: MutationObserver) => {
    if (!viewShown(root)) return;
    observer.disconnect();
    taken = true;
    holder?.remove();
    root.hidden = false;
    removeFirstPaintStyle(doc);
    if (root.querySelector('[role="list"]')) performance.mark('punkt:interactive');
  };
  return {
    get painted() {
      return holder !== null;
    },
    show(agenda) {
      if (taken) return false;
      if (!holder && viewShown(root)) {
        // React's view came first (a warm open shows the local copy at once): nothing to paint.
        taken = true;
        return false;
      }
      if (!holder) {
        holder = doc.createElement('div');
        holder.id = FIRST_PAINT_ID;
        root.before(holder);
        root.hidden = true;
        performance.mark('punkt:first-paint');
        const observer = new MutationObserver(() => takeOver(observer));
        observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
      }
      paintAgenda(holder, agenda, options());
      return true;
    },
  };
}
