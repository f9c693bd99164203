/**
 * The edits the secretary's list makes to the working copy, by punkt key (stable across moves).
 * Pure, like draft.ts, so the view only wires buttons to them.
 */
import type { Draft, DraftItem } from './draft';
import { moveItem, toMeeting } from './draft';
import { switchTiming } from './timing-switch';

/** `patch` applied to punkt `key`; a change of timing also fills the new timing's fields (timing-switch.ts). */
export function changeItem(draft: Draft, key: string, patch: Partial<DraftItem>): Draft {
  const index = draft.items.findIndex((it) => it.key === key);
  const current = draft.items[index];
  if (!current) return draft;
  const timing = patch.timing && patch.timing !== current.timing ? switchTiming(current, patch.timing, toMeeting(draft), index) : {};
  const items = draft.items.map((it) => (it.key === key ? { ...it, ...patch, ...timing } : it));
  return { ...draft, items };
}

/** Punkt `key` moved `by` places. */
export function moveByKey(draft: Draft, key: string, by: number): Draft {
  return {
    ...draft,
    items: moveItem(
      draft.items,
      draft.items.findIndex((it) => it.key === key),
      by,
    ),
  };
}

/** Punkt `key` removed. */
export function removeByKey(draft: Draft, key: string): Draft {
  return { ...draft, items: draft.items.filter((it) => it.key !== key) };
}

/** `item` inserted at `index` (0-based; past the end it is added last). */
export function insertItem(draft: Draft, index: number, item: DraftItem): Draft {
  const at = Math.max(0, Math.min(draft.items.length, index));
  return { ...draft, items: [...draft.items.slice(0, at), item, ...draft.items.slice(at)] };
}

/** Punkt `key` moved to 1-based `position` (clamped to the list). */
export function moveToPosition(draft: Draft, key: string, position: number): Draft {
  const index = draft.items.findIndex((it) => it.key === key);
  return index < 0 ? draft : moveByKey(draft, key, position - 1 - index);
}

/** `item` added at the end. */
export function addItem(draft: Draft, item: DraftItem): Draft {
  return { ...draft, items: [...draft.items, item] };
}
