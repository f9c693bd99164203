import { describe, expect, it } from 'vitest';
import { emptyItem, type Draft } from './draft';
import { insertItem, moveToPosition } from './draft-edits';

function draftOf(titles: string[]): Draft {
  return { meeting: {} as Draft['meeting'], items: titles.map((title) => ({ ...emptyItem(), title })) };
}
const titles = (d: Draft) => d.items.map((i) => i.title);

describe('the secretary’s list edits', () => {
  it('inserts a punkt at a position, and past the end as the last one', () => {
    const d = draftOf(['a', 'b', 'c']);
    expect(titles(insertItem(d, 2, { ...emptyItem(), title: 'new' }))).toEqual(['a', 'b', 'new', 'c']);
    expect(titles(insertItem(d, 0, { ...emptyItem(), title: 'new' }))).toEqual(['new', 'a', 'b', 'c']);
    expect(titles(insertItem(d, 9, { ...emptyItem(), title: 'new' }))).toEqual(['a', 'b', 'c', 'new']);
  });

  it('moves a punkt to a 1-based position in one step, clamped to the list', () => {
    const d = draftOf(['a', 'b', 'c', 'd', 'e']);
    const key = d.items[4]!.key;
    expect(titles(moveToPosition(d, key, 3))).toEqual(['a', 'b', 'e', 'c', 'd']);
    expect(titles(moveToPosition(d, d.items[0]!.key, 4))).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(titles(moveToPosition(d, key, 0))).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(titles(moveToPosition(d, 'missing', 1))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
