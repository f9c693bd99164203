/**
 * Whether the shell offers the meeting choice, and why: the standalone page always does; a host
 * that looks the meeting up (Teams) does once its lookup found none, and keeps offering it after
 * the user chose one, so they can choose again.
 */
import { useEffect, useState } from 'react';
import type { MeetingHost, MeetingProblem } from '../domain/host-port';

/** `offered`: show the picker; `problem`: why the host has no meeting (null when it found one). */
export function useMeetingProblem(host: MeetingHost): { offered: boolean; problem: MeetingProblem | null } {
  const [problem, setProblem] = useState<MeetingProblem | null>(null);
  useEffect(() => {
    if (!host.meetingProblem) return;
    let live = true;
    // A failed lookup is the view's error to show (useMeetingRef gets the same rejection).
    host.meetingProblem().then(
      (found) => live && found && setProblem(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  const offered = !!host.selectMeeting && (!host.meetingProblem || problem !== null);
  return { offered, problem };
}
