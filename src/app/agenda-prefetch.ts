/**
 * The agenda of the panel's meeting is asked for as soon as the host knows the meeting, before
 * React has rendered the view that needs it: the view's own request then takes over the one in
 * flight instead of starting a second round trip (one Graph $batch per panel open, not two).
 */
import { meetingKeyOf } from '../domain/meeting-identity';
import type { AgendaSource, MeetingRef, StoredAgenda } from '../domain/ports';

/** How long a prefetched answer waits for the view; after that the view asks Graph itself. */
export const PREFETCH_TTL_MS = 10_000;

const keyOf = meetingKeyOf;

/**
 * Wraps `source` as an AgendaSource only: the views save through the services' own agendaStore.
 * Each prefetched answer is handed out once, so a later reload or retry asks again.
 */
export function prefetchingAgenda(
  source: AgendaSource,
  clock: () => number = Date.now,
): { source: AgendaSource; prefetch(ref: MeetingRef): void } {
  const waiting = new Map<string, { at: number; agenda: Promise<StoredAgenda | null> }>();
  // When the view asked first (a warm open starts from the remembered meeting), a prefetch is late.
  const asked = new Map<string, number>();
  const loadAgenda = (ref: MeetingRef): Promise<StoredAgenda | null> => {
    const key = keyOf(ref);
    asked.set(key, clock());
    const hit = waiting.get(key);
    waiting.delete(key);
    if (hit && clock() - hit.at < PREFETCH_TTL_MS) return hit.agenda;
    return source.loadAgenda(ref);
  };
  return {
    source: { loadAgenda },
    prefetch(ref) {
      const key = keyOf(ref);
      const askedAt = asked.get(key);
      if (waiting.has(key) || (askedAt !== undefined && clock() - askedAt < PREFETCH_TTL_MS)) return;
      const agenda = source.loadAgenda(ref);
      // Nobody may come for it (the user moved on): its failure is the view's to report, not the console's.
      agenda.catch(() => undefined);
      waiting.set(key, { at: clock(), agenda });
    },
  };
}
