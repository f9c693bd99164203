import { describe, expect, it } from 'vitest';
import type { StoredAgenda } from '../domain/ports';
import { meetingOf } from '../../tests/fakes/agenda-items';
import { MemoryStorage } from '../../tests/fakes/memory-storage';
import { SAMPLE_REF, sampleAgenda } from '../../tests/fakes/sample-agenda';
import { cacheKey, createAgendaCache } from './agenda-cache';

describe('the local agenda copy', () => {
  it('gives back the agenda last saved for the meeting, with when it was fetched', () => {
    const cache = createAgendaCache(new MemoryStorage());
    expect(cache.read(SAMPLE_REF)).toBeNull();
    cache.write(SAMPLE_REF, sampleAgenda(), new Date('2024-03-12T13:05:00Z'));
    const copy = cache.read(SAMPLE_REF);
    expect(copy?.fetchedAt).toBe('2024-03-12T13:05:00.000Z');
    expect(copy?.agenda).toEqual(sampleAgenda());
  });

  it('keeps nothing of a closed punkt’s content on the device, even when this user could read it', () => {
    const storage = new MemoryStorage();
    const readable = sampleAgenda();
    const secret = 'Fortrolig personalesag';
    readable.items = readable.items.map((s) =>
      s.item.closed ? { ...s, readable: true, item: { ...s.item, title: secret, decision: secret } } : s,
    );
    readable.meeting = { ...readable.meeting, items: readable.items.map((s) => s.item) };
    createAgendaCache(storage).write(SAMPLE_REF, readable, new Date());
    expect(storage.getItem(cacheKey(SAMPLE_REF))).not.toContain(secret);
    const original = readable.items.find((s) => s.item.closed)!.item;
    const closed = createAgendaCache(storage)
      .read(SAMPLE_REF)!
      .agenda.items.find((s) => s.item.closed)!;
    expect(closed).toMatchObject({
      readable: false,
      item: { number: original.number, caseNumber: original.caseNumber, title: 'Lukket', decision: null },
    });
  });

  it('keeps occurrences of a series apart (iCalUId plus start)', () => {
    const cache = createAgendaCache(new MemoryStorage());
    cache.write(SAMPLE_REF, sampleAgenda(), new Date());
    expect(cache.read({ ...SAMPLE_REF, start: '2024-03-20T08:00:00Z' })).toBeNull();
    expect(cacheKey(SAMPLE_REF)).not.toBe(cacheKey({ ...SAMPLE_REF, start: '2024-03-20T08:00:00Z' }));
  });

  it('forgets the copy under the start a moved meeting was stored under, never showing it at the old times', () => {
    const storage = new MemoryStorage();
    const cache = createAgendaCache(storage);
    const moved = { ...SAMPLE_REF, start: '2024-03-13T12:00:00Z' };
    cache.write(SAMPLE_REF, sampleAgenda(), new Date('2024-03-12T13:05:00Z'));
    cache.write(moved, { ...sampleAgenda(), ref: moved, movedFrom: SAMPLE_REF.start }, new Date('2024-03-13T07:00:00Z'));
    expect(cache.read(SAMPLE_REF)).toBeNull();
    expect(cache.read(moved)?.agenda.movedFrom).toBe(SAMPLE_REF.start);
  });

  it('after the secretary re-keyed it, forgets the same meeting row’s copy under another start, and keeps another occurrence’s', () => {
    const storage = new MemoryStorage();
    const cache = createAgendaCache(storage);
    const [moved, other] = [
      { ...SAMPLE_REF, start: '2024-03-13T12:00:00Z' },
      { ...SAMPLE_REF, start: '2024-03-20T08:00:00Z' },
    ];
    cache.write(SAMPLE_REF, sampleAgenda(), new Date('2024-03-12T13:05:00Z'));
    cache.write(other, { ...sampleAgenda(), meetingId: 'another-row', ref: other }, new Date('2024-03-12T13:05:00Z'));
    cache.write(moved, { ...sampleAgenda(), ref: moved }, new Date('2024-03-13T07:00:00Z'));
    expect(cache.read(SAMPLE_REF)).toBeNull();
    expect(cache.read(other)?.agenda.meetingId).toBe('another-row');
    expect(cache.read(moved)).not.toBeNull();
  });

  it('forgets a meeting whose agenda is gone', () => {
    const cache = createAgendaCache(new MemoryStorage());
    cache.write(SAMPLE_REF, sampleAgenda(), new Date());
    cache.remove(SAMPLE_REF);
    expect(cache.read(SAMPLE_REF)).toBeNull();
    expect(() => createAgendaCache(null).remove(SAMPLE_REF)).not.toThrow();
  });

  it('ignores a corrupt or foreign entry instead of trusting it', () => {
    const storage = new MemoryStorage();
    const cache = createAgendaCache(storage);
    storage.setItem(cacheKey(SAMPLE_REF), '{not json');
    expect(cache.read(SAMPLE_REF)).toBeNull();
    storage.setItem(cacheKey(SAMPLE_REF), JSON.stringify({ fetchedAt: 'x', agenda: { meetingId: 1 } }));
    expect(cache.read(SAMPLE_REF)).toBeNull();
  });

  it('works without storage and survives a full storage', () => {
    expect(createAgendaCache(null).read(SAMPLE_REF)).toBeNull();
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(() => createAgendaCache(full).write(SAMPLE_REF, sampleAgenda(), new Date())).not.toThrow();
  });

  it('gives the note-taker’s view back what it wrote for the agenda’s own meeting', () => {
    const storage = new MemoryStorage();
    const cache = createAgendaCache(storage);
    const ref = { iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' };
    const agenda = {
      meetingId: 'm1',
      etag: '"1"',
      ref,
      meeting: meetingOf([]),
      items: [{ id: 'i1', etag: '"2"', readable: true, item: { number: 1 } }],
    } as unknown as StoredAgenda;
    cache.write(agenda.ref, agenda, new Date('2024-03-13T08:01:00Z'));
    expect(cache.read(ref)).toEqual({ fetchedAt: '2024-03-13T08:01:00.000Z', agenda });
    expect(cache.read({ ...ref, start: '2024-03-20T08:00:00Z' })).toBeNull();
    // An entry without what the editors rely on (punkt ids) is not trusted.
    storage.setItem(cacheKey(ref), JSON.stringify({ fetchedAt: 'x', agenda: { ...agenda, items: [{ item: { number: 1 } }] } }));
    expect(cache.read(ref)).toBeNull();
  });
});
