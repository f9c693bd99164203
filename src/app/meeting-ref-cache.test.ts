import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../tests/fakes/memory-storage';
import { STALE_AFTER_MS, createMeetingRefCache } from './meeting-ref-cache';

const REF = { iCalUId: 'uid-1', start: '2026-11-23T08:00:00Z' };
const AT_START = new Date('2026-11-23T08:00:00Z');

describe('the standalone page’s remembered meeting', () => {
  it('remembers the host’s meeting per address and forgets it on null', () => {
    const storage = new MemoryStorage();
    const next = createMeetingRefCache(storage, '');
    next.write(REF);
    expect(next.read(AT_START)).toEqual(REF);
    expect(createMeetingRefCache(storage, 'other-meeting').read(AT_START)).toBeNull();
    next.write(null);
    expect(next.read(AT_START)).toBeNull();
  });

  it('does not offer a meeting that started too long ago', () => {
    const cache = createMeetingRefCache(new MemoryStorage(), '');
    cache.write(REF);
    expect(cache.read(new Date(AT_START.getTime() + STALE_AFTER_MS - 1))).toEqual(REF);
    expect(cache.read(new Date(AT_START.getTime() + STALE_AFTER_MS + 1))).toBeNull();
  });

  it('reads foreign or corrupt data, and blocked storage, as nothing remembered', () => {
    const storage = new MemoryStorage();
    const cache = createMeetingRefCache(storage, '');
    for (const bad of ['{', '42', '{"iCalUId":"","start":"2026-11-23T08:00:00Z"}', '{"iCalUId":"x","start":"not a date"}']) {
      storage.setItem('punkt.meetingRef.v1:', bad);
      expect(cache.read(AT_START)).toBeNull();
    }
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const none = createMeetingRefCache(blocked, '');
    expect(() => none.write(REF)).not.toThrow();
    expect(none.read(AT_START)).toBeNull();
    expect(createMeetingRefCache(null, '').read(AT_START)).toBeNull();
  });
});
