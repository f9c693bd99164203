/**
 * The last agenda the note-taker's view loaded, kept in Web Storage so a reload while offline
 * still shows the editors (the outbox holds the decisions themselves). A corrupt entry is ignored.
 * The managers' view keeps its own copy; a shared cache in src/ui would serve both.
 */
import { z } from 'zod';
import { withoutClosedContent } from '../../domain/closed-redaction';
import type { MeetingRef, StoredAgenda } from '../../domain/ports';

const PREFIX = 'punkt.notes-agenda.v1:';

const entrySchema = z.object({
  fetchedAt: z.string(),
  agenda: z.looseObject({
    meetingId: z.string(),
    ref: z.object({ iCalUId: z.string(), start: z.string() }),
    meeting: z.looseObject({ forum: z.string(), date: z.string(), start: z.string(), items: z.array(z.unknown()) }),
    items: z.array(z.looseObject({ id: z.string(), etag: z.string(), readable: z.boolean(), item: z.looseObject({ number: z.number() }) })),
  }),
});

/** A copy of an agenda and when it was fetched (ISO instant). */
export interface AgendaCopy {
  fetchedAt: string;
  agenda: StoredAgenda;
}

const keyOf = (ref: MeetingRef) => `${PREFIX}${ref.iCalUId}|${ref.start}`;

/** Reads the copy for `ref`, or null when there is none or it cannot be trusted. */
export function readAgendaCopy(storage: Storage | null, ref: MeetingRef): AgendaCopy | null {
  try {
    const raw = storage?.getItem(keyOf(ref));
    if (!raw) return null;
    const parsed = entrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as unknown as AgendaCopy) : null;
  } catch {
    return null;
  }
}

/** Keeps a copy; a full or disabled storage only costs the offline fallback. */
export function writeAgendaCopy(storage: Storage | null, agenda: StoredAgenda, fetchedAt: Date): void {
  try {
    // Closed punkter's content never goes to the device (the next user of a shared PC may not read it).
    storage?.setItem(keyOf(agenda.ref), JSON.stringify({ fetchedAt: fetchedAt.toISOString(), agenda: withoutClosedContent(agenda) } satisfies AgendaCopy));
  } catch {
    // Quota exceeded or storage disabled: nothing else depends on the copy.
  }
}
