// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePunktCards } from './usePunktCards';

const NUMBERS = [1, 2, 3];
const root = { current: null };

/** The hook with what is on now not known yet (the first render: undefined), changeable after. */
function renderCards() {
  return renderHook(({ current }: { current: number | null | undefined }) => usePunktCards(NUMBERS, current, root), {
    initialProps: { current: undefined as number | null | undefined },
  });
}

describe('the note-taker’s punkt cards', () => {
  it('stay closed until what is on now is known, then open as always (all of them outside the meeting)', () => {
    const cards = renderCards();
    expect([...cards.result.current.open]).toEqual([]);
    cards.rerender({ current: null });
    expect([...cards.result.current.open].sort()).toEqual([1, 2, 3]);
  });

  it('keep a card the user opened before that open, and do not close it when her click lands after the cards opened by themselves', () => {
    const cards = renderCards();
    // She saw punkt 1 closed and opened it, before what is on now was known.
    act(() => cards.result.current.toggle(1, true));
    cards.rerender({ current: 2 });
    expect([...cards.result.current.open].sort()).toEqual([1, 2]);
    // A click on what she saw closed (punkt 3), handled only after the cards opened by themselves: it opens, never closes.
    const later = renderCards();
    later.rerender({ current: null });
    act(() => later.result.current.toggle(3, true));
    expect(later.result.current.open.has(3)).toBe(true);
    act(() => later.result.current.toggle(3, false));
    expect(later.result.current.open.has(3)).toBe(false);
  });
});
