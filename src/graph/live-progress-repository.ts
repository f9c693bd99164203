/**
 * The live progress of a meeting on its PunktMeetings row (LiveProgressStore from src/domain/ports.ts).
 * Reading is one small GET (the row id and the two columns), cheap enough for the managers' view to
 * poll. The meetings list is addressed by title, as the agenda load does; only when the title is not
 * found is its id looked up.
 */
import type { LiveProgress } from '../domain/live-meeting';
import type { LiveProgressStore } from '../domain/ports';
import type { GraphClient } from './client';
import { isGraphError } from './errors';
import { movedProgressRowsQuery, progressFromFields, progressRowQuery, progressToFields } from './live-progress';
import { meetingRowOrMoved } from './moved-rows';
import type { Row } from './row-mapping';
import { meetingKey } from './list-definitions';
import { meetingsList } from './meeting-repository';

/** A typed error for writing progress to a meeting that has no agenda (no row to write on). */
export class NoAgendaError extends Error {
  constructor(key: string) {
    super(`The meeting ${key} has no agenda to store its live progress on`);
    this.name = 'NoAgendaError';
  }
}

const sameProgress = (a: LiveProgress | null, b: LiveProgress | null): boolean =>
  a === null || b === null ? a === b : a.number === b.number && Math.abs(a.startedAt.getTime() - b.startedAt.getTime()) < 1000;

/** Creates the store for one site. */
export function createLiveProgressRepository(client: GraphClient, options: { siteId: string }): LiveProgressStore {
  const list = meetingsList(client, options.siteId);
  const rowIds = new Map<string, string>();

  async function findRow(key: string): Promise<Row | null> {
    const row = await meetingRowOrMoved(key, list.rows, { exact: progressRowQuery(key), moved: movedProgressRowsQuery });
    if (row) rowIds.set(key, row.id);
    else rowIds.delete(key);
    return row;
  }

  return {
    async readProgress(ref) {
      const row = await findRow(meetingKey(ref));
      return row ? progressFromFields(row.fields) : null;
    },

    async writeProgress(ref, progress) {
      const key = meetingKey(ref);
      const id = rowIds.get(key) ?? (await findRow(key))?.id;
      if (id === undefined) throw new NoAgendaError(key);
      try {
        // No If-Match on purpose: "which punkt is on now" is one fact, and the last writer is right.
        // An ETag check would refuse a note-taker's mark because the secretary saved the header.
        await client.send({
          method: 'PATCH',
          path: `${list.path()}/items/${encodeURIComponent(id)}/fields`,
          body: progressToFields(progress),
          // A PATCH without If-Match is not resent blindly: after a lost attempt, done if the row holds our values.
          recover: async () => {
            const row = await findRow(key);
            return row && sameProgress(progressFromFields(row.fields), progress) ? row : null;
          },
        });
      } catch (error) {
        // The row is gone (agenda deleted and saved again): find it afresh next time.
        if (isGraphError(error) && error.status === 404) rowIds.delete(key);
        throw error;
      }
    },
  };
}
