/**
 * How a punkt being dragged finds its drop place and scrolls the page, so the drop lands where the
 * pointer is, also near the top of the scrolling area.
 *
 * dnd-kit's defaults did not: the page scrolled as soon as the pointer was in the top 20 % of the
 * window (144 px of a 720 px panel, more than a whole card at 280 px) at up to 2000 px/s
 * (acceleration 10 every 5 ms), so aiming at a punkt near the top carried the list to punkt 1; and
 * `closestCenter` compared the centres of the punkter with the dragged card's centre, which lies far
 * below the pointer on a tall card held by the handle in its header.
 */
import { closestCenter, pointerWithin, type AutoScrollOptions, type CollisionDetection } from '@dnd-kit/core';

/**
 * The punkt under the pointer (its place in the list as laid out when the drag began); where the
 * pointer is over none (between cards, outside the list, or a keyboard drag, which has no pointer),
 * the one nearest the dragged card's centre. dnd-kit's docs compose detection algorithms this way
 * (https://docs.dndkit.com/api-documentation/context-provider/collision-detection-algorithms#composition-of-existing-algorithms).
 */
export const punktUnderPointer: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : closestCenter(args);
};

/**
 * Auto-scroll only within the outer 8 % of the window's height (58 px of 720) and at most
 * 800 px/s, so the punkter just below the edge can be aimed at, while holding the pointer at the
 * edge still brings the rest of the list into view (https://docs.dndkit.com/api-documentation/context-provider#auto-scroll).
 * The list scrolls only vertically.
 */
export const PUNKT_AUTO_SCROLL: AutoScrollOptions = { threshold: { x: 0, y: 0.08 }, acceleration: 4 };
