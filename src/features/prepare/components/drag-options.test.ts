import type { ClientRect, CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { punktUnderPointer } from './drag-options';

/** Three cards of 134 px, 8 px apart, as at 280 px; `p6` is the dragged punkt's own place further down. */
const rects = new Map<string, ClientRect>(
  [
    ['p2', 0],
    ['p3', 142],
    ['p4', 284],
    ['p6', 568],
  ].map(([id, top]) => [id as string, { top: top as number, bottom: (top as number) + 134, left: 0, right: 280, width: 280, height: 134 }]),
);
const containers = [...rects.keys()].map(
  (id) => ({ id, key: id, data: { current: {} }, disabled: false }) as unknown as DroppableContainer,
);

/** The detection's answer for the dragged card at `cardTop` (held by its header, 20 px down) and the pointer at `pointerY` or none. */
function overFor(detect: CollisionDetection, cardTop: number, pointerY: number | null) {
  const collisions = detect({
    active: { id: 'p6', data: { current: {} }, rect: { current: { initial: null, translated: null } } },
    collisionRect: { top: cardTop, bottom: cardTop + 134, left: 0, right: 280, width: 280, height: 134 },
    droppableRects: rects,
    droppableContainers: containers,
    pointerCoordinates: pointerY === null ? null : { x: 140, y: pointerY },
  });
  return collisions[0]?.id ?? null;
}

describe('where a dragged punkt would land (drop near the top of the panel)', () => {
  it('is the punkt under the pointer, though the dragged card’s centre is nearer the next one', () => {
    // Pointer in the lower part of punkt 3 (142-276); the card hangs below it, its centre at 313, nearest punkt 4's (351).
    expect(overFor(punktUnderPointer, 246, 266)).toBe('p3');
  });

  it('is the punkt nearest the card’s centre when the pointer is between two cards', () => {
    expect(overFor(punktUnderPointer, 118, 138)).toBe('p3');
  });

  it('is the punkt nearest the card’s centre in a keyboard drag (no pointer), so the arrows keep working', () => {
    expect(overFor(punktUnderPointer, 0, null)).toBe('p2');
    expect(overFor(punktUnderPointer, 284, null)).toBe('p4');
  });
});
