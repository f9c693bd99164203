/**
 * Saving the agenda: one save at a time and its state for the status line (Gemmer…, Gemt, error).
 * A retry is a new save of the form as it is now, so edits made after the failure are not lost.
 *
 * AgendaStore.saveAgenda writes whatever it is given over what is stored, so two secretaries
 * editing the same agenda would silently overwrite each other. Before each save the stored
 * version is read again and compared with the one the form started from (the ETags of the
 * meeting row and of every punkt); a difference, or a 412 from the lists during the write, is a
 * conflict the user decides: load the other version, or save over it on purpose.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../../domain/meeting';
import type { AgendaStore, MeetingRef, StoredAgenda } from '../../../domain/ports';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'conflict' }
  | { status: 'error'; error: unknown };

export interface SaveAgenda {
  state: SaveState;
  /** Saves `meeting`; `force` saves over a newer stored version. Resolves to the stored agenda, or null when not saved. */
  save: (meeting: Meeting, options?: { force?: boolean }) => Promise<StoredAgenda | null>;
  /** Back to idle (a new version was loaded). */
  reset: () => void;
}

/** What identifies a stored version: the ETags of the meeting row and of each punkt row. */
export function versionOf(agenda: StoredAgenda | null): string {
  if (!agenda) return 'none';
  return [agenda.etag, ...agenda.items.map((i) => `${i.id}=${i.etag}`).sort()].join('|');
}

function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 412;
}

/**
 * Save state and actions for one meeting occurrence; `store` null means saving is not possible.
 * `base` is the stored agenda the form was loaded from (null for a new agenda).
 */
export function useSaveAgenda(store: AgendaStore | null, ref: MeetingRef | null, base: StoredAgenda | null): SaveAgenda {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const busy = useRef(false);
  const known = useRef(versionOf(base));

  useEffect(() => {
    known.current = versionOf(base);
  }, [base]);

  const save = useCallback(
    async (meeting: Meeting, options: { force?: boolean } = {}): Promise<StoredAgenda | null> => {
      // A second click while saving would send a second full write of the same lists.
      if (!store || !ref || busy.current) return null;
      busy.current = true;
      setState({ status: 'saving' });
      try {
        if (!options.force && versionOf(await store.loadAgenda(ref)) !== known.current) {
          setState({ status: 'conflict' });
          return null;
        }
        const stored = await store.saveAgenda(ref, meeting);
        known.current = versionOf(stored);
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

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, save, reset };
}
