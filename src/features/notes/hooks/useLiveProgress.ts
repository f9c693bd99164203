/**
 * The note-taker's "punkt N started at T": held in the view, kept in Web Storage per meeting, and
 * written to the LiveProgressStore so the managers' view follows. A failed write is retried every
 * few seconds and never loses the local state; a reload restores it from storage.
 *
 * On open, an unsent local change wins (it is newer than anything the list can hold); otherwise the
 * progress stored with the agenda does, since another note-taker may have moved on.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { appErrorOf } from '../../../domain/app-error';
import { usableProgress, type LiveProgress } from '../../../domain/live-meeting';
import type { StoredAgenda } from '../../../domain/ports';
import { useServices } from '../../../ui/services';
import { readProgressCopy, writeProgressCopy, type ProgressCopy } from '../live-progress-copy';

function initial(agenda: StoredAgenda, fromList: boolean, storage: Storage | null): ProgressCopy {
  const copy = readProgressCopy(storage, agenda.ref, agenda.movedFrom);
  if (copy?.pending) return { progress: usableProgress(agenda.meeting, copy.progress), pending: true };
  // A local copy of the agenda (offline) carries no trustworthy progress: the device's own copy does.
  if (fromList && agenda.progress !== undefined) return { progress: usableProgress(agenda.meeting, agenda.progress), pending: false };
  return { progress: usableProgress(agenda.meeting, copy?.progress), pending: false };
}

/** How often an unsent change is tried again. */
const RETRY_MS = 5000;

/**
 * Failures after which a retry cannot help: a request the list refuses (400: a site not provisioned
 * with the progress columns yet), not signed in (401), or not allowed to write (403).
 */
const refused = (error: unknown): boolean => {
  const { kind, source } = appErrorOf(error);
  return source === 'data' && (kind === 'invalid' || kind === 'auth' || kind === 'forbidden');
};

/**
 * The live progress of `agenda` and a setter (null clears it). `fromList` is false when the agenda
 * is the offline copy.
 */
export function useLiveProgress(agenda: StoredAgenda, fromList: boolean): [LiveProgress | null, (progress: LiveProgress | null) => void] {
  const { progress: store, storage } = useServices();
  const [state, setState] = useState(() => initial(agenda, fromList, storage));
  const latest = useRef(state);
  latest.current = state;
  const sending = useRef(false);
  const ref = agenda.ref;

  const send = useCallback(
    (copy: ProgressCopy) => {
      if (!store || sending.current) return;
      sending.current = true;
      const settle = (next: ProgressCopy) => {
        // Only the change that was sent is settled: a newer one stays pending.
        if (latest.current.progress !== copy.progress) return;
        writeProgressCopy(storage, ref, next);
        setState(next);
      };
      store
        .writeProgress(ref, copy.progress)
        .then(
          () => settle({ progress: copy.progress, pending: false }),
          (error: unknown) => {
            // Kept locally either way; a refused write is not retried every tick.
            if (refused(error)) settle({ progress: copy.progress, pending: false });
          },
        )
        .finally(() => {
          sending.current = false;
        });
    },
    [store, storage, ref],
  );

  const set = useCallback(
    (progress: LiveProgress | null) => {
      const next = { progress, pending: store !== undefined };
      latest.current = next;
      setState(next);
      writeProgressCopy(storage, ref, next);
      send(next);
    },
    [store, storage, ref, send],
  );

  // While a change is unsent: send it now (a change restored from storage) and again every few seconds.
  useEffect(() => {
    if (!state.pending) return;
    send(latest.current);
    const timer = setInterval(() => send(latest.current), RETRY_MS);
    return () => clearInterval(timer);
  }, [state.pending, send]);

  return [state.progress, set];
}
