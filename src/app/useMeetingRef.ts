/**
 * The host's open meeting as React state, following changes (Outlook ItemChanged, the picker).
 * With a MeetingRefCache (the standalone page), the last resolved meeting is ready at once and the
 * host's answer replaces it when it arrives, so the view can paint its cached agenda meanwhile.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { sameMeeting } from '../domain/meeting-identity';
import type { MeetingRef } from '../domain/ports';
import type { MeetingHost } from '../domain/host-port';
import { isUnreachable } from '../ui/error-kind';
import { settledMeetingRef } from './first-paint/settled-meeting-ref';
import { createMeetingRefCache, type MeetingRefCache } from './meeting-ref-cache';

export type MeetingRefState = { status: 'loading' } | { status: 'ready'; ref: MeetingRef | null } | { status: 'error'; error: unknown };

/** Keeps the same object while the meeting is the same, so views keyed on it do not restart. */
function sameRef(a: MeetingRef | null, b: MeetingRef | null): boolean {
  return sameMeeting(a, b);
}

/** Where the last meeting is remembered: `storage` (null: nowhere) and the clock. */
export interface MeetingRefOptions {
  storage: Storage | null;
  now: () => Date;
}

/** The standalone page's cache, scoped to its `?meeting=` value; other hosts get none. */
function useStandaloneCache(host: MeetingHost, storage: Storage | null): MeetingRefCache | null {
  return useMemo(() => {
    if (host.kind !== 'standalone' || !storage) return null;
    const scope = typeof location === 'undefined' ? '' : (new URLSearchParams(location.search).get('meeting') ?? '');
    return createMeetingRefCache(storage, scope);
  }, [host, storage]);
}

/** Resolves the host's meeting; `retry` asks again after an error. */
export function useMeetingRef(host: MeetingHost, options?: MeetingRefOptions): { state: MeetingRefState; retry: () => void } {
  const cache = useStandaloneCache(host, options?.storage ?? null);
  const [state, setState] = useState<MeetingRefState>(() => {
    // The answer main.tsx already had (the static first paint showed its agenda): no skeleton in between.
    const known = settledMeetingRef(host);
    if (known !== undefined) return { status: 'ready', ref: known };
    const cached = cache?.read(options ? options.now() : new Date()) ?? null;
    return cached ? { status: 'ready', ref: cached } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const settle = (ref: MeetingRef | null) =>
      setState((current) => (current.status === 'ready' && sameRef(current.ref, ref) ? current : { status: 'ready', ref }));
    // A remembered meeting stays on screen while the host answers; without one, show loading.
    setState((current) => (attempt === 0 && current.status === 'ready' ? current : { status: 'loading' }));
    host.getMeetingRef().then(
      (ref) => {
        if (!live) return;
        // Only the host's own answer is remembered: a meeting picked by hand is not the address's meeting.
        cache?.write(ref);
        settle(ref);
      },
      (error: unknown) => {
        if (!live) return;
        // Offline with a remembered meeting: keep it, its view shows the local copy marked as such.
        setState((current) => (current.status === 'ready' && isUnreachable(error) ? current : { status: 'error', error }));
      },
    );
    const stop = host.onMeetingChanged((ref) => {
      if (live) settle(ref);
    });
    return () => {
      live = false;
      stop();
    };
  }, [host, cache, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
