/**
 * Whether the host opened a recurring meeting's whole series (Outlook), so the secretary's view can
 * say that the agenda shown is the next occurrence's, or that the series has none left.
 */
import { useEffect, useState } from 'react';
import type { MeetingHost, SeriesOpened } from '../../../domain/host-port';
import type { MeetingRef } from '../../../domain/ports';

/** The host's answer for the meeting now open; null when it is no series (or the host cannot tell). */
export function useSeriesOpened(host: MeetingHost, meetingRef: MeetingRef | null): SeriesOpened | null {
  const [opened, setOpened] = useState<SeriesOpened | null>(null);
  useEffect(() => {
    if (!host.seriesOpened) return;
    let live = true;
    // A failed lookup is the meeting's error, shown by the shell; here it only means no notice.
    host.seriesOpened().then(
      (found) => live && setOpened(found),
      () => live && setOpened(null),
    );
    return () => {
      live = false;
    };
  }, [host, meetingRef]);
  return opened;
}

/** An ISO instant's calendar date in Copenhagen, `YYYY-MM-DD` (en-CA writes dates that way). */
export function localDateOf(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(iso));
}
