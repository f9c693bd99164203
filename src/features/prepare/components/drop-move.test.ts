import { describe, expect, it } from 'vitest';
import { emptyItem, type Draft } from '../draft';
import { moveToPosition } from '../draft-edits';
import { dropMove } from './drop-move';

function draftOf(titles: string[]): Draft {
  return { meeting: {} as Draft['meeting'], items: titles.map((title) => ({ ...emptyItem(), title })) };
}
const keysOf = (d: Draft) => d.items.map((i) => i.key);
const titles = (d: Draft) => d.items.map((i) => i.title);

/** The drop applied as PunktList applies it: through the draft's own move. */
function dropped(d: Draft, active: number, over: number | null): Draft {
  const keys = keysOf(d);
  const move = dropMove(keys, keys[active - 1]!, over === null ? null : keys[over - 1]!);
  return move ? moveToPosition(d, move.key, move.position) : d;
}

describe('a drop in the secretary’s list (issue #15, drag and drop)', () => {
  it('moves the dragged punkt to the place of the punkt it is dropped on, up or down', () => {
    const d = draftOf(['a', 'b', 'c', 'd', 'e']);
    const keys = keysOf(d);
    expect(dropMove(keys, keys[3]!, keys[1]!)).toEqual({ key: keys[3], position: 2 });
    expect(titles(dropped(d, 4, 2))).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(titles(dropped(d, 1, 3))).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(titles(dropped(d, 2, 5))).toEqual(['a', 'c', 'd', 'e', 'b']);
  });

  it('moves nothing when dropped outside the list, on itself, or with an id the list no longer has', () => {
    const d = draftOf(['a', 'b', 'c']);
    const keys = keysOf(d);
    expect(dropMove(keys, keys[1]!, null)).toBeNull();
    expect(dropMove(keys, keys[1]!, keys[1]!)).toBeNull();
    expect(dropMove(keys, 'gone', keys[0]!)).toBeNull();
    expect(dropMove(keys, keys[0]!, 'gone')).toBeNull();
    expect(titles(dropped(d, 2, null))).toEqual(['a', 'b', 'c']);
  });

  it('keeps a dropped closed punkt closed, with its fields', () => {
    const d = draftOf(['a', 'b', 'c']);
    const closed = { ...d, items: d.items.map((it, i) => (i === 2 ? { ...it, closed: true, caseNumber: '00.01.00-A00-1-24' } : it)) };
    const after = dropped(closed, 3, 1);
    expect(after.items[0]).toEqual(closed.items[2]);
    expect(after.items.filter((it) => it.closed)).toHaveLength(1);
  });
});
