/**
 * Which punkt cards of the note-taker's view are open, and moving between them. During the meeting
 * only the current punkt's card is open at first (the others show their header and open on a
 * click); outside it every card is. The punkt that becomes current opens by itself, and nothing is
 * closed under the note-taker's hands. Going to a punkt opens its card, scrolls it to the top and
 * puts the caret at the END of its decision (issue #15: Alt+↓ put it at the start, so new text went
 * in front of the decision). The card lands below the sticky toolbar, measured, not a fixed margin.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { scrollBelowNowStrip } from '../../../ui/NowStrip';

/** Focuses `element` with the caret after its last character. */
export function focusAtEnd(element: HTMLTextAreaElement): void {
  element.focus({ preventScroll: true });
  const end = element.value.length;
  element.setSelectionRange(end, end);
}

export interface PunktCards {
  open: ReadonlySet<number>;
  /** Opens or closes a card: `open` is the way the user turned it (the opposite of what she saw). */
  toggle(number: number, open: boolean): void;
  /** Opens punkt `number`, scrolls to it and focuses its decision field (once it exists). */
  goTo(number: number): void;
  /** Brings punkt `number`'s card to the top of the view without moving focus. */
  scrollTo(number: number): void;
  registerEditor(number: number, element: HTMLTextAreaElement | null): void;
}

/**
 * `numbers` are the punkter in order; `current` is the punkt on now (or next, in a break) while the
 * meeting runs, else null; undefined while it is not known yet (the view's first render, before the
 * zone's schedule: issue #13), when the cards stay closed until it is. `root` holds the cards (each
 * marked with data-punkt).
 */
export function usePunktCards(numbers: number[], current: number | null | undefined, root: RefObject<HTMLElement | null>): PunktCards {
  const opening = (now: number | null): number[] => (now === null ? numbers : [now]);
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set(current === undefined ? [] : opening(current)));
  const [seenCurrent, setSeenCurrent] = useState(current);
  if (current !== seenCurrent) {
    // Adjusting state while rendering (https://react.dev/learn/you-might-not-need-an-effect): the new
    // current punkt opens in the same render; once known at last, the cards open as they would have at once.
    setSeenCurrent(current);
    if (seenCurrent === undefined && current !== undefined) setOpen(new Set([...open, ...opening(current)]));
    else if (current != null && !open.has(current)) setOpen(new Set([...open, current]));
  }
  const editors = useRef(new Map<number, HTMLTextAreaElement>());
  const pendingFocus = useRef<number | null>(null);

  const scrollTo = useCallback(
    (number: number) => {
      const card = root.current?.querySelector(`[data-punkt="${number}"]`);
      if (!card) return;
      // Below the whole sticky toolbar, however tall its "Nu" strip has wrapped (a long title at 280 px).
      scrollBelowNowStrip(card, root.current?.querySelector('[data-notes-toolbar]') ?? null);
    },
    [root],
  );

  const registerEditor = useCallback((number: number, element: HTMLTextAreaElement | null) => {
    if (!element) {
      editors.current.delete(number);
      return;
    }
    editors.current.set(number, element);
    if (pendingFocus.current === number) {
      pendingFocus.current = null;
      focusAtEnd(element);
    }
  }, []);

  const goTo = useCallback(
    (number: number) => {
      setOpen((was) => (was.has(number) ? was : new Set([...was, number])));
      scrollTo(number);
      const editor = editors.current.get(number);
      if (editor) focusAtEnd(editor);
      else pendingFocus.current = number;
    },
    [scrollTo],
  );

  // The card says which way the user turned it (open: what she saw closed), so a click that lands just as the
  // cards open by themselves (once what is on now is known) opens her card instead of closing it again.
  const toggle = useCallback((number: number, open: boolean) => {
    setOpen((was) => {
      if (was.has(number) === open) return was;
      const next = new Set(was);
      if (open) next.add(number);
      else next.delete(number);
      return next;
    });
  }, []);

  return { open, toggle, goTo, scrollTo, registerEditor };
}
