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
import { parseMeetingKey } from '../domain/meeting-identity';
import { movedMeetingRow } from './moved-rows';
import type { Row } from './row-mapping';
import { MEETINGS_LIST, meetingKey } from './list-definitions';
import { createSiteLists } from './meeting-repository';

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
  const lists = createSiteLists(client, options.siteId);
  const byTitle = `/sites/${encodeURIComponent(options.siteId)}/lists/${encodeURIComponent(MEETINGS_LIST.displayName)}`;
  let byId: string | null = null;
  const rowIds = new Map<string, string>();

  /** One page of rows: the queries ask for one row, or the few of one iCalUId. */
  async function rowsOf(query: string): Promise<Row[]> {
    const page = (path: string) => client.get<{ value?: Row[] }>(`${path}${query}`).then((p) => p.value ?? []);
    try {
      return await page(byId ?? byTitle);
    } catch (error) {
      if (byId !== null || !isGraphError(error) || error.status !== 404) throw error;
      // The list is not found by title (renamed?): look its id up (ListMissingError if it is gone).
      byId = await lists.path(MEETINGS_LIST);
      return page(byId);
    }
  }

  async function findRow(key: string): Promise<Row | null> {
    let row: Row | null = (await rowsOf(progressRowQuery(key)))[0] ?? null;
    // A meeting moved since its agenda was saved keeps its row under the old start (moved-rows.ts).
    const ref = row === null ? parseMeetingKey(key) : null;
    if (ref !== null) row = movedMeetingRow(await rowsOf(movedProgressRowsQuery(ref.iCalUId)), ref.iCalUId)?.row ?? null;
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
          path: `${byId ?? byTitle}/items/${encodeURIComponent(id)}/fields`,
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
