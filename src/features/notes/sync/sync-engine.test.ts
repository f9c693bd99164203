import { describe, expect, it } from 'vitest';
import { advance, decisionText as text, MEETING, useSyncEngineHarness } from '../../../../tests/helpers/notes/sync-engine-harness';
import { createMemoryOutbox, type OutboxStore } from './outbox';
import { createSyncEngine } from './sync-engine';

const h = useSyncEngineHarness();

describe('sync engine', () => {
  it('saves a keystroke in the outbox at once and writes it with If-Match after a quiet moment', async () => {
    const base = h.store.seed('1');
    const engine = await h.start(h.fresh('1'));
    await engine.edit('1', text('Chefforum godkendte.'));
    expect((await h.outbox.get(MEETING, '1'))?.value.decision).toBe('Chefforum godkendte.');
    expect(engine.get('1')?.state).toBe('saving');
    expect(h.store.writes).toHaveLength(0);
    await advance(400);
    expect(h.store.writes).toEqual([expect.objectContaining({ ifMatch: base.etag, outcome: 'applied' })]);
    expect(engine.get('1')?.state).toBe('saved');
    const entry = await h.outbox.get(MEETING, '1');
    expect(entry?.syncedRevision).toBe(entry?.revision);
  });

  it('writes at most once per punkt per 2 s while typing steadily, and the last text arrives', async () => {
    h.store.seed('1');
    const engine = await h.start(h.fresh('1'));
    let typed = '';
    for (let i = 0; i < 100; i++) {
      typed += 'x';
      await engine.edit('1', text(typed));
      await advance(100);
    }
    await advance(5000);
    const times = h.store.writes.map((w) => w.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(2000);
    expect(h.store.writes.length).toBeLessThanOrEqual(6);
    expect(h.store.current('1').value.decision).toBe(typed);
    expect(h.store.writes.every((w) => w.outcome === 'applied')).toBe(true);
  });

  it('keeps an edit typed while a write is in flight pending and sends it against the new ETag', async () => {
    h.store.seed('1');
    const engine = await h.start(h.fresh('1'));
    await engine.edit('1', text('a'));
    await advance(320); // the write is in flight (50 ms latency)
    await engine.edit('1', text('ab'));
    await advance(40);
    expect(engine.get('1')?.state).toBe('saving');
    await advance(3000);
    expect(h.store.writes.map((w) => w.outcome)).toEqual(['applied', 'applied']);
    expect(h.store.current('1').value.decision).toBe('ab');
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('merges a concurrent change to another paragraph after a 412 and writes both', async () => {
    h.store.seed('1', text('Afsnit et.\n\nAfsnit to.'));
    const engine = await h.start(h.fresh('1'));
    h.store.externalWrite('1', (v) => ({ ...v, decision: 'Afsnit et.\n\nAfsnit to, rettet af en anden.' }));
    await engine.edit('1', text('Afsnit et, rettet lokalt.\n\nAfsnit to.'));
    await advance(5000);
    const merged = 'Afsnit et, rettet lokalt.\n\nAfsnit to, rettet af en anden.';
    expect(h.store.current('1').value.decision).toBe(merged);
    expect(engine.get('1')?.value.decision).toBe(merged);
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('shows both texts on an overlapping change and writes nothing until the note-taker chooses', async () => {
    h.store.seed('1', text('Chefforum godkendte.'));
    const engine = await h.start(h.fresh('1'));
    h.store.externalWrite('1', (v) => ({ ...v, decision: 'Chefforum drøftede.' }));
    await engine.edit('1', text('Chefforum godkendte indstillingen.'));
    await advance(5000);
    expect(engine.get('1')?.state).toBe('conflict');
    expect(engine.get('1')?.conflict).toEqual({ server: text('Chefforum drøftede.'), fields: ['decision'] });
    expect(h.store.current('1').value.decision).toBe('Chefforum drøftede.');
    const writes = h.store.writes.length;
    await advance(10_000);
    expect(h.store.writes).toHaveLength(writes);
    await engine.resolveConflict('1', 'local');
    await advance(3000);
    expect(h.store.current('1').value.decision).toBe('Chefforum godkendte indstillingen.');
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('goes offline on 503 and retries no earlier than Retry-After', async () => {
    h.store.seed('1');
    const engine = await h.start(h.fresh('1'));
    h.faults = [{ kind: 'status', status: 503, retryAfterMs: 10_000 }];
    await engine.edit('1', text('x'));
    await advance(400);
    expect(engine.get('1')?.state).toBe('offline');
    await advance(9000);
    expect(h.store.writes).toHaveLength(1);
    await advance(1500);
    expect(h.store.writes).toHaveLength(2);
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('holds writes while offline and sends them when the connection returns', async () => {
    h.store.seed('1');
    const engine = await h.start(h.fresh('1'));
    engine.setOnline(false);
    await engine.edit('1', text('skrevet offline'));
    await advance(10_000);
    expect(h.store.writes).toHaveLength(0);
    expect(engine.get('1')?.state).toBe('offline');
    engine.setOnline(true);
    await advance(100);
    expect(h.store.current('1').value.decision).toBe('skrevet offline');
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('becomes read-only on 403 and does not retry', async () => {
    h.store.seed('1');
    h.store.seed('2');
    const engine = await h.start(h.fresh('1', '2'));
    h.faults = [{ kind: 'status', status: 403 }];
    await engine.edit('1', text('x'));
    await advance(60_000);
    expect(h.store.writes).toHaveLength(1);
    expect(engine.isReadOnly()).toBe(true);
    expect(engine.get('2')?.state).toBe('readonly');
    await expect(engine.edit('2', text('y'))).rejects.toThrow(/Read-only/);
    expect((await h.outbox.get(MEETING, '1'))?.value.decision).toBe('x');
  });

  it('leaves token refresh to the Graph client: a 401 that reaches it waits out the backoff, then writes again', async () => {
    h.store.seed('1');
    // The client already asks for a fresh token once on a 401, so a 401 that gets here is not
    // mended by trying again at once: the write waits like any other failure.
    const engine = await h.start(h.fresh('1'));
    h.faults = [{ kind: 'status', status: 401 }];
    await engine.edit('1', text('x'));
    await advance(400);
    expect(h.store.writes.map((w) => w.outcome)).toEqual(['failed']);
    expect(engine.get('1')?.state).toBe('offline');
    await advance(1000); // the backoff after a first failure is 1–2 s (1.5 s with random 0.5)
    expect(h.store.writes).toHaveLength(1);
    await advance(3000);
    expect(h.store.writes.map((w) => w.outcome)).toEqual(['failed', 'applied']);
    expect(h.store.writes[1]!.at - h.store.writes[0]!.at).toBeGreaterThanOrEqual(1500);
    expect(h.store.current('1').value.decision).toBe('x');
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('sends pending work once after a reload, treating a lost answer to an applied write as success', async () => {
    h.store.seed('1');
    const first = await h.start(h.fresh('1'));
    h.faults = [{ kind: 'lost' }];
    await first.edit('1', text('endelig tekst'));
    await advance(400); // the write is applied, its answer lost
    await first.dispose();
    const second = await h.start(h.fresh('1'));
    expect(second.get('1')?.value.decision).toBe('endelig tekst');
    await advance(5000);
    expect(h.store.applied('1')).toHaveLength(1);
    expect(h.store.writes.map((w) => w.outcome)).toEqual(['applied-lost', 'conflict']);
    expect(second.get('1')?.state).toBe('saved');
    await advance(60_000);
    expect(h.store.writes).toHaveLength(2);
  });

  it('recognises its own write that landed while the panel died mid-request, and sends the newer text', async () => {
    h.store.seed('1');
    const first = await h.start(h.fresh('1'));
    await first.edit('1', text('Besluttet'));
    await advance(320); // the write is on its way (50 ms latency)…
    await first.edit('1', text('Besluttet, og mere'));
    await first.dispose(); // …when the panel dies; the server still applies it
    await advance(100);
    expect(h.store.current('1').value.decision).toBe('Besluttet');
    const second = await h.start(h.fresh('1'));
    await advance(5000);
    expect(second.get('1')?.state).toBe('saved');
    expect(second.get('1')?.conflict).toBeNull();
    expect(h.store.current('1').value.decision).toBe('Besluttet, og mere');
  });

  it('still writes to Graph when the outbox is stuck (IndexedDB blocked by another tab)', async () => {
    h.store.seed('1');
    const stuck: OutboxStore = { ...createMemoryOutbox(), put: () => new Promise(() => undefined) };
    const engine = createSyncEngine({ store: h.store, outbox: stuck, meetingKey: MEETING, random: () => 0.5 });
    await engine.start([{ itemId: '1', version: h.store.current('1') }]);
    void engine.edit('1', text('skrevet alligevel'));
    await advance(2000);
    expect(h.store.current('1').value.decision).toBe('skrevet alligevel');
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('shows the server value when nothing is pending and the server moved on', async () => {
    h.store.seed('1');
    const first = await h.start(h.fresh('1'));
    await first.edit('1', text('mit'));
    await advance(3000);
    await first.dispose();
    h.store.externalWrite('1', () => text('nyere fra serveren'));
    const second = await h.start(h.fresh('1'));
    expect(second.get('1')?.value.decision).toBe('nyere fra serveren');
    expect(second.get('1')?.state).toBe('saved');
  });
});
