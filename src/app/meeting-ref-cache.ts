/**
 * The standalone page's last resolved meeting, kept in Web Storage, so a reload can show that
 * meeting's cached agenda at once instead of first asking the calendar which meeting is next.
 * The host still answers (the calendar round trip runs in the background) and wins when it differs.
 * Outlook and Teams resolve the meeting from the open item or chat, which this cache cannot know.
 */
import type { MeetingRef } from '../domain/ports';

const PREFIX = 'punkt.meetingRef.v1:';

/**
 * A remembered meeting that started this long ago is not offered: it has most likely ended, and
 * the host would move on to the next one a moment later.
 */
export const STALE_AFTER_MS = 12 * 60 * 60 * 1000;

/** Reads and writes the last meeting of one address (`scope`: the `?meeting=` value, or '' for "next"). */
export interface MeetingRefCache {
  read(now: Date): MeetingRef | null;
  write(ref: MeetingRef | null): void;
}

/** A cache over `storage`; every failure (blocked storage, foreign data) reads as "nothing remembered". */
export function createMeetingRefCache(storage: Storage | null, scope: string): MeetingRefCache {
  const key = `${PREFIX}${scope}`;
  return {
    read(now) {
      if (!storage) return null;
      try {
        const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
        if (typeof value !== 'object' || value === null) return null;
        const { iCalUId, start } = value as Record<string, unknown>;
        if (typeof iCalUId !== 'string' || typeof start !== 'string' || iCalUId === '') return null;
        const startMs = Date.parse(start);
        if (Number.isNaN(startMs) || now.getTime() - startMs > STALE_AFTER_MS) return null;
        return { iCalUId, start };
      } catch {
        return null;
      }
    },
    write(ref) {
      if (!storage) return;
      try {
        if (ref) storage.setItem(key, JSON.stringify({ iCalUId: ref.iCalUId, start: ref.start }));
        else storage.removeItem(key);
      } catch {
        // Quota or blocked storage: the next open just asks the calendar first.
      }
    },
  };
}
