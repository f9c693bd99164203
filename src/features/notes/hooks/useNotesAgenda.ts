/**
 * Loads the agenda of the open meeting for the note-taker (the same AgendaSource as the managers'
 * view). When the source cannot be reached, the last copy is used so the editors still open offline.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MeetingRef, StoredAgenda } from '../../../domain/ports';
import { isUnreachable } from '../../../ui/error-kind';
import { useServices } from '../../../ui/services';
import { createAgendaCache } from '../../../ui/agenda-cache';

export type NotesAgendaState =
  | { status: 'loading' }
  | { status: 'none' }
  /** `copiedAt` is set when the agenda is the local copy because the source could not be reached. */
  | { status: 'ready'; agenda: StoredAgenda; copiedAt: string | null }
  | { status: 'error'; error: unknown };

/** The agenda state of `ref` and a `reload` for the retry button. */
export function useNotesAgenda(ref: MeetingRef | null): { state: NotesAgendaState; reload: () => void } {
  const { agenda: source, storage, now } = useServices();
  const [state, setState] = useState<NotesAgendaState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const iCalUId = ref?.iCalUId;
  const start = ref?.start;

  useEffect(() => {
    if (!iCalUId || !start) return;
    const key = { iCalUId, start };
    let live = true;
    setState({ status: 'loading' });
    source.loadAgenda(key).then(
      (agenda) => {
        if (!live) return;
        if (agenda) createAgendaCache(storage).write(key, agenda, now());
        setState(agenda ? { status: 'ready', agenda, copiedAt: null } : { status: 'none' });
      },
      (error: unknown) => {
        if (!live) return;
        const copy = isUnreachable(error) ? createAgendaCache(storage).read(key) : null;
        setState(copy ? { status: 'ready', agenda: copy.agenda, copiedAt: copy.fetchedAt } : { status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [source, storage, now, iCalUId, start, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
