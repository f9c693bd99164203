import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '../../../domain/meeting';
import type { StoredAgenda } from '../../../domain/ports';
import { FakeDecisionStore } from '../../../../tests/fakes/fake-decision-store';
import { WRITE_ACCESS_WAIT_MS, probeWriteAccess } from './write-access';

/** An agenda whose punkter are closed or open as given; only what probeWriteAccess reads is filled in. */
function agenda(closed: boolean[]): StoredAgenda {
  const items = closed.map((isClosed, index) => ({
    id: `id-${index + 1}`,
    etag: '"1"',
    item: { number: index + 1, closed: isClosed } as AgendaItem,
    readable: !isClosed,
  }));
  return { items } as StoredAgenda;
}

afterEach(() => vi.useRealTimers());

describe('probeWriteAccess', () => {
  it('asks about the first open punkt, skipping closed ones (their list has its own permissions)', async () => {
    const store = new FakeDecisionStore({ canWrite: false });
    expect(await probeWriteAccess(store, agenda([true, false, false]), { online: true })).toBe(false);
    expect(store.probes).toEqual(['id-2']);
  });

  it('does not ask offline, without an open punkt, or when the store cannot tell', async () => {
    const store = new FakeDecisionStore({ canWrite: true });
    expect(await probeWriteAccess(store, agenda([false]), { online: false })).toBeNull();
    expect(await probeWriteAccess(store, agenda([true]), { online: true })).toBeNull();
    expect(store.probes).toEqual([]);
    expect(await probeWriteAccess(new FakeDecisionStore(), agenda([false]), { online: true })).toBeNull();
  });

  it('gives up waiting after WRITE_ACCESS_WAIT_MS, and turns a failing probe into null', async () => {
    vi.useFakeTimers();
    const slow = new FakeDecisionStore({ canWrite: () => new Promise<boolean>(() => {}) });
    const answer = probeWriteAccess(slow, agenda([false]), { online: true });
    await vi.advanceTimersByTimeAsync(WRITE_ACCESS_WAIT_MS);
    expect(await answer).toBeNull();
    const failing = new FakeDecisionStore({ canWrite: () => Promise.reject(new Error('fetch failed')) });
    expect(await probeWriteAccess(failing, agenda([false]), { online: true })).toBeNull();
  });
});
