import { describe, expect, it } from 'vitest';
import { createMemoryOutbox, type OutboxEntry, type OutboxStore } from './outbox';
import { createPersistQueue } from './persist-queue';

const entry = (revision: number): OutboxEntry => ({
  meetingKey: 'm',
  itemId: '1',
  value: { decision: 'x'.repeat(revision), status: 'none', postponedTo: null },
  base: { etag: '"1"', value: { decision: '', status: 'none', postponedTo: null } },
  revision,
  syncedRevision: 0,
  uncertain: [],
  conflict: null,
  lastWriteAt: null,
  updatedAt: 0,
});

describe('persist queue', () => {
  it('coalesces a burst into few puts and stores the latest', async () => {
    const inner = createMemoryOutbox();
    const puts: number[] = [];
    const counting: OutboxStore = { ...inner, put: async (e) => (puts.push(e.revision), inner.put(e)) };
    const queue = createPersistQueue(counting);
    const pending = [1, 2, 3, 4, 5].map((r) => queue.persist(entry(r)));
    await Promise.all(pending);
    expect(puts).toEqual([1, 5]);
    expect((await inner.get('m', '1'))?.revision).toBe(5);
  });

  it('stores a copy, so later changes to the caller’s object are not written by accident', async () => {
    const inner = createMemoryOutbox();
    const queue = createPersistQueue(inner);
    const e = entry(1);
    const saved = queue.persist(e);
    e.value = { decision: 'changed', status: 'none', postponedTo: null };
    await saved;
    expect((await inner.get('m', '1'))?.value.decision).toBe('x');
  });

  it('settles when everything is stored', async () => {
    const inner = createMemoryOutbox();
    const queue = createPersistQueue(inner);
    void queue.persist(entry(1));
    void queue.persist(entry(2));
    await queue.settled();
    expect((await inner.get('m', '1'))?.revision).toBe(2);
  });
});
