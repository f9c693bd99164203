/**
 * The last agenda seen per meeting, kept in Web Storage so the views (the managers' agenda, the
 * note-taker's editors) still have something to show offline or after a reload while offline.
 * A corrupt or foreign entry is ignored, never trusted: the view then shows the error.
 */
// valibot: small, tree-shaken checks built at no cost on the first open (issue #13).
import * as v from 'valibot';
import { withoutClosedContent } from '../domain/closed-redaction';
import { isKeyOfICalUId, meetingKeyOf, meetingKeyPrefix } from '../domain/meeting-identity';
import type { MeetingRef, StoredAgenda } from '../domain/ports';

const PREFIX = 'punkt.agenda.v1:';

/** What is stored: the agenda and when it was fetched (ISO instant). */
export interface CachedAgenda {
  fetchedAt: string;
  agenda: StoredAgenda;
}

// The envelope and what the views rely on (ids, ETags, numbers) are checked; loose objects keep
// every other field: the agenda itself was written by this code from a repository result.
const entrySchema = v.object({
  fetchedAt: v.string(),
  agenda: v.looseObject({
    meetingId: v.string(),
    ref: v.object({ iCalUId: v.string(), start: v.string() }),
    meeting: v.looseObject({ forum: v.string(), date: v.string(), start: v.string(), items: v.array(v.unknown()) }),
    items: v.array(
      v.looseObject({
        id: v.string(),
        etag: v.string(),
        readable: v.boolean(),
        item: v.looseObject({ number: v.pipe(v.number(), v.finite()) }),
      }),
    ),
  }),
});

/** The storage key of one meeting occurrence (the same identity as the lists' MeetingKey). */
export function cacheKey(ref: MeetingRef): string {
  return `${PREFIX}${meetingKeyOf(ref)}`;
}

/** The storage keys of the copies kept under `ref`'s iCalUId at any start. */
function keysOfICalUId(storage: Storage, ref: MeetingRef): string[] {
  const prefix = `${PREFIX}${meetingKeyPrefix(ref)}`;
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(prefix) && isKeyOfICalUId(key.slice(PREFIX.length), ref.iCalUId)) keys.push(key);
  }
  return keys;
}

/**
 * Removes the copies of `agenda`'s meeting kept under an earlier start (the organizer moved it:
 * moved-meeting.ts): the one under the start it says it moved from, and one whose agenda is the same
 * stored meeting (its meeting row) once the secretary's save has re-keyed it. Left there, such a copy
 * would be shown, at the old times, to whoever opens the meeting by its old start without network.
 * Another occurrence sharing the iCalUId has a meeting row of its own, and is kept.
 */
function removeMovedCopies(storage: Storage, ref: MeetingRef, agenda: StoredAgenda): void {
  const own = cacheKey(ref);
  const from = agenda.movedFrom === undefined ? null : cacheKey({ iCalUId: ref.iCalUId, start: agenda.movedFrom });
  for (const key of keysOfICalUId(storage, ref)) {
    if (key === own) continue;
    if (key === from || sameStoredMeeting(storage.getItem(key), agenda.meetingId)) storage.removeItem(key);
  }
}

/** Whether a stored copy is of the meeting row `meetingId`. */
function sameStoredMeeting(raw: string | null, meetingId: string): boolean {
  try {
    const parsed = v.safeParse(entrySchema, JSON.parse(raw ?? 'null'), { abortEarly: true });
    return parsed.success && parsed.output.agenda.meetingId === meetingId;
  } catch {
    return false;
  }
}

/** Reads and writes cached agendas in `storage` (localStorage in the app, a fake in tests). */
export function createAgendaCache(storage: Storage | null) {
  return {
    read(ref: MeetingRef): CachedAgenda | null {
      if (!storage) return null;
      try {
        const raw = storage.getItem(cacheKey(ref));
        if (!raw) return null;
        const parsed = v.safeParse(entrySchema, JSON.parse(raw), { abortEarly: true });
        return parsed.success ? (parsed.output as unknown as CachedAgenda) : null;
      } catch {
        return null;
      }
    },
    /** Forgets a meeting's copy (its agenda is gone), so it is not shown again while revalidating. */
    remove(ref: MeetingRef): void {
      try {
        storage?.removeItem(cacheKey(ref));
      } catch {
        // Blocked storage: nothing was kept either.
      }
    },
    write(ref: MeetingRef, agenda: StoredAgenda, fetchedAt: Date): void {
      if (!storage) return;
      try {
        // Closed punkter's content never goes to the device (the next user of a shared PC may not read it).
        storage.setItem(
          cacheKey(ref),
          JSON.stringify({ fetchedAt: fetchedAt.toISOString(), agenda: withoutClosedContent(agenda) } satisfies CachedAgenda),
        );
        removeMovedCopies(storage, ref, agenda);
      } catch {
        // Quota exceeded or storage blocked: the cache is a convenience, the view works without it.
      }
    },
  };
}

export type AgendaCache = ReturnType<typeof createAgendaCache>;
