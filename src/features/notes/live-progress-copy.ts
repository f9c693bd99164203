/**
 * The note-taker's live progress kept in Web Storage per meeting, so a reload restores "punkt N
 * started at T" even when the write to the list has not gone through yet (`pending`).
 */
import * as v from 'valibot';
import type { LiveProgress } from '../../domain/live-meeting';
import { meetingKeyOf } from '../../domain/meeting-identity';
import type { MeetingRef } from '../../domain/ports';

const PREFIX = 'punkt.notes-live.v1:';

/** The progress as this device last set or saw it; `pending` while the list has not got it yet. */
export interface ProgressCopy {
  progress: LiveProgress | null;
  pending: boolean;
}

// valibot, as the first open's row checks (src/graph/row-mapping.ts), so the note-taker's chunk needs no zod
// (issue #13: zod was about half of a 35 kB gzip chunk the note-taker's view imported for this alone).
const entrySchema = v.object({
  progress: v.nullable(v.object({ number: v.pipe(v.number(), v.integer()), startedAt: v.string() })),
  pending: v.boolean(),
});

const keyOf = (ref: MeetingRef) => `${PREFIX}${meetingKeyOf(ref)}`;

/**
 * The copy for `ref`, or null when there is none or it cannot be trusted. `movedFrom` is the start the
 * meeting's agenda is stored under when the organizer moved it (StoredAgenda.movedFrom): a copy kept
 * under that start before the move (a start not yet sent, `pending`) is then this meeting's, and is
 * moved to `ref`'s key so it is neither lost nor found again under the old start.
 */
export function readProgressCopy(storage: Storage | null, ref: MeetingRef, movedFrom?: string): ProgressCopy | null {
  const copy = readCopy(storage, ref);
  if (copy !== null || movedFrom === undefined) return copy;
  const old: MeetingRef = { iCalUId: ref.iCalUId, start: movedFrom };
  const moved = readCopy(storage, old);
  if (moved === null) return null;
  writeProgressCopy(storage, ref, moved);
  try {
    storage?.removeItem(keyOf(old));
  } catch {
    // Blocked storage: the old copy stays, and is moved again on the next open.
  }
  return moved;
}

function readCopy(storage: Storage | null, ref: MeetingRef): ProgressCopy | null {
  try {
    const raw = storage?.getItem(keyOf(ref));
    if (!raw) return null;
    const parsed = v.safeParse(entrySchema, JSON.parse(raw));
    if (!parsed.success) return null;
    const { progress, pending } = parsed.output;
    if (progress === null) return { progress: null, pending };
    const ms = Date.parse(progress.startedAt);
    return Number.isNaN(ms) ? null : { progress: { number: progress.number, startedAt: new Date(ms) }, pending };
  } catch {
    return null;
  }
}

/** Keeps the copy; a full or disabled storage only costs the restore after a reload. */
export function writeProgressCopy(storage: Storage | null, ref: MeetingRef, copy: ProgressCopy): void {
  try {
    const progress = copy.progress && { number: copy.progress.number, startedAt: copy.progress.startedAt.toISOString() };
    storage?.setItem(keyOf(ref), JSON.stringify({ progress, pending: copy.pending }));
  } catch {
    // Quota exceeded or storage disabled: the view still holds the progress in memory.
  }
}
