/**
 * The note-taker's saving, measured: keystroke-to-local-save latency (edit → intent durable in the
 * IndexedDB outbox, fake-indexeddb) beside a bare in-memory Map put as the baseline (issue target:
 * p95 ≤ 16 ms); time from reconnect until ten offline punkter are synced (store latency 150 ms,
 * simulated clock); and Graph writes per minute while typing steadily (a keystroke every 150 ms).
 */
import 'fake-indexeddb/auto';
import { FakeDecisionStore } from '../../tests/fakes/fake-decision-store';
import type { SyncClock } from '../../src/features/notes/sync/clock';
import { createMemoryOutbox, type OutboxEntry } from '../../src/features/notes/sync/outbox';
import { openIdbOutbox } from '../../src/features/notes/sync/outbox-idb';
import { createSyncEngine } from '../../src/features/notes/sync/sync-engine';

const KEYSTROKES = 600;
const MEETING = 'bench|2024-03-13T08:00:00Z';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');

/** A clock whose time only moves when told, running due timers in order (and the promises they start). */
function simulatedClock(): SyncClock & { advance(ms: number): Promise<void> } {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => now,
    setTimeout(fn, ms) {
      timers.set(++seq, { at: now + Math.max(0, ms), fn });
      return seq;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        await settle();
        const next = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
      await settle();
    },
  };
}

async function keystrokeLatency(): Promise<void> {
  const outbox = await openIdbOutbox({ name: `bench-notes-${Date.now()}` });
  const store = new FakeDecisionStore();
  const version = store.seed('1');
  // Offline, so only the local save is measured (no network timers in between).
  const engine = createSyncEngine({ store, outbox, meetingKey: MEETING, online: false });
  await engine.start([{ itemId: '1', version }]);
  const local: number[] = [];
  let text = '';
  for (let i = 0; i < KEYSTROKES; i++) {
    text += i % 12 === 11 ? ' ' : 'x';
    const t0 = performance.now();
    await engine.edit('1', { decision: text, status: 'none', postponedTo: null });
    local.push(performance.now() - t0);
  }
  await engine.dispose();
  const saved = await outbox.get(MEETING, '1');
  if (saved?.value.decision !== text || saved.revision !== KEYSTROKES) throw new Error('the outbox does not hold the last keystroke');
  outbox.close();

  // Baseline: the same intent put into a Map (what a purely in-memory draft would cost).
  const map = new Map<string, OutboxEntry>();
  const baseline: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const t0 = performance.now();
    map.set('1', structuredClone({ ...saved, revision: i, value: { decision: text.slice(0, i), status: 'none', postponedTo: null } }));
    baseline.push(performance.now() - t0);
  }
  const p50 = percentile(local, 50);
  const p95 = percentile(local, 95);
  console.log(`keystroke → local save (IndexedDB outbox, ${KEYSTROKES} keystrokes): p50 ${fmt(p50)}, p95 ${fmt(p95)} (target p95 ≤ 16 ms)`);
  const b50 = percentile(baseline, 50);
  console.log(
    `  baseline in-memory Map put (structured clone): p50 ${fmt(b50)}, p95 ${fmt(percentile(baseline, 95))}; p50 ratio ${ratio(p50, b50)}`,
  );
}

async function reconnectUntilSynced(): Promise<void> {
  const clock = simulatedClock();
  const store = new FakeDecisionStore({ now: clock.now, delay: () => new Promise((resolve) => clock.setTimeout(resolve, 150)) });
  const ids = Array.from({ length: 10 }, (_, i) => `item-${i + 1}`);
  const known = ids.map((itemId) => ({ itemId, version: store.seed(itemId) }));
  const engine = createSyncEngine({ store, outbox: createMemoryOutbox(), meetingKey: MEETING, clock, online: false });
  await engine.start(known);
  for (const id of ids)
    await engine.edit(id, { decision: `Beslutning for ${id}, skrevet offline.`, status: 'approved', postponedTo: null });
  await clock.advance(60_000);
  const from = clock.now();
  engine.setOnline(true);
  while (ids.some((id) => engine.get(id)?.state !== 'saved') && clock.now() - from < 120_000) await clock.advance(10);
  console.log(`reconnect → 10 punkter synced (store latency 150 ms, simulated): ${clock.now() - from} ms, ${store.writes.length} writes`);
  await engine.dispose();
}

async function writesPerMinute(): Promise<void> {
  const clock = simulatedClock();
  const store = new FakeDecisionStore({ now: clock.now, delay: () => new Promise((resolve) => clock.setTimeout(resolve, 150)) });
  const version = store.seed('1');
  const engine = createSyncEngine({ store, outbox: createMemoryOutbox(), meetingKey: MEETING, clock });
  await engine.start([{ itemId: '1', version }]);
  let text = '';
  let keystrokes = 0;
  while (clock.now() < 60_000) {
    text += 'x';
    keystrokes += 1;
    void engine.edit('1', { decision: text, status: 'none', postponedTo: null });
    await clock.advance(150);
  }
  console.log(
    `Graph writes per minute, typing steadily (a keystroke every 150 ms): ${store.writes.length} (baseline, one write per keystroke: ${keystrokes})`,
  );
  await engine.dispose();
}

export async function run(): Promise<void> {
  await keystrokeLatency();
  await reconnectUntilSynced();
  await writesPerMinute();
}
