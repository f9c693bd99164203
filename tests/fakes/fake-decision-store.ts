/**
 * A hand-written DecisionStore for tests, the fuzz and the benchmark: items in memory with ETags
 * that change on every write, a log of every write attempt, another writer, latency and faults.
 */
import type { DecisionStore, DecisionVersion, DecisionWrite, DecisionWriteResult } from '../../src/domain/ports';

/** What the next write (or read) suffers instead of a normal answer. */
export type StoreFault =
  | { kind: 'status'; status: number; retryAfterMs?: number }
  /** The connection failed before the server saw the request. */
  | { kind: 'network' }
  /** The server applied the write but the answer was lost (an unknown outcome). */
  | { kind: 'lost' };

/** One write as the server saw it. */
export interface WriteRecord {
  itemId: string;
  at: number;
  ifMatch: string;
  value: DecisionWrite;
  outcome: 'applied' | 'conflict' | 'failed' | 'applied-lost';
}

/** An error shaped like the Graph client's: a `status`, and `retryAfterMs` for 429/503. */
export class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${status}`);
    this.name = 'FakeHttpError';
  }
}

export interface FakeDecisionStoreOptions {
  now?: () => number;
  /** Waits before answering (fake timers: a promise resolved by setTimeout). */
  delay?: () => Promise<void>;
  /** Consulted on every write; return a fault to inject it. */
  fault?: (itemId: string) => StoreFault | null;
  /**
   * The answer of canWrite (a promise to hold it back); without this option the store has no
   * canWrite, like a backend that cannot tell.
   */
  canWrite?: boolean | null | (() => Promise<boolean | null>);
}

export class FakeDecisionStore implements DecisionStore {
  readonly writes: WriteRecord[] = [];
  readonly reads: string[] = [];
  /** Changes made by the other writer, with the ETag each produced. */
  readonly externalWrites: Array<{ itemId: string; at: number; etag: string }> = [];
  /** The item ids canWrite was asked about, in order. */
  readonly probes: string[] = [];
  /** Present only when the canWrite option was given. */
  readonly canWrite?: (itemId: string) => Promise<boolean | null>;
  private readonly items = new Map<string, DecisionVersion>();
  private counter = 0;

  constructor(private readonly options: FakeDecisionStoreOptions = {}) {
    const answer = options.canWrite;
    if (answer !== undefined) {
      this.canWrite = async (itemId) => {
        this.probes.push(itemId);
        return typeof answer === 'function' ? answer() : answer;
      };
    }
  }

  /** Adds an item (or replaces it) and returns its version. */
  seed(itemId: string, value: DecisionWrite = { decision: '', status: 'none', postponedTo: null }): DecisionVersion {
    const version = { etag: this.nextEtag(), value: { ...value } };
    this.items.set(itemId, version);
    return version;
  }

  /** The server's current version, as another reader would see it. */
  current(itemId: string): DecisionVersion {
    const version = this.items.get(itemId);
    if (!version) throw new FakeHttpError(404);
    return { etag: version.etag, value: { ...version.value } };
  }

  /** Another writer changes the item (no If-Match), as a second note-taker would. */
  externalWrite(itemId: string, change: (value: DecisionWrite) => DecisionWrite): DecisionVersion {
    const next = { etag: this.nextEtag(), value: change(this.current(itemId).value) };
    this.items.set(itemId, next);
    this.externalWrites.push({ itemId, at: this.options.now?.() ?? Date.now(), etag: next.etag });
    return next;
  }

  /** Writes that reached the server (applied, whether or not the answer came back). */
  applied(itemId?: string): WriteRecord[] {
    return this.writes.filter((w) => (!itemId || w.itemId === itemId) && (w.outcome === 'applied' || w.outcome === 'applied-lost'));
  }

  async readDecision(itemId: string): Promise<DecisionVersion> {
    this.reads.push(itemId);
    await this.options.delay?.();
    return this.current(itemId);
  }

  async writeDecision(itemId: string, value: DecisionWrite, etag: string): Promise<DecisionWriteResult> {
    const record: WriteRecord = { itemId, at: this.options.now?.() ?? Date.now(), ifMatch: etag, value: { ...value }, outcome: 'failed' };
    this.writes.push(record);
    const fault = this.options.fault?.(itemId) ?? null;
    await this.options.delay?.();
    if (fault?.kind === 'network') throw new Error('fetch failed');
    if (fault?.kind === 'status') throw new FakeHttpError(fault.status, fault.retryAfterMs);
    const current = this.current(itemId);
    if (current.etag !== etag) {
      record.outcome = 'conflict';
      return { ok: false, current };
    }
    const next = { etag: this.nextEtag(), value: { ...value } };
    this.items.set(itemId, next);
    if (fault?.kind === 'lost') {
      record.outcome = 'applied-lost';
      throw new Error('connection reset after the request was sent');
    }
    record.outcome = 'applied';
    return { ok: true, etag: next.etag };
  }

  private nextEtag(): string {
    this.counter += 1;
    return `"${this.counter}"`;
  }
}
