/**
 * Intents typed before the organizer moved the meeting. The outbox keys them by the meeting's key,
 * `iCalUId|start` (meeting-identity.ts); a moved meeting keeps its iCalUId but opens under its new
 * start (src/domain/moved-meeting.ts), so without this its pending decisions would sit under the old
 * key, never sent and never shown. They are moved to the new key before the engine starts, which then
 * sends them once as any intent left from a reload (their punkt ids are the punkter's ClientKeys, which
 * the secretary's re-keying keeps).
 */
import { meetingKeyOf } from '../../../domain/meeting-identity';
import type { StoredAgenda } from '../../../domain/ports';
import { isPending, type OutboxEntry, type OutboxStore } from './outbox';

/** Whether the entry holds something the note-taker still has to see sent or settled. */
const hasWork = (entry: OutboxEntry) => isPending(entry) || entry.conflict !== null;

/**
 * Whether an entry under another start of the agenda's iCalUId is this meeting's: every entry under
 * the start the agenda says it moved from, and, once the secretary's save has re-keyed the rows (no
 * `movedFrom` any more), an entry for one of the agenda's punkter. An entry of another occurrence that
 * shares the iCalUId (a backend that keys a series' occurrences by start alone) names other punkter.
 */
function isMovedHere(agenda: StoredAgenda, key: string): (entry: OutboxEntry) => boolean {
  const from = agenda.movedFrom === undefined ? null : meetingKeyOf({ iCalUId: agenda.ref.iCalUId, start: agenda.movedFrom });
  const punkter = new Set(agenda.items.map((stored) => stored.id));
  return (entry) => entry.meetingKey !== key && (entry.meetingKey === from || punkter.has(entry.itemId));
}

/**
 * Moves the agenda's intents stored under an earlier start of its meeting to its key now. An entry is
 * put under the new key first and deleted under the old one after, so a stop in between leaves it
 * under both (the next open moves it again), never under neither. Where the new key already holds an
 * entry for the punkt, the old one's work is carried over only when it is the later edit (or the new
 * key's is settled); an old entry with nothing to send is just removed. A put refused by another
 * panel's newer copy leaves the old entry for the next open.
 */
export async function adoptMovedIntents(outbox: OutboxStore, agenda: StoredAgenda): Promise<void> {
  const key = meetingKeyOf(agenda.ref);
  const moved = (await outbox.listOfICalUId(agenda.ref.iCalUId)).filter(isMovedHere(agenda, key));
  for (const old of moved) {
    const current = await outbox.get(key, old.itemId);
    const takeOld = hasWork(old) && (!current || !hasWork(current) || old.updatedAt > current.updatedAt);
    if (takeOld) {
      // Above the new key's revisions, so neither the store nor the engine takes it for an older copy.
      const revision = Math.max(old.revision, current?.revision ?? 0) + 1;
      const syncedRevision = isPending(old) ? old.syncedRevision : revision;
      const entry: OutboxEntry = { ...old, meetingKey: key, revision, syncedRevision };
      const result = await outbox.put(entry, current ? (current.stamp ?? null) : undefined);
      if (!result.ok) continue;
    } else if (!current && !hasWork(old)) {
      // A settled entry still tells the engine which earlier writes were its own; keep it with the meeting.
      const result = await outbox.put({ ...old, meetingKey: key });
      if (!result.ok) continue;
    }
    await outbox.delete(old.meetingKey, old.itemId);
  }
}
