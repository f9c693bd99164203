import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createMemoryOutbox, isPending, type OutboxEntry, type OutboxStore } from './outbox';
import { SETTLED_RETENTION_MS, openIdbOutbox } from './outbox-idb';

let dbCounter = 0;
const implementations: Array<[string, () => Promise<OutboxStore>]> = [
  ['memory', async () => createMemoryOutbox()],
  ['IndexedDB (fake-indexeddb)', async () => openIdbOutbox({ name: `outbox-test-${++dbCounter}` })],
];

function entry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    meetingKey: 'uid-1|2024-03-13T08:00:00Z',
    itemId: '7',
    value: { decision: 'Chefforum godkendte.', status: 'approved', postponedTo: null },
    base: { etag: '"1"', value: { decision: '', status: 'none', postponedTo: null } },
    revision: 1,
    syncedRevision: 0,
    uncertain: [],
    conflict: null,
    lastWriteAt: null,
    updatedAt: 1000,
    ...overrides,
  };
}

describe.each(implementations)('outbox (%s)', (_name, open) => {
  it('returns what was put, keyed by meeting and punkt', async () => {
    const outbox = await open();
    await outbox.put(entry());
    await outbox.put(entry({ itemId: '8', revision: 3 }));
    expect(await outbox.get('uid-1|2024-03-13T08:00:00Z', '7')).toEqual(entry());
    expect((await outbox.get('uid-1|2024-03-13T08:00:00Z', '8'))?.revision).toBe(3);
    expect(await outbox.get('other', '7')).toBeUndefined();
  });

  it('keeps only the latest intent per punkt (coalesces keystrokes)', async () => {
    const outbox = await open();
    for (let revision = 1; revision <= 5; revision++) {
      await outbox.put(entry({ revision, value: { decision: 'x'.repeat(revision), status: 'none', postponedTo: null } }));
    }
    const all = await outbox.list('uid-1|2024-03-13T08:00:00Z');
    expect(all).toHaveLength(1);
    expect(all[0]?.value.decision).toBe('xxxxx');
    expect(all[0]?.revision).toBe(5);
  });

  it('never puts back an older revision over a newer one (two panels on one meeting)', async () => {
    const outbox = await open();
    await outbox.put(entry({ revision: 5, value: { decision: 'nyere', status: 'none', postponedTo: null } }));
    await outbox.put(entry({ revision: 3, value: { decision: 'ældre', status: 'none', postponedTo: null } }));
    expect((await outbox.get('uid-1|2024-03-13T08:00:00Z', '7'))?.value.decision).toBe('nyere');
    await outbox.put(entry({ revision: 5, lastWriteAt: 42, value: { decision: 'nyere', status: 'none', postponedTo: null } }));
    expect((await outbox.get('uid-1|2024-03-13T08:00:00Z', '7'))?.lastWriteAt).toBe(42);
  });

  it('lists one meeting only and deletes entries', async () => {
    const outbox = await open();
    await outbox.put(entry());
    await outbox.put(entry({ meetingKey: 'uid-2|2024-03-20T08:00:00Z' }));
    expect((await outbox.list('uid-2|2024-03-20T08:00:00Z')).map((e) => e.meetingKey)).toEqual(['uid-2|2024-03-20T08:00:00Z']);
    await outbox.delete('uid-1|2024-03-13T08:00:00Z', '7');
    expect(await outbox.list('uid-1|2024-03-13T08:00:00Z')).toEqual([]);
  });

  it('lists every start of one iCalUId (a moved meeting), not an iCalUId that only starts like it', async () => {
    const outbox = await open();
    await outbox.put(entry());
    await outbox.put(entry({ meetingKey: 'uid-1|2024-03-13T10:00:00Z', itemId: '8' }));
    await outbox.put(entry({ meetingKey: 'uid-1|x|2024-03-13T08:00:00Z' }));
    await outbox.put(entry({ meetingKey: 'uid-10|2024-03-13T08:00:00Z' }));
    const keys = (await outbox.listOfICalUId('uid-1')).map((e) => `${e.meetingKey} ${e.itemId}`);
    expect(keys.sort()).toEqual(['uid-1|2024-03-13T08:00:00Z 7', 'uid-1|2024-03-13T10:00:00Z 8']);
  });

  it('does not let callers mutate stored entries through returned objects', async () => {
    const outbox = await open();
    const original = entry();
    await outbox.put(original);
    original.value.decision = 'changed after put';
    const read = await outbox.get(original.meetingKey, original.itemId);
    expect(read?.value.decision).toBe('Chefforum godkendte.');
  });

  it('tells pending entries from synced ones', () => {
    expect(isPending(entry({ revision: 2, syncedRevision: 1 }))).toBe(true);
    expect(isPending(entry({ revision: 2, syncedRevision: 2 }))).toBe(false);
  });
});

describe('IndexedDB outbox', () => {
  it('survives closing and reopening the database (a reload)', async () => {
    const first = await openIdbOutbox({ name: 'outbox-reopen' });
    await first.put(entry({ revision: 9 }));
    first.close();
    const second = await openIdbOutbox({ name: 'outbox-reopen' });
    expect((await second.get('uid-1|2024-03-13T08:00:00Z', '7'))?.revision).toBe(9);
    second.close();
  });

  it('forgets settled entries after the retention time on open, never pending or conflicting ones', async () => {
    const first = await openIdbOutbox({ name: 'outbox-prune', now: 1000 });
    const conflict = {
      server: { etag: '"2"', value: { decision: 'deres', status: 'none' as const, postponedTo: null } },
      fields: ['decision'],
    };
    await first.put(entry({ itemId: 'settled', revision: 3, syncedRevision: 3 }));
    await first.put(entry({ itemId: 'pending', revision: 3, syncedRevision: 2 }));
    await first.put(entry({ itemId: 'conflict', revision: 3, syncedRevision: 3, conflict }));
    first.close();
    const soon = await openIdbOutbox({ name: 'outbox-prune', now: 1000 + SETTLED_RETENTION_MS - 1 });
    expect((await soon.list('uid-1|2024-03-13T08:00:00Z')).map((e) => e.itemId).sort()).toEqual(['conflict', 'pending', 'settled']);
    soon.close();
    const later = await openIdbOutbox({ name: 'outbox-prune', now: 1000 + SETTLED_RETENTION_MS + 1 });
    expect((await later.list('uid-1|2024-03-13T08:00:00Z')).map((e) => e.itemId).sort()).toEqual(['conflict', 'pending']);
    later.close();
  });
});
