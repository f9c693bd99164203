/**
 * The one way a view loads a meeting occurrence's agenda: from the AgendaSource, with a `reload`
 * for the retry buttons, and (when the view asks for it) the device's local copy from
 * agenda-cache.ts. The managers' view shows that copy at once and revalidates it; the note-taker's
 * view uses it only when the source cannot be reached; the secretary's view never does (editing an
 * old copy offline and saving it over a newer agenda would lose someone's work).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgendaSource, MeetingRef, StoredAgenda } from '../domain/ports';
import { cacheKey, createAgendaCache, type AgendaCache } from './agenda-cache';
import { isUnreachable } from './error-kind';
import { useServices } from './services';

export type MeetingAgendaState =
  | { status: 'loading' }
  | { status: 'none' }
  /** The agenda from the source, or the unmarked local copy shown while the source is asked. */
  | { status: 'ready'; agenda: StoredAgenda; cachedAt: null }
  /** The local copy (fetched at `cachedAt`) because the source could not be reached with `error`. */
  | { status: 'ready'; agenda: StoredAgenda; cachedAt: string; error: unknown }
  | { status: 'error'; error: unknown };

export interface MeetingAgendaOptions {
  /**
   * The local copy: `never` read or written; `whenUnreachable`, kept and shown only when the source
   * cannot be reached; `first`, also shown at once while the source is asked, and forgotten when the
   * meeting has no agenda any more.
   */
  cache: 'never' | 'whenUnreachable' | 'first';
  /** Ask again by itself when the browser comes back online after a failure. */
  reloadWhenOnline?: boolean;
}

/** Plain objects with their keys sorted: the local copy comes back with its keys in the cache check's order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The same agenda as JSON holds it (an instant as its ISO text, as in the local copy). */
function sameAgenda(a: StoredAgenda, b: StoredAgenda): boolean {
  return a === b || JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
}

/** The answer `source` already holds for `key` (a prefetching source, src/app/agenda-prefetch.ts); undefined when none. */
function settledAnswer(source: AgendaSource, key: MeetingRef): StoredAgenda | null | undefined {
  const settled = (source as Partial<{ settledAgenda(ref: MeetingRef): StoredAgenda | null | undefined }>).settledAgenda;
  return typeof settled === 'function' ? settled.call(source, key) : undefined;
}

/**
 * What the view shows first: the source's answer when it has already arrived (the prefetch answered
 * before React rendered: the first commit shows the agenda, not the skeleton, issue #13); else with
 * `first`, the local copy; else the skeleton.
 */
function initialState(
  source: AgendaSource,
  cache: AgendaCache,
  key: MeetingRef | null,
  mode: MeetingAgendaOptions['cache'],
): MeetingAgendaState {
  const settled = key ? settledAnswer(source, key) : undefined;
  if (settled) return { status: 'ready', agenda: settled, cachedAt: null };
  if (settled === null) return { status: 'none' };
  const cached = key && mode === 'first' ? cache.read(key) : null;
  return cached ? { status: 'ready', agenda: cached.agenda, cachedAt: null } : { status: 'loading' };
}

/** The agenda state of `ref` and a `reload` for the retry buttons. */
export function useMeetingAgenda(ref: MeetingRef | null, options: MeetingAgendaOptions): { state: MeetingAgendaState; reload: () => void } {
  const { cache: mode, reloadWhenOnline = false } = options;
  const { agenda: source, storage, now } = useServices();
  const cache = useMemo(() => createAgendaCache(mode === 'never' ? null : storage), [storage, mode]);
  const iCalUId = ref?.iCalUId;
  const start = ref?.start;
  const key = iCalUId && start ? { iCalUId, start } : null;
  const id = key ? cacheKey(key) : null;
  // The state belongs to one meeting: another meeting starts from its own state, in the same render.
  const [entry, setEntry] = useState(() => ({ id, state: initialState(source, cache, key, mode) }));
  // (React re-renders at once with the new entry, before anything of this render is shown.)
  if (entry.id !== id) setEntry({ id, state: initialState(source, cache, key, mode) });
  const { state } = entry;
  const [attempt, setAttempt] = useState(0);
  const retrying = useRef(false);
  // One request per meeting and attempt: an effect that runs again for the same ones (React's StrictMode runs
  // each effect twice in development) takes the same answer over. A second request's answer, newer than what
  // the view started from, would replace the state under a user already at work (the note-taker's fields
  // went back to placeholders mid-typing, and her last keystrokes with them).
  const request = useRef<{ id: string; attempt: number; answer: Promise<StoredAgenda | null> } | null>(null);

  useEffect(() => {
    if (!iCalUId || !start) return;
    const key: MeetingRef = { iCalUId, start };
    const id = cacheKey(key);
    const set = (next: MeetingAgendaState) => setEntry({ id, state: next });
    let live = true;
    // A retry shows the skeleton, so the user sees that something happens.
    if (retrying.current) set({ status: 'loading' });
    retrying.current = false;
    const same = request.current?.id === id && request.current.attempt === attempt;
    const answer = same ? request.current!.answer : source.loadAgenda(key);
    request.current = { id, attempt, answer };
    answer.then(
      (agenda) => {
        if (!live) return;
        if (agenda) cache.write(key, agenda, now());
        else if (mode === 'first') cache.remove(key);
        if (!agenda) {
          // Already shown as none (the settled prefetch): no second render.
          setEntry((was) => (was.id === id && was.state.status === 'none' ? was : { id, state: { status: 'none' } }));
          return;
        }
        // The fresh agenda equal to the copy on screen keeps the copy's state: the whole view would render
        // again only to show the same (issue #13, the warm open).
        setEntry((was) =>
          was.id === id && was.state.status === 'ready' && was.state.cachedAt === null && sameAgenda(was.state.agenda, agenda)
            ? was
            : { id, state: { status: 'ready', agenda, cachedAt: null } },
        );
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
  }, [source, cache, mode, now, iCalUId, start, attempt]);

  const reload = useCallback(() => {
    retrying.current = true;
    setAttempt((n) => n + 1);
  }, []);
  const offline = state.status === 'error' || (state.status === 'ready' && state.cachedAt !== null);
  // Back online after a failure: fetch again without waiting for the user to press retry.
  useEffect(() => {
    if (!reloadWhenOnline || !offline || typeof window === 'undefined') return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [reloadWhenOnline, offline, reload]);
  return { state, reload };
}
