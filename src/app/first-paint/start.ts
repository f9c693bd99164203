/**
 * main.tsx's part of the first paint (issue #13): once the host names the meeting, the managers' agenda is
 * painted from the device's local copy (the warm open: the React view shows that copy first too) and again
 * from the prefetch's answer when it comes, as long as React's view has not taken over. The meeting is
 * then remembered for the shell's first render (./settled-meeting-ref), whose view starts from the same answer
 * (useMeetingAgenda with the prefetch's settledAgenda), so React's first commit shows the same agenda.
 */
import type { MeetingHost } from '../../domain/host-port';
import type { MeetingRef, StoredAgenda } from '../../domain/ports';
import { firstPaint, type FirstPaint } from './first-paint';
import type { FirstPaintOptions } from './paint-agenda';
import { rememberMeetingRef } from './settled-meeting-ref';

export interface EarlyPaintInputs {
  host: MeetingHost;
  /** The host's answer to "which meeting?". */
  meeting: Promise<MeetingRef | null>;
  /** The prefetch's request for `ref` (agenda-prefetch.ts); null when there is none to wait for. */
  prefetch(ref: MeetingRef): Promise<StoredAgenda | null> | null;
  /** The device's local copy of `ref`'s agenda (agenda-cache.ts), or null. */
  localCopy(ref: MeetingRef): StoredAgenda | null;
  /** The page's #root once parsed (page-root.ts). */
  root: Promise<HTMLElement>;
  options: () => FirstPaintOptions;
}

/** What paintAgendaEarly started. */
export interface EarlyPaint {
  readonly painted: boolean;
  /**
   * Resolves once the first agenda is painted (the local copy, or the prefetch's answer) or nothing will be
   * (no meeting, no agenda, a failure): main.tsx may hold React's code back until then (./ui-timing).
   */
  readonly settled: Promise<void>;
}

/** Starts painting as the answers come, until React's view takes over (./first-paint). */
export function paintAgendaEarly(inputs: EarlyPaintInputs): EarlyPaint {
  let paint: FirstPaint | null = null;
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const show = (ref: MeetingRef, agenda: StoredAgenda) => {
    if (paint?.show(agenda)) rememberMeetingRef(inputs.host, ref);
    if (paint?.painted) settle();
  };
  const run = async () => {
    const ref = await inputs.meeting;
    if (!ref) return;
    const asked = inputs.prefetch(ref);
    paint = firstPaint(await inputs.root, inputs.options);
    const copy = inputs.localCopy(ref);
    if (copy) show(ref, copy);
    const fresh = await asked;
    if (fresh) show(ref, fresh);
  };
  // A failure (no meeting, no agenda, the request failed) paints nothing: React's view shows it as always.
  run().then(
    () => settle(),
    () => settle(),
  );
  return {
    get painted() {
      return paint?.painted ?? false;
    },
    settled,
  };
}
