/**
 * The sync engine when the device cannot keep the text (IndexedDB full, blocked or missing) and
 * when a reload opens from an older offline copy of the agenda (issue #9, points 5 and 6).
 */
import { describe, expect, it } from 'vitest';
import { FakeDecisionStore } from '../../../../tests/fakes/fake-decision-store';
import { advance, decisionText as text, MEETING, useSyncEngineHarness } from '../../../../tests/helpers/notes/sync-engine-harness';
import { createMemoryOutbox } from './outbox';

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const h = useSyncEngineHarness();

describe('sync engine: the device cannot store (point 5)', () => {
  it('never claims "saved locally" when the outbox refuses (quota), shows the failure at once, and still sends to Graph', async () => {
    h.store.seed('1');
    h.outbox = { ...createMemoryOutbox(), put: async () => Promise.reject(quotaExceeded()) };
    const engine = await h.start(h.fresh('1'), { online: false });
    await engine.edit('1', text('Kun i vinduet'));
    expect(engine.get('1')?.state).toBe('unsaved');
    expect(engine.localSaveFailed()).toBe(true);
    await advance(10_000);
    expect(engine.get('1')?.state).toBe('unsaved');
    engine.setOnline(true);
    await advance(3000);
    expect(h.store.current('1').value.decision).toBe('Kun i vinduet');
    // "Gemt" only now that the server confirmed: the server is the only copy.
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('says "not saved on the device", never "saved", while the only copy is on its way to the server', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    h.store = new FakeDecisionStore({ delay: () => gate });
    h.store.seed('1');
    h.outbox = { ...createMemoryOutbox(), put: async () => Promise.reject(quotaExceeded()) };
    const engine = await h.start(h.fresh('1'));
    await engine.edit('1', text('På vej'));
    await advance(2000);
    expect(engine.get('1')?.state).toBe('unsaved');
    release();
    await advance(100);
    expect(engine.get('1')?.state).toBe('saved');
  });

  it('clears the failure when the outbox stores again (space freed)', async () => {
    h.store.seed('1');
    let full = true;
    const inner = createMemoryOutbox();
    h.outbox = { ...inner, put: async (entry, expected) => (full ? Promise.reject(quotaExceeded()) : inner.put(entry, expected)) };
    const engine = await h.start(h.fresh('1'), { online: false });
    await engine.edit('1', text('a'));
    expect(engine.localSaveFailed()).toBe(true);
    full = false;
    await engine.edit('1', text('ab'));
    expect(engine.localSaveFailed()).toBe(false);
    expect(engine.get('1')?.state).toBe('offline');
    expect((await inner.get(MEETING, '1'))?.value.decision).toBe('ab');
  });

  it('stores the newest text when an earlier put of a burst failed (the queue does not give up)', async () => {
    h.store.seed('1');
    let failNext = true;
    const refused: string[] = [];
    const inner = createMemoryOutbox();
    h.outbox = {
      ...inner,
      put: async (entry, expected) => {
        if (failNext) {
          failNext = false;
          refused.push(entry.value.decision);
          throw quotaExceeded();
        }
        return inner.put(entry, expected);
      },
    };
    const engine = await h.start(h.fresh('1'), { online: false });
    const first = engine.edit('1', text('a'));
    const second = engine.edit('1', text('ab'));
    await Promise.all([first, second]);
    expect(refused).toEqual(['a']);
    expect((await inner.get(MEETING, '1'))?.value.decision).toBe('ab');
    expect(engine.get('1')?.state).toBe('offline');
  });
});

describe('sync engine: reload from an older offline copy (point 6)', () => {
  it('shows the latest own text, not the older copy, and writes on top of it without a conflict', async () => {
    const copy = h.store.seed('1', text('Fra dagsordenen'));
    const copiedAt = Date.now();
    await advance(1000);
    const first = await h.start(h.fresh('1'));
    await first.edit('1', text('Min seneste tekst'));
    await advance(3000);
    expect(first.get('1')?.state).toBe('saved');
    await first.dispose();

    // Reload without network: the agenda comes from the copy taken before the text was written.
    const second = await h.start([{ itemId: '1', version: copy, asOf: copiedAt }], { online: false });
    expect(second.get('1')?.value.decision).toBe('Min seneste tekst');
    await second.edit('1', text('Min seneste tekst, og mere'));
    second.setOnline(true);
    await advance(5000);
    expect(second.get('1')?.conflict).toBeNull();
    expect(second.get('1')?.state).toBe('saved');
    expect(h.store.current('1').value.decision).toBe('Min seneste tekst, og mere');
  });

  it('recognises its own text that reached the server with the answer lost, after a reload from an older copy', async () => {
    const copy = h.store.seed('1', text('Start'));
    const copiedAt = Date.now();
    const first = await h.start(h.fresh('1'));
    h.faults = [{ kind: 'lost' }];
    await first.edit('1', text('Start\nEgen linje'));
    await advance(400); // applied, the answer lost
    await advance(3000); // the retry gets a 412 holding our own text: recognised, synced
    expect(h.store.writes.map((w) => w.outcome)).toEqual(['applied-lost', 'conflict']);
    expect(first.get('1')?.conflict).toBeNull();
    expect(first.get('1')?.state).toBe('saved');
    await first.dispose();
    const second = await h.start([{ itemId: '1', version: copy, asOf: copiedAt }], { online: false });
    expect(second.get('1')?.value.decision).toBe('Start\nEgen linje');
    await second.edit('1', text('Anden start\nEgen linje'));
    second.setOnline(true);
    await advance(5000);
    expect(second.get('1')?.conflict).toBeNull();
    expect(h.store.current('1').value.decision).toBe('Anden start\nEgen linje');
    // Written on top of its own lost write's ETag, learned from the 412: no second conflict.
    expect(h.store.writes.map((w) => w.outcome)).toEqual(['applied-lost', 'conflict', 'applied']);
  });

  it('takes a copy newer than the outbox (written since by someone else, seen in another view)', async () => {
    h.store.seed('1');
    const first = await h.start(h.fresh('1'));
    await first.edit('1', text('Mit'));
    await advance(3000);
    await first.dispose();
    await advance(60_000);
    const theirs = h.store.externalWrite('1', () => text('Deres, nyere'));
    const second = await h.start([{ itemId: '1', version: theirs, asOf: Date.now() }], { online: false });
    expect(second.get('1')?.value.decision).toBe('Deres, nyere');
    expect(second.get('1')?.state).toBe('saved');
  });

  it('remembers a newer server version learned at a reload, so a later reload from an older copy still shows the latest text', async () => {
    h.store.seed('1');
    const inner = createMemoryOutbox();
    let failing = false;
    h.outbox = { ...inner, put: (entry, expected) => (failing ? Promise.reject(quotaExceeded()) : inner.put(entry, expected)) };
    const first = await h.start(h.fresh('1'));
    await first.edit('1', text('Et.'));
    await advance(3000);
    await advance(1000);
    const copy = { itemId: '1', version: h.store.current('1'), asOf: Date.now() };
    await advance(1000);
    // The device refuses to store while the next text reaches the server: the outbox keeps 'Et.'.
    failing = true;
    await first.edit('1', text('Et. To.'));
    await advance(3000);
    expect(h.store.current('1').value.decision).toBe('Et. To.');
    expect(first.localSaveFailed()).toBe(true);
    expect((await inner.get(MEETING, '1'))?.value.decision).toBe('Et.');
    await first.dispose();
    failing = false;
    // A reload with the network shows the server's text, and no alert: the device stores again.
    const second = await h.start(h.fresh('1'));
    expect(second.get('1')?.value.decision).toBe('Et. To.');
    expect(second.localSaveFailed()).toBe(false);
    await advance(100);
    await second.dispose();
    // A reload without network, from the copy taken before 'To.' was written, must not go back to 'Et.'.
    const third = await h.start([copy], { online: false });
    expect(third.get('1')?.value.decision).toBe('Et. To.');
    expect(third.get('1')?.state).toBe('saved');
  });

  it('stores the text the device refused as the panel closes once it stores again, so a later reload from an older copy still shows it', async () => {
    const copy = { itemId: '1', version: h.store.seed('1', text('Et.')), asOf: Date.now() };
    await advance(1000);
    const inner = createMemoryOutbox();
    let failing = true;
    h.outbox = { ...inner, put: (entry, expected) => (failing ? Promise.reject(quotaExceeded()) : inner.put(entry, expected)) };
    // Every copy of the text is refused, yet it reaches the server.
    const first = await h.start(h.fresh('1'));
    await first.edit('1', text('Et. To.'));
    await advance(3000);
    expect(h.store.current('1').value.decision).toBe('Et. To.');
    expect(first.localSaveFailed()).toBe(true);
    // The device stores again before the panel closes: closing must keep what it typed.
    failing = false;
    await first.dispose();
    const second = await h.start(h.fresh('1'));
    expect(second.get('1')?.value.decision).toBe('Et. To.');
    await advance(100);
    await second.dispose();
    const third = await h.start([copy], { online: false });
    expect(third.get('1')?.value.decision).toBe('Et. To.');
    expect(third.get('1')?.state).toBe('saved');
  });
});
