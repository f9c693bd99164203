/**
 * The service's durable store: JSON documents keyed by (kind, id) in one SQLite file
 * (node-sqlite3-wasm, which writes through Node's fs with a real fsync), mirrored in memory for
 * reads. Each request's writes go in one transaction that is committed, and so on disk, before
 * the response is sent: a write acknowledged with 2xx survives `kill -9`.
 */
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as Sqlite from 'node-sqlite3-wasm';
import { ownerIsLive } from './owner-liveness';

// node-sqlite3-wasm is a CommonJS module without an ESM entry point.
const require = createRequire(import.meta.url);
const { Database } = require('node-sqlite3-wasm') as typeof Sqlite;
type Database = InstanceType<typeof Database>;

/** The writes of one request; applied together or not at all. */
export interface Transaction {
  put(kind: string, id: string, data: unknown): void;
  delete(kind: string, id: string): void;
}

type Op = { kind: string; id: string; data: unknown | undefined };

const OWNER_FILE = 'owner.pid';

/**
 * Refuses a directory another live process uses: two writers would break the lock clean-up below.
 * A dead owner is simply replaced, and so is a killed one that is still a zombie, or a pid now
 * reused by a process that does not hold the database (see owner-liveness.ts): a supervisor's
 * immediate restart after `kill -9` must work.
 */
function checkOwner(dataDir: string, dbFile: string): void {
  let owner = NaN;
  try {
    owner = Number(readFileSync(join(dataDir, OWNER_FILE), 'utf8').trim());
  } catch {
    // No owner yet.
  }
  if (Number.isInteger(owner) && owner !== process.pid && ownerIsLive(owner, dbFile)) {
    throw new Error(`The data directory ${dataDir} is in use by process ${owner}.`);
  }
}

/** Documents by kind and id, persisted in `DIR/graph.sqlite`. */
export class DocumentStore {
  private readonly docs = new Map<string, Map<string, unknown>>();

  private constructor(
    private readonly db: Database,
    private readonly dataDir: string,
  ) {
    for (const row of db.all('SELECT kind, id, data FROM docs ORDER BY rowid') as { kind: string; id: string; data: string }[]) {
      this.bucket(row.kind).set(row.id, JSON.parse(row.data));
    }
  }

  /** Opens (or creates) the store in a directory. Only one process may use a directory at a time. */
  static open(dataDir: string): DocumentStore {
    mkdirSync(dataDir, { recursive: true });
    // The real path, as /proc/PID/fd shows the owner's open database file.
    const file = join(realpathSync(dataDir), 'graph.sqlite');
    checkOwner(dataDir, file);
    // The wasm VFS locks with a `<file>.lock` directory; a killed process leaves it behind, and
    // the next open would then see SQLITE_BUSY forever. We are the only user of DIR, so clear it.
    rmSync(`${file}.lock`, { recursive: true, force: true });
    const db = new Database(file);
    // The VFS has no shared memory, so WAL is out; a rollback journal with synchronous=FULL
    // fsyncs the journal and the database on every commit.
    db.exec('PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;');
    db.exec('CREATE TABLE IF NOT EXISTS docs (kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id))');
    // Recorded only now that the file is open, so another process never sees an owner without it.
    writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`);
    return new DocumentStore(db, dataDir);
  }

  private bucket(kind: string): Map<string, unknown> {
    let bucket = this.docs.get(kind);
    if (!bucket) {
      bucket = new Map();
      this.docs.set(kind, bucket);
    }
    return bucket;
  }

  /** One document, or undefined. Treat the result as read-only: write changes through `write`. */
  get<T>(kind: string, id: string): T | undefined {
    return this.docs.get(kind)?.get(id) as T | undefined;
  }

  /** All documents of a kind in the order they were first written. */
  all<T>(kind: string): T[] {
    return [...(this.docs.get(kind)?.values() ?? [])] as T[];
  }

  /** How many documents of a kind exist. */
  count(kind: string): number {
    return this.docs.get(kind)?.size ?? 0;
  }

  /**
   * Runs `body`, then commits everything it put or deleted in one SQLite transaction. If `body`
   * throws, nothing is written. Memory is updated only after the commit succeeded.
   */
  write<R>(body: (tx: Transaction) => R): R {
    const ops: Op[] = [];
    const result = body({
      put: (kind, id, data) => ops.push({ kind, id, data: JSON.parse(JSON.stringify(data)) }),
      delete: (kind, id) => ops.push({ kind, id, data: undefined }),
    });
    if (ops.length === 0) return result;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      for (const op of ops) {
        if (op.data === undefined) {
          this.db.run('DELETE FROM docs WHERE kind = ? AND id = ?', [op.kind, op.id]);
        } else {
          this.db.run('INSERT INTO docs (kind, id, data) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data', [
            op.kind,
            op.id,
            JSON.stringify(op.data),
          ]);
        }
      }
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
    for (const op of ops) {
      if (op.data === undefined) this.bucket(op.kind).delete(op.id);
      else this.bucket(op.kind).set(op.id, op.data);
    }
    return result;
  }

  /** Closes the database file and gives up the directory. */
  close(): void {
    if (this.db.isOpen) this.db.close();
    if (this.dataDir) rmSync(join(this.dataDir, OWNER_FILE), { force: true });
  }
}
