/**
 * Loads the agenda of one meeting occurrence, stale-while-revalidate: the last local copy is shown
 * at once (not marked: it is being refreshed) and the fresh copy from the AgendaSource replaces it
 * and is saved; when the source cannot be reached, the local copy stays, marked as such.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MeetingRef, StoredAgenda } from '../../../domain/ports';
import { isUnreachable } from '../../../ui/error-kind';
import { useServices } from '../../../ui/services';
import { cacheKey, createAgendaCache, type AgendaCache } from '../../../ui/agenda-cache';

export type AgendaState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; agenda: StoredAgenda; cachedAt: null }
  | { status: 'ready'; agenda: StoredAgenda; cachedAt: string; error: unknown }
  | { status: 'error'; error: unknown };

/** What the view shows before the source answers: the local copy, else the skeleton. */
function initialState(cache: AgendaCache, key: MeetingRef | null): AgendaState {
  const cached = key ? cache.read(key) : null;
  return cached ? { status: 'ready', agenda: cached.agenda, cachedAt: null } : { status: 'loading' };
}

/** The agenda state of `ref` and a `reload` for the retry buttons. */
export function useAgenda(ref: MeetingRef | null): { state: AgendaState; reload: () => void } {
  const { agenda: source, storage, now } = useServices();
  const cache = useMemo(() => createAgendaCache(storage), [storage]);
  const iCalUId = ref?.iCalUId;
  const start = ref?.start;
  const key = iCalUId && start ? { iCalUId, start } : null;
  const id = key ? cacheKey(key) : null;
  // The state belongs to one meeting: another meeting starts from its own local copy, in the same render.
  const [entry, setEntry] = useState(() => ({ id, state: initialState(cache, key) }));
  // (React re-renders at once with the new entry, before anything of this render is shown.)
  if (entry.id !== id) setEntry({ id, state: initialState(cache, key) });
  const { state } = entry;
  const [attempt, setAttempt] = useState(0);
  const retrying = useRef(false);

  useEffect(() => {
    if (!iCalUId || !start) return;
    const key: MeetingRef = { iCalUId, start };
    const id = cacheKey(key);
    const set = (next: AgendaState) => setEntry({ id, state: next });
    let live = true;
    // A retry shows the skeleton, so the user sees that something happens.
    if (retrying.current) set({ status: 'loading' });
    retrying.current = false;
    source.loadAgenda(key).then(
      (agenda) => {
        if (!live) return;
        if (agenda) cache.write(key, agenda, now());
        else cache.remove(key);
        set(agenda ? { status: 'ready', agenda, cachedAt: null } : { status: 'none' });
      },
      (error: unknown) => {
        if (!live) return;
        const cached = isUnreachable(error) ? cache.read(key) : null;
        set(cached ? { status: 'ready', agenda: cached.agenda, cachedAt: cached.fetchedAt, error } : { status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [source, cache, now, iCalUId, start, attempt]);

  const reload = useCallback(() => {
    retrying.current = true;
    setAttempt((n) => n + 1);
  }, []);
  const offline = state.status === 'error' || (state.status === 'ready' && state.cachedAt !== null);
  // Back online after a failure: fetch again without waiting for the user to press retry.
  useEffect(() => {
    if (!offline || typeof window === 'undefined') return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [offline, reload]);
  return { state, reload };
}
