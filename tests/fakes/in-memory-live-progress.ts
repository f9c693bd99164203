/**
 * An in-memory LiveProgressStore for tests: progress keyed like the lists' MeetingKey, a log of reads
 * and writes, and a switch to fail the next calls (offline, Graph errors).
 */
import type { LiveProgress } from '../../src/domain/live-meeting';
import type { LiveProgressStore, MeetingRef } from '../../src/domain/ports';

const keyOf = (ref: MeetingRef) => `${ref.iCalUId}|${ref.start}`;

export class InMemoryLiveProgressStore implements LiveProgressStore {
  readonly reads: MeetingRef[] = [];
  readonly writes: Array<{ ref: MeetingRef; progress: LiveProgress | null }> = [];
  private readonly values = new Map<string, LiveProgress>();
  /** When set, reads and writes reject with this error (writes are logged only when they succeed). */
  failWith: unknown = null;

  /** Sets the stored progress directly, as another note-taker would. */
  set(ref: MeetingRef, progress: LiveProgress | null): this {
    if (progress) this.values.set(keyOf(ref), { ...progress, startedAt: new Date(progress.startedAt) });
    else this.values.delete(keyOf(ref));
    return this;
  }

  current(ref: MeetingRef): LiveProgress | null {
    return this.values.get(keyOf(ref)) ?? null;
  }

  async readProgress(ref: MeetingRef): Promise<LiveProgress | null> {
    this.reads.push(ref);
    if (this.failWith) throw this.failWith;
    const value = this.values.get(keyOf(ref));
    return value ? { ...value, startedAt: new Date(value.startedAt) } : null;
  }

  async writeProgress(ref: MeetingRef, progress: LiveProgress | null): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.writes.push({ ref, progress });
    this.set(ref, progress);
  }
}
