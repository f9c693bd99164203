/**
 * Whether the signed-in user may approve the open meeting's referat as its chair (approvalRight in the
 * domain): the meeting's calendar event (organizer) and the host's user (mail). Asked only where the
 * user could approve at all (`enabled`), so the other views cost no calendar request.
 */
import { useEffect, useState } from 'react';
import type { MeetingRef } from '../domain/ports';
import { approvalRight } from '../domain/referat/approval';
import { useServices } from './services';
import { useMeetingEvent } from './useMeetingEvent';

/** 'chair', 'not-chair', 'unknown' (no event: the list's permissions decide); undefined while asked. */
export function useApprovalRight(ref: MeetingRef | null, enabled: boolean): ReturnType<typeof approvalRight> | undefined {
  const { host } = useServices();
  const event = useMeetingEvent(ref, enabled);
  const [email, setEmail] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    host.getUser().then(
      (user) => live && setEmail(user?.email ?? null),
      () => live && setEmail(null),
    );
    return () => {
      live = false;
    };
  }, [host, enabled]);

  if (!enabled) return 'unknown';
  if (event === undefined || email === undefined) return undefined;
  return approvalRight(event, email);
}
