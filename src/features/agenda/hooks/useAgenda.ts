/**
 * Loads the agenda of one meeting occurrence: a fresh copy from the AgendaSource, saved locally;
 * when the source cannot be reached, the last local copy, marked as such.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MeetingRef, StoredAgenda } from '../../../domain/ports';
import { isUnreachable } from '../../../ui/error-kind';
import { useServices } from '../../../ui/services';
import { createAgendaCache } from '../agenda-cache';

export type AgendaState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; agenda: StoredAgenda; cachedAt: null }
  | { status: 'ready'; agenda: StoredAgenda; cachedAt: string; error: unknown }
  | { status: 'error'; error: unknown };

/** The agenda state of `ref` and a `reload` for the retry buttons. */
export function useAgenda(ref: MeetingRef | null): { state: AgendaState; reload: () => void } {
  const { agenda: source, storage, now } = useServices();
  const cache = useMemo(() => createAgendaCache(storage), [storage]);
  const [state, setState] = useState<AgendaState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const iCalUId = ref?.iCalUId;
  const start = ref?.start;

  useEffect(() => {
    if (!iCalUId || !start) return;
    const key: MeetingRef = { iCalUId, start };
    let live = true;
    setState({ status: 'loading' });
    source.loadAgenda(key).then(
      (agenda) => {
        if (!live) return;
        if (agenda) cache.write(key, agenda, now());
        setState(agenda ? { status: 'ready', agenda, cachedAt: null } : { status: 'none' });
      },
      (error: unknown) => {
        if (!live) return;
        const cached = isUnreachable(error) ? cache.read(key) : null;
        setState(cached ? { status: 'ready', agenda: cached.agenda, cachedAt: cached.fetchedAt, error } : { status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [source, cache, now, iCalUId, start, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const offline = state.status === 'error' || (state.status === 'ready' && state.cachedAt !== null);
  // Back online after a failure: fetch again without waiting for the user to press retry.
  useEffect(() => {
    if (!offline || typeof window === 'undefined') return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [offline, reload]);
  return { state, reload };
}
