/**
 * The seed version recorded in a data folder, so a folder seeded by another Punkt is told apart
 * instead of silently serving demo data of another shape.
 *
 * A folder from an older seed (or from before versions were recorded, read as version 0) is kept
 * as it is: it may hold the user's own agendas, decisions and files, and a demo user does not
 * expect an upgrade to throw them away. Only the seed's additive refresh runs (refreshDemoData),
 * and every start says that the folder is older and that deleting it starts again from the current
 * seed. The marker stays old until then, so the notice does not disappear after one start.
 * A folder from a newer seed is refused: this Punkt does not know that shape and could write its
 * older one into it.
 */
import type { DocumentStore } from './store';

/** The store document holding the marker (a kind no Graph route serves). */
const KIND = 'punkt-meta';
const ID = 'seed';

interface SeedMarker {
  version: number;
  seededAt: string;
}

/** The seed version recorded in `store`; 0 for a folder seeded before versions were recorded. */
export function recordedSeedVersion(store: DocumentStore): number {
  return store.get<SeedMarker>(KIND, ID)?.version ?? 0;
}

/** Records that `store` now holds the demo data of seed `version`. */
export function recordSeedVersion(store: DocumentStore, version: number, now: Date): void {
  store.write((tx) => tx.put(KIND, ID, { version, seededAt: now.toISOString() } satisfies SeedMarker));
}

/** The data folder was seeded by a newer Punkt than this one. */
export class NewerSeedError extends Error {
  constructor(
    readonly recorded: number,
    readonly known: number,
    folder: string,
  ) {
    super(
      `local graph: the demo data in ${folder} was made by a newer Punkt (seed version ${recorded}; this one knows up to ${known}). ` +
        `Start the newer Punkt, or give this one another folder (PUNKT_DATA_DIR=DIR npm start), or delete ${folder} to start again from this seed (its changes are lost).`,
    );
    this.name = 'NewerSeedError';
  }
}

/** The notice for a folder from an older seed, `recorded`, kept as it is under seed `known`. */
export function olderSeedNotice(recorded: number, known: number, folder: string): string {
  const made = recorded === 0 ? 'before seed versions were recorded' : `by seed version ${recorded}`;
  return (
    `local graph: the demo data in ${folder} was made ${made}; this Punkt seeds version ${known}. ` +
    `It is kept as it is, with your changes, and only brought up to date where that adds something. ` +
    `Delete ${folder} to start again from the current seed (your changes in it are lost).`
  );
}
