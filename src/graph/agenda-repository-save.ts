/**
 * The agenda repository's save (the secretary's write side: planning the row writes, the clash
 * checks, moving a closing punkt's Bilag). agenda-repository.ts loads this module with the first save,
 * so a first open, which only reads, neither downloads nor evaluates it (issue #13).
 */
import type { Meeting } from '../domain/meeting';
import type { MeetingRef, SaveAgendaOptions, StoredAgenda } from '../domain/ports';
import { createAgendaSaver, type SaverDeps } from './agenda-save';
import { relocateBilag } from './bilag-moves';

/** AgendaStore.saveAgenda for one repository: its reads, and the Bilag moves of this session. */
export function createRepositorySave(
  deps: Omit<SaverDeps, 'relocateBilag'> & { siteId: string },
): (ref: MeetingRef, meeting: Meeting, options?: SaveAgendaOptions) => Promise<StoredAgenda> {
  const { client, siteId } = deps;
  const movedBilag = new Map<string, { name: string; url: string }>();
  const leftClosed = new Set<string>();
  return createAgendaSaver({
    client,
    fetchRows: deps.fetchRows,
    assemble: deps.assemble,
    relocateBilag: async (meeting, rows, direction) => {
      // A link a closed punkt's stored content holds may point into the restricted folder (a reopening);
      // so may one whose move back failed in an earlier save of this session.
      const held = JSON.stringify(rows.closedRows);
      const moved = await relocateBilag(client, siteId, meeting, (url) => held.includes(url) || leftClosed.has(url), movedBilag, direction);
      if (direction === 'open') {
        leftClosed.clear();
        for (const b of moved.unmoved) leftClosed.add(b.url);
      }
      return moved;
    },
  });
}
