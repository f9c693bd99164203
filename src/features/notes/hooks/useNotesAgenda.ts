/** Loads the agenda of the open meeting for the note-taker (the same AgendaSource as the managers' view). */
import { useCallback, useEffect, useState } from 'react';
import type { MeetingRef, StoredAgenda } from '../../../domain/ports';
import { useServices } from '../../../ui/services';

export type NotesAgendaState = { status: 'loading' } | { status: 'none' } | { status: 'ready'; agenda: StoredAgenda } | { status: 'error'; error: unknown };

/** The agenda state of `ref` and a `reload` for the retry button. */
export function useNotesAgenda(ref: MeetingRef | null): { state: NotesAgendaState; reload: () => void } {
  const { agenda: source } = useServices();
  const [state, setState] = useState<NotesAgendaState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const iCalUId = ref?.iCalUId;
  const start = ref?.start;

  useEffect(() => {
    if (!iCalUId || !start) return;
    let live = true;
    setState({ status: 'loading' });
    source.loadAgenda({ iCalUId, start }).then(
      (agenda) => live && setState(agenda ? { status: 'ready', agenda } : { status: 'none' }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [source, iCalUId, start, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
