import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/fakes/memory-storage';
import { readProgressCopy, writeProgressCopy } from './live-progress-copy';

const ref = { iCalUId: 'uid-live', start: '2024-03-13T08:00:00Z' };

describe('the local copy of the live progress', () => {
  it('keeps the progress and whether it is unsent, per meeting', () => {
    const storage = new MemoryStorage();
    const progress = { number: 4, startedAt: new Date('2024-03-13T09:12:00Z') };
    writeProgressCopy(storage, ref, { progress, pending: true });
    expect(readProgressCopy(storage, ref)).toEqual({ progress, pending: true });
    expect(readProgressCopy(storage, { ...ref, start: '2024-03-20T08:00:00Z' })).toBeNull();
    writeProgressCopy(storage, ref, { progress: null, pending: false });
    expect(readProgressCopy(storage, ref)).toEqual({ progress: null, pending: false });
  });

  it('finds the unsent start kept before the organizer moved the meeting (movedFrom), and keeps it under the new start only', () => {
    const storage = new MemoryStorage();
    const progress = { number: 2, startedAt: new Date('2024-03-13T08:20:00Z') };
    writeProgressCopy(storage, ref, { progress, pending: true });
    const moved = { ...ref, start: '2024-03-13T10:00:00Z' };
    expect(readProgressCopy(storage, moved)).toBeNull();
    expect(readProgressCopy(storage, moved, ref.start)).toEqual({ progress, pending: true });
    expect(readProgressCopy(storage, ref)).toBeNull();
    expect(readProgressCopy(storage, moved)).toEqual({ progress, pending: true });
  });

  it('prefers a copy under the new start over the old one', () => {
    const storage = new MemoryStorage();
    const moved = { ...ref, start: '2024-03-13T10:00:00Z' };
    writeProgressCopy(storage, ref, { progress: { number: 1, startedAt: new Date('2024-03-13T08:00:00Z') }, pending: true });
    writeProgressCopy(storage, moved, { progress: null, pending: true });
    expect(readProgressCopy(storage, moved, ref.start)).toEqual({ progress: null, pending: true });
  });

  it('ignores a corrupt entry and survives storage that refuses writes', () => {
    const storage = new MemoryStorage();
    storage.setItem('punkt.notes-live.v1:uid-live|2024-03-13T08:00:00Z', '{"progress":{"number":"x"}}');
    expect(readProgressCopy(storage, ref)).toBeNull();
    const full = Object.assign(new MemoryStorage(), {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => writeProgressCopy(full, ref, { progress: null, pending: true })).not.toThrow();
    expect(readProgressCopy(null, ref)).toBeNull();
  });
});
