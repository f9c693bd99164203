/**
 * Which punkt the note-taker has started, for the managers' view: first what came with the agenda,
 * then polled every 30 s while the meeting may be on and the tab is visible. Without it the view can
 * only read the current punkt off the clock and never see that the meeting runs late.
 * A failed poll is silent: the last known progress stays.
 */
import { useEffect, useRef, useState } from 'react';
import { usableProgress, type LiveProgress } from '../../../domain/live-meeting';
import type { StoredAgenda } from '../../../domain/ports';
import type { Schedule } from '../../../domain/schedule';
import { useServices } from '../../../ui/services';

/** How often the view asks; the note-taker marks punkter minutes apart. */
export const POLL_MS = 30_000;
/** The note-taker may start the first punkt a little early. */
const EARLY_MS = 15 * 60_000;
/** A meeting marked live may run this far past its planned end before the view stops asking. */
const LATE_MS = 3 * 60 * 60_000;

function visible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

/**
 * The progress to pass to liveState at `clock`, or null (then the clock decides). Without the zone's
 * `schedule` (the view's first render) the meeting is not known to be on, so nothing is asked yet.
 */
export function useLiveProgress(agenda: StoredAgenda, schedule: Schedule | null, clock: Date): LiveProgress | null {
  const { progress: store } = useServices();
  const [progress, setProgress] = useState(() => usableProgress(agenda.meeting, agenda.progress));
  const [shown, setShown] = useState(visible);
  // The agenda's own progress is fresh at open: the first poll waits its turn instead of asking again.
  const fresh = useRef(agenda.progress !== undefined);
  const { iCalUId, start } = agenda.ref;
  // The poll reads the current agenda without restarting (and asking again) when a fresh copy arrives.
  const latest = useRef(agenda);
  latest.current = agenda;

  // A newer agenda (the fresh load replacing the local copy) brings a newer progress. The agenda the state
  // started from is not read twice: that would render the whole view again right after it showed (issue #13).
  const progressFrom = useRef(agenda);
  useEffect(() => {
    if (progressFrom.current === agenda) return;
    progressFrom.current = agenda;
    if (agenda.progress !== undefined) setProgress(usableProgress(agenda.meeting, agenda.progress));
  }, [agenda]);

  useEffect(() => {
    if (typeof document === 'undefined') return;
    const update = () => setShown(visible());
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);

  const planned = schedule?.items ?? [];
  const starts = planned.map((i) => Date.parse(i.startAt));
  const firstStartMs = starts.length > 0 ? Math.min(...starts) : Infinity;
  const plannedEndMs = planned.length > 0 ? Math.max(...planned.map((i) => Date.parse(i.endAt))) : -Infinity;
  const nowMs = clock.getTime();
  const opened = nowMs >= firstStartMs - EARLY_MS;
  const inWindow = opened && nowMs < plannedEndMs + LATE_MS;
  // After the planned end only a meeting marked live can still be on.
  const onNow = opened && (nowMs < plannedEndMs || (progress !== null && inWindow));
  const polling = store !== undefined && shown && onNow;

  useEffect(() => {
    if (!polling || !store) return;
    let live = true;
    const poll = () =>
      store.readProgress({ iCalUId, start }).then(
        (value) => live && setProgress(usableProgress(latest.current.meeting, value)),
        () => undefined,
      );
    if (fresh.current) fresh.current = false;
    else void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [polling, store, iCalUId, start]);

  // A progress from a meeting long over (nobody pressed "Afslut live") must not mark a punkt.
  return inWindow ? progress : null;
}
