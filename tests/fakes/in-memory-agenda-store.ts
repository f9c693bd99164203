/**
 * In-memory AgendaStore for the secretary's view: the InMemoryAgendaSource plus saveAgenda,
 * with a log of what was saved, a switch to fail the next saves and a hold to keep them pending.
 * A save is checked against its base with the repository's own rules (src/graph/agenda-clash.ts):
 * a decision written meanwhile is kept, a clash throws AgendaConflictError, deleting a punkt with
 * a decision the base never held throws PunktHasDecisionError.
 */
import type { Meeting } from '../../src/domain/meeting';
import type { AgendaStore, MeetingRef, SaveAgendaOptions, StoredAgenda } from '../../src/domain/ports';
import { checkClashes, matchItems } from '../../src/graph/agenda-clash';
import { InMemoryAgendaSource } from './in-memory-agenda';

export class InMemoryAgendaStore extends InMemoryAgendaSource implements AgendaStore {
  readonly saves: Array<{ ref: MeetingRef; meeting: Meeting }> = [];
  /** When set, saves reject with this error (the load switches of the base class are separate). */
  failSavesWith: unknown = null;
  /** When set, saves wait for this promise first. */
  holdSaves: Promise<void> | null = null;
  private revision = 0;

  async saveAgenda(ref: MeetingRef, meeting: Meeting, options: SaveAgendaOptions = {}): Promise<StoredAgenda> {
    if (this.holdSaves) await this.holdSaves;
    if (this.failSavesWith) throw this.failSavesWith;
    const stored0 = this.agendas.get(`${ref.iCalUId}|${ref.start}`);
    const current = stored0 ? structuredClone(stored0) : null;
    const stored = current?.items ?? [];
    const matched = matchItems(options.base ? options.base.items : stored, meeting.items);
    if (options.base !== undefined) {
      checkClashes({
        base: options.base,
        currentHeader: current?.meeting ?? null,
        headerIsOurs: false,
        current: stored,
        draft: meeting,
        matched,
        ours: new Set(),
        force: options.force === true,
      });
    }
    this.revision += 1;
    const byId = new Map(stored.map((s) => [s.id, s.item]));
    // The decision of a kept punkt is the stored one, never the draft's (the note-taker writes it).
    const items = meeting.items.map((item, index) => {
      const id = matched.get(index);
      const kept = id === undefined ? undefined : byId.get(id);
      const decided = kept ? { ...item, decision: kept.decision, status: kept.status, postponedTo: kept.postponedTo } : item;
      return { id: id ?? `item-${this.revision}-${index}`, etag: `"${this.revision}"`, item: structuredClone(decided), readable: true };
    });
    const copy: Meeting = { ...structuredClone(meeting), items: items.map((i) => i.item) };
    this.saves.push({ ref, meeting: copy });
    const saved: StoredAgenda = { meetingId: `meeting-${ref.iCalUId}`, etag: `"${this.revision}"`, ref, meeting: copy, items };
    this.put(saved);
    return structuredClone(saved);
  }
}
