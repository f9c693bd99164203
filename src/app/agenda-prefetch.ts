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
 * An AgendaSource that can also tell an answer it already holds, without waiting: the view's first render
 * (useMeetingAgenda) starts from it, so React's first commit shows the agenda the static first paint
 * showed (src/app/first-paint), not a skeleton, and a cold open saves the render from skeleton to list.
 */
export interface PrefetchingSource extends AgendaSource {
  /** The prefetched answer for `ref` if it has arrived and not been handed out (null: the meeting has no agenda); undefined otherwise. */
  settledAgenda(ref: MeetingRef): StoredAgenda | null | undefined;
}

interface Waiting {
  at: number;
  agenda: Promise<StoredAgenda | null>;
  /** Set once `agenda` has fulfilled. */
  settled?: { agenda: StoredAgenda | null };
  /** Its settled answer was told (a view started from it): the view's load gets that answer, however old. */
  told?: boolean;
}

/**
 * Wraps `source` as an AgendaSource only: the views save through the services' own agendaStore.
 * Each prefetched answer is handed out once, so a later reload or retry asks again. `prefetch` returns
 * the request it started or joined (null when the view has just asked itself), for the first paint.
 */
export function prefetchingAgenda(
  source: AgendaSource,
  clock: () => number = Date.now,
): { source: PrefetchingSource; prefetch(ref: MeetingRef): Promise<StoredAgenda | null> | null } {
  const waiting = new Map<string, Waiting>();
  // When the view asked first (a warm open starts from the remembered meeting), a prefetch is late.
  const asked = new Map<string, number>();
  const loadAgenda = (ref: MeetingRef): Promise<StoredAgenda | null> => {
    const key = keyOf(ref);
    asked.set(key, clock());
    const hit = waiting.get(key);
    waiting.delete(key);
    if (hit && (hit.told || clock() - hit.at < PREFETCH_TTL_MS)) return hit.agenda;
    return source.loadAgenda(ref);
  };
  // Told however old: it is what the static first paint shows. A view that starts from it takes that same answer
  // over when it loads, never a second, newer one: a second answer would replace what the user is already working
  // on (the note-taker's fields went back to placeholders mid-typing, the secretary's form to the stored version).
  const settledAgenda = (ref: MeetingRef): StoredAgenda | null | undefined => {
    const entry = waiting.get(keyOf(ref));
    if (!entry?.settled) return undefined;
    entry.told = true;
    return entry.settled.agenda;
  };
  return {
    source: { loadAgenda, settledAgenda },
    prefetch(ref) {
      const key = keyOf(ref);
      const askedAt = asked.get(key);
      const already = waiting.get(key);
      if (already) return already.agenda;
      if (askedAt !== undefined && clock() - askedAt < PREFETCH_TTL_MS) return null;
      const agenda = source.loadAgenda(ref);
      const entry: Waiting = { at: clock(), agenda };
      agenda.then(
        (answer) => (entry.settled = { agenda: answer }),
        // Nobody may come for it (the user moved on): its failure is the view's to report, not the console's.
        () => undefined,
      );
      waiting.set(key, entry);
      return agenda;
    },
  };
}
