/**
 * The last agenda seen per meeting, kept in Web Storage so the views (the managers' agenda, the
 * note-taker's editors) still have something to show offline or after a reload while offline.
 * A corrupt or foreign entry is ignored, never trusted: the view then shows the error.
 */
// zod/mini: the same checks, tree-shaken, so the first open does not download all of zod (issue #13).
import { z } from 'zod/mini';
import { withoutClosedContent } from '../domain/closed-redaction';
import { meetingKeyOf } from '../domain/meeting-identity';
import type { MeetingRef, StoredAgenda } from '../domain/ports';

const PREFIX = 'punkt.agenda.v1:';

/** What is stored: the agenda and when it was fetched (ISO instant). */
export interface CachedAgenda {
  fetchedAt: string;
  agenda: StoredAgenda;
}

// The envelope and what the views rely on (ids, ETags, numbers) are checked; loose objects keep
// every other field: the agenda itself was written by this code from a repository result.
const entrySchema = z.object({
  fetchedAt: z.string(),
  agenda: z.looseObject({
    meetingId: z.string(),
    ref: z.object({ iCalUId: z.string(), start: z.string() }),
    meeting: z.looseObject({ forum: z.string(), date: z.string(), start: z.string(), items: z.array(z.unknown()) }),
    items: z.array(z.looseObject({ id: z.string(), etag: z.string(), readable: z.boolean(), item: z.looseObject({ number: z.number() }) })),
  }),
});

/** The storage key of one meeting occurrence (the same identity as the lists' MeetingKey). */
export function cacheKey(ref: MeetingRef): string {
  return `${PREFIX}${meetingKeyOf(ref)}`;
}

/** Reads and writes cached agendas in `storage` (localStorage in the app, a fake in tests). */
export function createAgendaCache(storage: Storage | null) {
  return {
    read(ref: MeetingRef): CachedAgenda | null {
      if (!storage) return null;
      try {
        const raw = storage.getItem(cacheKey(ref));
        if (!raw) return null;
        const parsed = entrySchema.safeParse(JSON.parse(raw));
        return parsed.success ? (parsed.data as unknown as CachedAgenda) : null;
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
      } catch {
        // Quota exceeded or storage blocked: the cache is a convenience, the view works without it.
      }
    },
  };
}

export type AgendaCache = ReturnType<typeof createAgendaCache>;
