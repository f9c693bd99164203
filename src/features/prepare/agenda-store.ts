/**
 * Finds the write side of the agenda port. The app's services type `agenda` as the read-only
 * AgendaSource; the Graph repository behind it is also an AgendaStore (src/graph/agenda-repository.ts),
 * so the secretary's view checks for saveAgenda instead of widening the shared services type.
 */
import type { AgendaSource, AgendaStore } from '../../domain/ports';

/** The source as an AgendaStore when it can save, else null (the view then says it cannot save). */
export function asAgendaStore(source: AgendaSource): AgendaStore | null {
  const candidate = source as Partial<AgendaStore>;
  return typeof candidate.saveAgenda === 'function' ? (source as AgendaStore) : null;
}
