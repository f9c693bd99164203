/**
 * Saving the agenda: one save at a time and its state for the status line (Gemmer…, Gemt, error).
 * A retry is a new save of the form as it is now, so edits made after the failure are not lost.
 */
import { useCallback, useRef, useState } from 'react';
import type { Meeting } from '../../../domain/meeting';
import type { AgendaStore, MeetingRef, StoredAgenda } from '../../../domain/ports';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; error: unknown };

export interface SaveAgenda {
  state: SaveState;
  /** Saves `meeting`; resolves to the stored agenda, or null when it failed (the state says why). */
  save: (meeting: Meeting) => Promise<StoredAgenda | null>;
}

/** Save state and actions for one meeting occurrence; `store` null means saving is not possible. */
export function useSaveAgenda(store: AgendaStore | null, ref: MeetingRef | null): SaveAgenda {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const busy = useRef(false);

  const save = useCallback(
    async (meeting: Meeting): Promise<StoredAgenda | null> => {
      // A second click while saving would send a second full write of the same lists.
      if (!store || !ref || busy.current) return null;
      busy.current = true;
      setState({ status: 'saving' });
      try {
        const stored = await store.saveAgenda(ref, meeting);
        setState({ status: 'saved' });
        return stored;
      } catch (error: unknown) {
        setState({ status: 'error', error });
        return null;
      } finally {
        busy.current = false;
      }
    },
    [store, ref],
  );

  return { state, save };
}
