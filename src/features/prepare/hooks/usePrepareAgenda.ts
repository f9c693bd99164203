/**
 * Loads the agenda the secretary is preparing. Unlike the managers' view there is no local copy:
 * editing an old copy offline and saving it over a newer agenda would lose someone's work.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MeetingRef, StoredAgenda } from '../../../domain/ports';
import { useServices } from '../../../ui/services';

export type PrepareLoadState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; agenda: StoredAgenda }
  | { status: 'error'; error: unknown };

/** The stored agenda of `ref` (or none yet) and a `reload` for the retry button. */
export function usePrepareAgenda(ref: MeetingRef | null): { state: PrepareLoadState; reload: () => void } {
  const { agenda: source } = useServices();
  const [state, setState] = useState<PrepareLoadState>({ status: 'loading' });
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
