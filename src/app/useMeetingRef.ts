/** The host's open meeting as React state, following changes (Outlook ItemChanged, the picker). */
import { useCallback, useEffect, useState } from 'react';
import type { MeetingRef } from '../domain/ports';
import type { MeetingHost } from '../hosts/host';

export type MeetingRefState = { status: 'loading' } | { status: 'ready'; ref: MeetingRef | null } | { status: 'error'; error: unknown };

/** Resolves the host's meeting; `retry` asks again after an error. */
export function useMeetingRef(host: MeetingHost): { state: MeetingRefState; retry: () => void } {
  const [state, setState] = useState<MeetingRefState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    host.getMeetingRef().then(
      (ref) => live && setState({ status: 'ready', ref }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    const stop = host.onMeetingChanged((ref) => {
      if (live) setState({ status: 'ready', ref });
    });
    return () => {
      live = false;
      stop();
    };
  }, [host, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
