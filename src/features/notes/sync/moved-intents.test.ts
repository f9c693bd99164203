import { describe, expect, it } from 'vitest';
import type { StoredAgenda } from '../../../domain/ports';
import { meetingOf, punkt } from '../../../../tests/fakes/agenda-items';
import { adoptMovedIntents } from './moved-intents';
import { createMemoryOutbox, type OutboxEntry } from './outbox';

const OLD = 'uid-1|2024-03-13T08:00:00Z';
const NEW = 'uid-1|2024-03-13T10:00:00Z';

function agenda(movedFrom?: string): StoredAgenda {
  const items = [punkt(1), punkt(2)];
  return {
    meetingId: 'm1',
    etag: '"m1"',
    ref: { iCalUId: 'uid-1', start: '2024-03-13T10:00:00Z' },
    meeting: meetingOf(items),
    items: items.map((item) => ({ id: `id-${item.number}`, etag: '"1"', item, readable: true })),
    ...(movedFrom === undefined ? {} : { movedFrom }),
  };
}

function entry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    meetingKey: OLD,
    itemId: 'id-1',
    value: { decision: 'Skrevet før flytningen', status: 'approved', postponedTo: null },
    base: { etag: '"1"', value: { decision: '', status: 'none', postponedTo: null } },
    revision: 2,
    syncedRevision: 0,
    uncertain: [],
    conflict: null,
    lastWriteAt: null,
    updatedAt: 1000,
    ...overrides,
  };
}

describe('intents typed before the meeting moved', () => {
  it('moves every entry under the start the agenda moved from to its new key, still pending', async () => {
    const outbox = createMemoryOutbox();
    await outbox.put(entry());
    await outbox.put(entry({ itemId: 'id-gone' }));
    await adoptMovedIntents(outbox, agenda('2024-03-13T08:00:00Z'));
    expect(await outbox.list(OLD)).toEqual([]);
    const moved = await outbox.list(NEW);
    expect(moved.map((e) => e.itemId).sort()).toEqual(['id-1', 'id-gone']);
    expect(moved.every((e) => e.value.decision === 'Skrevet før flytningen' && e.revision > e.syncedRevision)).toBe(true);
  });

  it('after the secretary re-keyed the agenda (no movedFrom) moves the entries of its own punkter only', async () => {
    const outbox = createMemoryOutbox();
    await outbox.put(entry());
    // Another occurrence keyed by the same iCalUId at another start, with its own punkter: left alone.
    await outbox.put(entry({ meetingKey: 'uid-1|2024-03-20T08:00:00Z', itemId: 'id-other' }));
    await adoptMovedIntents(outbox, agenda());
    expect((await outbox.get(NEW, 'id-1'))?.value.decision).toBe('Skrevet før flytningen');
    expect(await outbox.get(OLD, 'id-1')).toBeUndefined();
    expect(await outbox.get('uid-1|2024-03-20T08:00:00Z', 'id-other')).toBeDefined();
  });

  it('carries a later old edit over a settled entry under the new key, above its revision', async () => {
    const outbox = createMemoryOutbox();
    await outbox.put(entry({ updatedAt: 2000 }));
    await outbox.put(
      entry({
        meetingKey: NEW,
        revision: 5,
        syncedRevision: 5,
        updatedAt: 1500,
        value: { decision: 'Gammel', status: 'none', postponedTo: null },
      }),
    );
    await adoptMovedIntents(outbox, agenda('2024-03-13T08:00:00Z'));
    const now = await outbox.get(NEW, 'id-1');
    expect(now?.value.decision).toBe('Skrevet før flytningen');
    expect(now!.revision).toBeGreaterThan(5);
    expect(now!.revision).toBeGreaterThan(now!.syncedRevision);
  });

  it('keeps the new key’s later pending edit and removes the older one it replaced', async () => {
    const outbox = createMemoryOutbox();
    await outbox.put(entry({ updatedAt: 1000 }));
    await outbox.put(
      entry({
        meetingKey: NEW,
        revision: 1,
        syncedRevision: 0,
        updatedAt: 3000,
        value: { decision: 'Nyere', status: 'none', postponedTo: null },
      }),
    );
    await adoptMovedIntents(outbox, agenda('2024-03-13T08:00:00Z'));
    expect((await outbox.get(NEW, 'id-1'))?.value.decision).toBe('Nyere');
    expect(await outbox.list(OLD)).toEqual([]);
  });

  it('leaves the old entry when another panel’s copy refuses the put, so the next open tries again', async () => {
    const inner = createMemoryOutbox();
    const outbox = { ...inner, put: async (e: OutboxEntry) => (e.meetingKey === NEW ? { ok: false as const, stored: e } : inner.put(e)) };
    await outbox.put(entry());
    await adoptMovedIntents(outbox, agenda('2024-03-13T08:00:00Z'));
    expect(await outbox.get(OLD, 'id-1')).toBeDefined();
  });

  it('touches nothing for a meeting that did not move', async () => {
    const outbox = createMemoryOutbox();
    await outbox.put(entry({ meetingKey: NEW }));
    await adoptMovedIntents(outbox, agenda());
    expect((await outbox.list(NEW)).map((e) => e.revision)).toEqual([2]);
  });
});
