/**
 * The host's answer to "which meeting?" as main.tsx got it before starting React, so the shell's first
 * render (useMeetingRef) starts from it instead of a skeleton: after the static first paint, React's first
 * commit must show the agenda again, not a loading state (issue #13). useMeetingRef still asks the host
 * and follows its changes.
 */
import type { MeetingHost } from '../../domain/host-port';
import type { MeetingRef } from '../../domain/ports';

const settled = new WeakMap<MeetingHost, MeetingRef | null>();

/** Remembers `ref` as `host`'s answer. */
export function rememberMeetingRef(host: MeetingHost, ref: MeetingRef | null): void {
  settled.set(host, ref);
}

/** `host`'s remembered answer; undefined when main.tsx had none before React. */
export function settledMeetingRef(host: MeetingHost): MeetingRef | null | undefined {
  return settled.has(host) ? settled.get(host) : undefined;
}
