import { describe, expect, it } from 'vitest';
import type { AgendaSource, MeetingRef, StoredAgenda } from '../domain/ports';
import { PREFETCH_TTL_MS, prefetchingAgenda } from './agenda-prefetch';

const REF: MeetingRef = { iCalUId: 'uid-1', start: '2026-11-24T08:00:00Z' };
const OTHER: MeetingRef = { iCalUId: 'uid-2', start: '2026-11-24T08:00:00Z' };

/** An agenda source that counts its loads; `fail` makes the next one fail. */
function countingSource() {
  const source = {
    loads: 0,
    fail: false,
    // The repository is also the write port; the wrapper must not pass that on.
    saveAgenda: () => 'kept',
    async loadAgenda(_ref: MeetingRef): Promise<StoredAgenda | null> {
      source.loads++;
      if (source.fail) throw new Error('offline');
      return null;
    },
  };
  return source satisfies AgendaSource;
}

describe('agenda prefetch', () => {
  it('hands the prefetched request to the view once, and asks again after that', async () => {
    const inner = countingSource();
    const { source, prefetch } = prefetchingAgenda(inner, () => 0);
    prefetch(REF);
    prefetch(REF);
    await source.loadAgenda(REF);
    expect(inner.loads).toBe(1);
    await source.loadAgenda(REF);
    expect(inner.loads).toBe(2);
  });

  it('does not hand out a prefetch for another meeting or one that waited too long', async () => {
    const inner = countingSource();
    let now = 0;
    const { source, prefetch } = prefetchingAgenda(inner, () => now);
    prefetch(REF);
    await source.loadAgenda(OTHER);
    expect(inner.loads).toBe(2);
    now = PREFETCH_TTL_MS;
    await source.loadAgenda(REF);
    expect(inner.loads).toBe(3);
  });

  it('gives the view the prefetch’s failure, and a retry a new request', async () => {
    const inner = countingSource();
    inner.fail = true;
    const { source, prefetch } = prefetchingAgenda(inner, () => 0);
    prefetch(REF);
    await expect(source.loadAgenda(REF)).rejects.toThrow('offline');
    inner.fail = false;
    await expect(source.loadAgenda(REF)).resolves.toBeNull();
    expect(inner.loads).toBe(2);
  });

  it('does not prefetch what the view has just asked for itself (a warm open)', async () => {
    const inner = countingSource();
    let now = 0;
    const { source, prefetch } = prefetchingAgenda(inner, () => now);
    await source.loadAgenda(REF);
    prefetch(REF);
    expect(inner.loads).toBe(1);
    now = PREFETCH_TTL_MS;
    prefetch(REF);
    expect(inner.loads).toBe(2);
  });

  it('hands out a plain AgendaSource: saving goes through the services’ agendaStore, not a probe of this wrapper', () => {
    const { source } = prefetchingAgenda(countingSource());
    expect(Object.keys(source)).toEqual(['loadAgenda', 'settledAgenda']);
    expect('saveAgenda' in source).toBe(false);
  });

  it('tells the settled answer at once, without a request, until the view takes it over (issue #13: React starts from the agenda)', async () => {
    const inner = countingSource();
    const { source, prefetch } = prefetchingAgenda(inner, () => 0);
    expect(source.settledAgenda(REF)).toBeUndefined();
    const asked = prefetch(REF);
    // In flight: nothing to tell yet.
    expect(source.settledAgenda(REF)).toBeUndefined();
    await expect(asked).resolves.toBeNull();
    expect(source.settledAgenda(REF)).toBeNull();
    expect(source.settledAgenda(OTHER)).toBeUndefined();
    expect(prefetch(REF)).toBe(asked);
    await source.loadAgenda(REF);
    expect(inner.loads).toBe(1);
    expect(source.settledAgenda(REF)).toBeUndefined();
  });

  it('tells nothing of a failed prefetch, does not hand an untold stale one to the view, and returns no request when the view has asked itself', async () => {
    const inner = countingSource();
    inner.fail = true;
    let now = 0;
    const { source, prefetch } = prefetchingAgenda(inner, () => now);
    await prefetch(REF)?.catch(() => undefined);
    expect(source.settledAgenda(REF)).toBeUndefined();
    inner.fail = false;
    await source.loadAgenda(REF).catch(() => undefined);
    await source.loadAgenda(OTHER);
    expect(prefetch(OTHER)).toBeNull();
    now = PREFETCH_TTL_MS;
    await prefetch(REF);
    now = 3 * PREFETCH_TTL_MS;
    const loads = inner.loads;
    // Untold, a stale prefetch is not handed to the view: it asks Graph itself.
    await source.loadAgenda(REF);
    expect(inner.loads).toBe(loads + 1);
  });

  it('hands a view that started from the told answer that same answer when it loads, however old, never a second one', async () => {
    const inner = countingSource();
    let now = 0;
    const { source, prefetch } = prefetchingAgenda(inner, () => now);
    const first = await prefetch(REF);
    now = 3 * PREFETCH_TTL_MS;
    // The view's first render starts from the answer (told), its effect loads a moment (or, under load, long) after.
    expect(source.settledAgenda(REF)).toBe(first);
    await expect(source.loadAgenda(REF)).resolves.toBe(first);
    expect(inner.loads).toBe(1);
    // A later reload or retry asks Graph again.
    await source.loadAgenda(REF);
    expect(inner.loads).toBe(2);
  });
});
