/**
 * In-memory AgendaSource and CalendarSource for tests: agendas keyed like the lists' MeetingKey,
 * a call log, and switches to fail the next loads (offline, Graph errors) or hold them (loading).
 */
import type { AgendaSource, CalendarEvent, CalendarSource, MeetingRef, StoredAgenda } from '../../src/domain/ports';

const keyOf = (ref: MeetingRef) => `${ref.iCalUId}|${ref.start}`;

export class InMemoryAgendaSource implements AgendaSource {
  readonly loads: MeetingRef[] = [];
  protected readonly agendas = new Map<string, StoredAgenda>();
  /** When set, loads reject with this error. */
  failWith: unknown = null;
  /** When set, loads wait for this promise first. */
  hold: Promise<void> | null = null;

  put(agenda: StoredAgenda): this {
    this.agendas.set(keyOf(agenda.ref), agenda);
    return this;
  }

  async loadAgenda(ref: MeetingRef): Promise<StoredAgenda | null> {
    this.loads.push(ref);
    if (this.hold) await this.hold;
    if (this.failWith) throw this.failWith;
    // A copy, as a real backend would return fresh objects.
    const agenda = this.agendas.get(keyOf(ref));
    return agenda ? structuredClone(agenda) : null;
  }
}

export class InMemoryCalendar implements CalendarSource {
  readonly requests: Array<{ from: string; to: string }> = [];
  constructor(readonly events: CalendarEvent[] = []) {}

  async listEvents(fromIso: string, toIso: string): Promise<CalendarEvent[]> {
    this.requests.push({ from: fromIso, to: toIso });
    return this.events.filter((e) => e.start >= fromIso && e.start < toIso).sort((a, b) => a.start.localeCompare(b.start));
  }

  async getEvent(id: string): Promise<CalendarEvent> {
    const event = this.events.find((e) => e.id === id);
    if (!event) throw Object.assign(new Error(`no event ${id}`), { status: 404, code: 'ErrorItemNotFound', requestId: null });
    return event;
  }
}
