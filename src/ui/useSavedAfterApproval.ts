/**
 * Which punkter this page saw saved after it knew the referat's approval (issue #14: "a punkt changed
 * after approval is flagged in every view"), so the flag appears at once, not after a reload brings
 * the rows' new lastModifiedDateTime. Two signals, both already in the views: the loaded punkter
 * themselves (the secretary's view replaces them with the saved agenda), and the note-taker's sync
 * engine, whose server value of a punkt changes only when the list confirmed a write or a re-read
 * found another's. A change seen after the approval followed it in real time: no clock is compared.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredItem } from '../domain/ports';

/** What this hook needs of the note-taker's sync engine (structural: src/ui does not import features). */
export interface SavedDecisions {
  subscribe(listener: () => void): () => void;
  get(itemId: string): { serverValue: unknown } | undefined;
}

interface Seen {
  approval: Approval | null;
  saved: SavedDecisions | null;
  prints: Map<string, string>;
}

const NONE: ReadonlySet<string> = new Set();

/** The approval that counts (the chair's or the forum's), compared by identity: a new one is a new baseline. */
type Approval = { at: string };

/** JSON with each object's keys sorted: two reads of one punkt compare equal whatever order built them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A punkt's content as loaded (or saved) and as the list last confirmed its decision. */
function printOf(stored: StoredItem, saved: SavedDecisions | null): string {
  return canonical([stored.item, saved?.get(stored.id)?.serverValue ?? null]);
}

/** The ids of the punkter saved since `approval` became known here; empty without an approval. */
export function useSavedAfterApproval(
  approval: Approval | null,
  items: readonly StoredItem[],
  saved: SavedDecisions | null,
): ReadonlySet<string> {
  const [touched, setTouched] = useState<ReadonlySet<string>>(NONE);
  const seen = useRef<Seen | null>(null);

  const check = useCallback(() => {
    const prints = new Map(items.map((s) => [s.id, printOf(s, saved)]));
    const last = seen.current;
    seen.current = { approval, saved, prints };
    // A new approval (loaded, or given just now) is the new baseline: nothing is changed after it yet.
    if (approval === null || last === null || last.approval !== approval) {
      setTouched((t) => (t.size === 0 ? t : NONE));
      return;
    }
    // A new engine (started after the approval loaded) reports the values the page opened with: a baseline too.
    if (last.saved !== saved) return;
    const changed = [...prints].filter(([id, print]) => last.prints.get(id) !== print).map(([id]) => id);
    if (changed.length > 0) setTouched((t) => new Set([...t, ...changed]));
  }, [approval, items, saved]);

  useEffect(check, [check]);
  // Checked on each of the engine's changes without rendering the view: state changes only when a punkt is newly saved.
  useEffect(() => saved?.subscribe(check), [saved, check]);

  return touched;
}
