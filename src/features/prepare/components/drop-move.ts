/**
 * What a drop in the secretary's list means: the dragged punkt (dnd-kit's `active` id, a punkt key)
 * goes to the place of the punkt it was dropped on (`over`), the same move "Flyt til position…"
 * makes, so the list keeps one way to reorder (draft-edits.ts moveToPosition).
 */

/** A punkt key and the 1-based position it moves to. */
export interface DropMove {
  key: string;
  position: number;
}

/**
 * The move for a drop of `active` on `over` in the list `keys`; null when nothing moves (dropped
 * outside the list, on itself, or an id the list no longer has). Dropped on a punkt below it, the
 * dragged punkt takes that punkt's place and the ones between move up, as dnd-kit's sortable shows
 * while dragging (https://docs.dndkit.com/presets/sortable#drag-end).
 */
export function dropMove(keys: readonly string[], active: string, over: string | null): DropMove | null {
  if (over === null || over === active || !keys.includes(active)) return null;
  const index = keys.indexOf(over);
  return index < 0 ? null : { key: active, position: index + 1 };
}
