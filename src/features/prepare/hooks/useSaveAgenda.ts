/**
 * Saving the agenda: one save at a time and its state for the status line (Gemmer…, Gemt, error).
 * A retry is a new save of the form as it is now, so edits made after the failure are not lost.
 *
 * The save hands the store the agenda the form was loaded from (its base; after a save, what was
 * saved), and the store tells a real clash from a harmless change in one read and one write: a
 * decision the note-taker wrote meanwhile is kept, another's change to what the draft changes is a
 * conflict (AgendaConflictError, status 412) the user decides: load the other version, or save
 * over it on purpose. Even then a punkt whose decision the form never held is not deleted
 * (PunktHasDecisionError, shown as an error naming the punkt).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { appErrorOf } from '../../../domain/app-error';
import type { Meeting } from '../../../domain/meeting';
import type { AgendaStore, MeetingRef, StoredAgenda } from '../../../domain/ports';

export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'conflict' } | { status: 'error'; error: unknown };

export interface SaveAgenda {
  state: SaveState;
  /** Saves `meeting`; `force` saves over a newer stored version. Resolves to the stored agenda, or null when not saved. */
  save: (meeting: Meeting, options?: { force?: boolean }) => Promise<StoredAgenda | null>;
  /** Back to idle (a new version was loaded). */
  reset: () => void;
  /** The agenda as this form last saved it (its punkter's new content), null until a save and after reset. */
  saved: StoredAgenda | null;
}

/** Someone else changed the agenda (AgendaConflictError, or a 412 from the store): the user decides. */
const isConflict = (error: unknown): boolean => appErrorOf(error).kind === 'conflict';

/**
 * Save state and actions for one meeting occurrence; `store` null means saving is not possible.
 * `base` is the stored agenda the form was loaded from (null for a new agenda).
 */
export function useSaveAgenda(store: AgendaStore | null, ref: MeetingRef | null, base: StoredAgenda | null): SaveAgenda {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [saved, setSaved] = useState<StoredAgenda | null>(null);
  const busy = useRef(false);
  // What the form holds was loaded as `base`, or saved since: the store checks the save against it.
  const known = useRef(base);

  useEffect(() => {
    known.current = base;
  }, [base]);

  const save = useCallback(
    async (meeting: Meeting, options: { force?: boolean } = {}): Promise<StoredAgenda | null> => {
      // A second click while saving would send a second full write of the same lists.
      if (!store || !ref || busy.current) return null;
      busy.current = true;
      setState({ status: 'saving' });
      try {
        const stored = await store.saveAgenda(ref, meeting, { base: known.current, force: options.force === true });
        known.current = stored;
        setSaved(stored);
        setState({ status: 'saved' });
        return stored;
      } catch (error: unknown) {
        setState(isConflict(error) ? { status: 'conflict' } : { status: 'error', error });
        return null;
      } finally {
        busy.current = false;
      }
    },
    [store, ref],
  );

  const reset = useCallback(() => {
    setState({ status: 'idle' });
    setSaved(null);
  }, []);
  return { state, save, reset, saved };
}
