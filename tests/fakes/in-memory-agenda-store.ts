/**
 * In-memory AgendaStore for the secretary's view: the InMemoryAgendaSource plus saveAgenda,
 * with a log of what was saved, a switch to fail the next saves and a hold to keep them pending.
 */
import type { Meeting } from '../../src/domain/meeting';
import type { AgendaStore, MeetingRef, StoredAgenda } from '../../src/domain/ports';
import { InMemoryAgendaSource } from './in-memory-agenda';

export class InMemoryAgendaStore extends InMemoryAgendaSource implements AgendaStore {
  readonly saves: Array<{ ref: MeetingRef; meeting: Meeting }> = [];
  /** When set, saves reject with this error (the load switches of the base class are separate). */
  failSavesWith: unknown = null;
  /** When set, saves wait for this promise first. */
  holdSaves: Promise<void> | null = null;
  private revision = 0;

  async saveAgenda(ref: MeetingRef, meeting: Meeting): Promise<StoredAgenda> {
    if (this.holdSaves) await this.holdSaves;
    if (this.failSavesWith) throw this.failSavesWith;
    this.revision += 1;
    const copy = structuredClone(meeting);
    this.saves.push({ ref, meeting: copy });
    const stored: StoredAgenda = {
      meetingId: `meeting-${ref.iCalUId}`,
      etag: `"${this.revision}"`,
      ref,
      meeting: copy,
      items: copy.items.map((item) => ({ id: `item-${item.number}`, etag: `"${this.revision}"`, item, readable: true })),
    };
    this.put(stored);
    return structuredClone(stored);
  }
}
