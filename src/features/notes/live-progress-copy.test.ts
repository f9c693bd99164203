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
