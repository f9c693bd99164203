/**
 * Seeded fuzz of the sync engine: random edits on several punkter, reloads (a new engine over the
 * same outbox), offline spells, another writer changing the same or other paragraphs, and server
 * faults (503/429 with Retry-After, 401, dropped connections, writes applied with the answer lost).
 * A second scenario has two panels of one browser on the meeting (issue #9): reloads from an older
 * offline copy of the agenda while unreachable, and spells where the device refuses to store.
 *
 * Replay a failure with PUNKT_FUZZ_SEED=<seed> npx vitest run src/features/notes/sync/sync-fuzz.test.ts;
 * run more seeds with PUNKT_FUZZ_RUNS=<n>.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sameDecision } from '../../../domain/decision-merge';
import type { DecisionWrite } from '../../../domain/ports';
import { mulberry32 } from '../../../domain/random';
import { FakeDecisionStore, type StoreFault } from '../../../../tests/fakes/fake-decision-store';
import { createPanelHub } from '../../../../tests/fakes/panel-hub';
import { createMemoryOutbox, type OutboxStore } from './outbox';
import { openIdbOutbox } from './outbox-idb';
import { createSyncEngine, type PunktSync, type SyncEngine } from './sync-engine';

const MEETING = 'fuzz|2024-03-13T08:00:00Z';
/** Captured before any test fakes timers. */
const realSetImmediate = globalThis.setImmediate;
const STATUSES: DecisionWrite['status'][] = ['none', 'approved', 'noted', 'discussed'];

/** Appends a token to paragraph `index` (or adds a paragraph), as a person typing would. */
function appendToParagraph(text: string, index: number, token: string): string {
  const paragraphs = text === '' ? [] : text.split('\n\n');
  if (index >= paragraphs.length) paragraphs.push(token);
  else paragraphs[index] = `${paragraphs[index]} ${token}`;
  return paragraphs.join('\n\n');
}

/**
 * The list under a storm: answers after 20–220 ms, and while `storm.rate` is above 0 each write
 * fails with that chance, with one of `faults` picked by the scenario's own random numbers (so a
 * seed replays the same storm).
 */
function stormyStore(random: () => number, faults: readonly StoreFault[]): { store: FakeDecisionStore; storm: { rate: number } } {
  const storm = { rate: 0 };
  const store = new FakeDecisionStore({
    now: () => Date.now(),
    delay: () => new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(random() * 200))),
    fault: () => (random() < storm.rate ? faults[Math.floor(random() * faults.length)]! : null),
  });
  return { store, storm };
}

async function runScenario(seed: number, outbox: OutboxStore): Promise<void> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { store, storm } = stormyStore(random, [
    { kind: 'status', status: 503, retryAfterMs: 3000 },
    { kind: 'status', status: 429, retryAfterMs: 5000 },
    { kind: 'status', status: 500 },
    { kind: 'status', status: 401 },
    { kind: 'network' },
    { kind: 'lost' },
  ]);
  const punkter = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, i) => `item-${i + 1}`);
  for (const id of punkter)
    store.seed(id, { decision: 'Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit.', status: 'none', postponedTo: null });
  const localTokens = new Map(punkter.map((id) => [id, [] as string[]]));
  const edited = new Set<string>();
  let online = true;
  let counter = 0;

  const open = async (): Promise<SyncEngine> => {
    const engine = createSyncEngine({ store, outbox, meetingKey: MEETING, random, online });
    await engine.start(punkter.map((itemId) => ({ itemId, version: store.current(itemId) })));
    return engine;
  };
  let engine = await open();

  for (let step = 0; step < 160; step++) {
    const roll = random();
    const id = pick(punkter);
    if (roll < 0.4) {
      const current = engine.get(id)!.value;
      const token = `L${++counter}`;
      localTokens.get(id)!.push(token);
      edited.add(id);
      const status = random() < 0.1 ? pick(STATUSES) : current.status;
      await engine.edit(id, { ...current, decision: appendToParagraph(current.decision, Math.floor(random() * 4), token), status });
    } else if (roll < 0.7) {
      await vi.advanceTimersByTimeAsync(50 + Math.floor(random() * 3000));
    } else if (roll < 0.76) {
      // Another writer: sometimes the paragraph we edit, sometimes another one, rarely the status.
      store.externalWrite(id, (value) => ({
        ...value,
        decision: appendToParagraph(value.decision, Math.floor(random() * 4), `E${++counter}`),
        status: random() < 0.1 ? pick(STATUSES) : value.status,
      }));
    } else if (roll < 0.82) {
      online = !online;
      engine.setOnline(online);
    } else if (roll < 0.87) {
      await engine.dispose();
      engine = await open();
    } else if (roll < 0.93) {
      storm.rate = storm.rate > 0 ? 0 : 0.2 + random() * 0.6;
    } else {
      for (const p of punkter) if (engine.get(p)?.state === 'conflict') await engine.resolveConflict(p, 'local');
    }
  }

  // Calm after the storm: online, no faults; the note-taker keeps choosing their own text.
  storm.rate = 0;
  online = true;
  engine.setOnline(true);
  for (let round = 0; round < 60 && punkter.some((p) => engine.get(p)?.state !== 'saved'); round++) {
    for (const p of punkter) if (engine.get(p)?.state === 'conflict') await engine.resolveConflict(p, 'local');
    await vi.advanceTimersByTimeAsync(5000);
    // A calm spell lasts real time too: IndexedDB's work (real macrotasks) gets to finish.
    for (let tick = 0; tick < 20; tick++) await new Promise((resolve) => realSetImmediate(resolve));
  }

  await engine.dispose();
  for (const id of punkter) {
    const local = engine.get(id)!;
    const server = store.current(id);
    const entry = (await outbox.get(MEETING, id))!;
    expect(local.state, `${id} settles`).toBe('saved');
    if (server.etag === entry.base.etag) {
      expect(server.value, `${id}: the server holds the final local value`).toEqual(local.value);
    } else {
      // The other writer changed the punkt after our last write; the engine does not poll, so it
      // has not seen that yet. It must really be the other writer's version on the server.
      expect(store.externalWrites.filter((w) => w.itemId === id).at(-1)?.etag, `${id}: only the other writer wrote after us`).toBe(
        server.etag,
      );
    }
    for (const token of localTokens.get(id)!) expect(server.value.decision, `${id}: local edit ${token} kept`).toContain(token);
    const applied = store.applied(id);
    // Local edits reach the server only through our writes, so the last one must carry them all.
    if (edited.has(id)) {
      const last = applied.at(-1);
      expect(last, `${id}: our edits were written`).toBeDefined();
      for (const token of localTokens.get(id)!) expect(last!.value.decision, `${id}: last write carries ${token}`).toContain(token);
    }
    // Exactly once: the same value is never applied twice (a retry after a lost answer, a reload)
    // unless the other writer changed the punkt in between and the note-taker chose their text again.
    for (let i = 0; i < applied.length; i++) {
      for (let j = i + 1; j < applied.length; j++) {
        if (!sameDecision(applied[i]!.value, applied[j]!.value)) continue;
        const between = store.externalWrites.some((w) => w.itemId === id && w.at > applied[i]!.at && w.at < applied[j]!.at);
        expect(between, `${id}: value applied twice at ${applied[i]!.at} and ${applied[j]!.at}`).toBe(true);
      }
    }
    const times = store.writes.filter((w) => w.itemId === id).map((w) => w.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!, `${id}: writes ≥ 2 s apart`).toBeGreaterThanOrEqual(2000);
  }
}

/** The words of a decision that were typed (L…) or written by the other writer (E…). */
const tokensOf = (text: string) => new Set(text.match(/[LE]\d+/g) ?? []);
/** The words a panel shows for a punkt: its text, and in a conflict the other text beside it. */
const shownTokens = (state: PunktSync) => tokensOf(`${state.value.decision}\n${state.conflict?.server.decision ?? ''}`);

/**
 * Two panels on one meeting, one outbox, one channel and lock manager between them. Each panel types,
 * reloads (half the time from an older copy of the agenda, unreachable), goes offline; the device now
 * and then refuses to store. Invariants: every word typed in either panel reaches the server unless
 * the panel that held it showed the alert (the device could not store) before it was reloaded;
 * a reload shows the panel's latest text; no panel ever says Gemt for a value the server never held.
 */
async function runPanelScenario(seed: number): Promise<void> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { store, storm } = stormyStore(random, [
    { kind: 'status', status: 503, retryAfterMs: 3000 },
    { kind: 'network' },
    { kind: 'lost' },
  ]);
  const punkter = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, i) => `item-${i + 1}`);
  const held = new Map(punkter.map((id) => [id, new Set<string>()]));
  const remember = (id: string, value: DecisionWrite) => held.get(id)!.add(JSON.stringify(value));
  for (const id of punkter)
    remember(id, store.seed(id, { decision: 'Første afsnit.\n\nAndet afsnit.', status: 'none', postponedTo: null }).value);
  const inner = createMemoryOutbox();
  let storageFailing = false;
  const outbox: OutboxStore = {
    ...inner,
    put: (entry, expected) =>
      storageFailing ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : inner.put(entry, expected),
  };
  const hub = createPanelHub();
  const typed = new Map(punkter.map((id) => [id, new Set<string>()]));
  const excused = new Set<string>();
  let copy = { at: Date.now(), versions: punkter.map((itemId) => ({ itemId, version: store.current(itemId) })) };
  let counter = 0;

  // `storageFailed`: the device refused to store at some time in this panel's life, so the outbox may lag what it showed.
  const open = async (unreachable: boolean, online: boolean): Promise<{ engine: SyncEngine; online: boolean; storageFailed: boolean }> => {
    const engine = createSyncEngine({ store, outbox, meetingKey: MEETING, random, online, panels: hub.channel(), locks: hub.locks });
    const known = unreachable
      ? copy.versions.map((k) => ({ ...k, asOf: copy.at }))
      : punkter.map((itemId) => ({ itemId, version: store.current(itemId) }));
    await engine.start(known);
    return { engine, online, storageFailed: storageFailing };
  };
  const panels = [await open(false, true), await open(false, true)];
  const union = (a: string, b: string) => [...new Set([...a.split('\n\n'), ...b.split('\n\n')])].join('\n\n');
  const settleConflicts = async () => {
    for (const { engine } of panels) {
      for (const p of punkter) {
        const state = engine.get(p)!;
        // The note-taker keeps both texts: every word typed anywhere must survive.
        if (state.conflict)
          await engine.resolveConflict(p, { ...state.value, decision: union(state.value.decision, state.conflict.server.decision) });
      }
    }
  };
  const checkSaved = () => {
    for (const id of punkter) for (const w of store.applied(id)) remember(id, w.value);
    for (const { engine } of panels) {
      for (const p of punkter) {
        const state = engine.get(p)!;
        if (state.state === 'saved')
          expect(held.get(p)!.has(JSON.stringify(state.value)), `${p}: "Gemt" for a value the server never held`).toBe(true);
      }
    }
  };

  for (let step = 0; step < 160; step++) {
    const roll = random();
    const id = pick(punkter);
    const panel = pick(panels);
    if (roll < 0.4) {
      const current = panel.engine.get(id)!.value;
      const token = `L${++counter}`;
      typed.get(id)!.add(token);
      await panel.engine.edit(id, { ...current, decision: appendToParagraph(current.decision, Math.floor(random() * 4), token) });
    } else if (roll < 0.65) {
      await vi.advanceTimersByTimeAsync(50 + Math.floor(random() * 3000));
    } else if (roll < 0.69) {
      remember(
        id,
        store.externalWrite(id, (value) => ({
          ...value,
          decision: appendToParagraph(value.decision, Math.floor(random() * 4), `E${++counter}`),
        })).value,
      );
    } else if (roll < 0.75) {
      panel.online = !panel.online;
      panel.engine.setOnline(panel.online);
    } else if (roll < 0.83) {
      // Reload one panel, half the time while Graph is unreachable: the agenda then comes from the copy.
      const before = new Map(punkter.map((p) => [p, shownTokens(panel.engine.get(p)!)]));
      const alerted = panel.engine.localSaveFailed();
      await panel.engine.dispose();
      if (alerted)
        for (const p of punkter) for (const t of before.get(p)!) if (!tokensOf(store.current(p).value.decision).has(t)) excused.add(t);
      const unreachable = random() < 0.5;
      const reopened = await open(unreachable, unreachable ? false : panel.online);
      panels[panels.indexOf(panel)] = reopened;
      if (!alerted && !panel.storageFailed) {
        for (const p of punkter) {
          const shown = shownTokens(reopened.engine.get(p)!);
          for (const t of before.get(p)!)
            if (t.startsWith('L')) expect(shown.has(t), `${p}: the reload shows ${t} typed before it`).toBe(true);
        }
      }
    } else if (roll < 0.87) {
      copy = { at: Date.now(), versions: punkter.map((itemId) => ({ itemId, version: store.current(itemId) })) };
    } else if (roll < 0.91) {
      storageFailing = !storageFailing;
      for (const p of panels) p.storageFailed ||= storageFailing;
    } else if (roll < 0.95) {
      storm.rate = storm.rate > 0 ? 0 : 0.2 + random() * 0.5;
    } else {
      await settleConflicts();
    }
    checkSaved();
  }

  storm.rate = 0;
  storageFailing = false;
  for (const panel of panels) {
    panel.online = true;
    panel.engine.setOnline(true);
  }
  const settled = () => panels.every(({ engine }) => punkter.every((p) => engine.get(p)?.state === 'saved'));
  for (let round = 0; round < 80 && !settled(); round++) {
    await settleConflicts();
    // A panel whose last save failed stores again at its next change; nothing more to type here.
    await vi.advanceTimersByTimeAsync(5000);
    checkSaved();
  }
  for (const { engine } of panels) await engine.dispose();
  checkSaved();
  for (const id of punkter) {
    const server = tokensOf(store.current(id).value.decision);
    for (const { engine } of panels) expect(engine.get(id)!.state, `${id} settles in every panel`).toBe('saved');
    for (const token of typed.get(id)!)
      if (!excused.has(token)) expect(server.has(token), `${id}: ${token} typed in a panel reached the server`).toBe(true);
  }
}

describe('sync engine fuzz (replay with PUNKT_FUZZ_SEED)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const fixed = process.env.PUNKT_FUZZ_SEED;
  const runs = Number(process.env.PUNKT_FUZZ_RUNS ?? 40);
  const seeds = fixed ? [Number(fixed)] : Array.from({ length: runs }, (_, i) => 1000 + i * 7919);
  it.each(seeds)('seed %i: every final text reaches the store once, no local edit lost, ≤ 1 write per punkt per 2 s', async (seed) => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    await runScenario(seed, createMemoryOutbox());
  });

  // The same scenarios over the IndexedDB outbox (fake-indexeddb), where every reload reopens the
  // database. Only timers and Date are faked: fake-indexeddb schedules its work with setImmediate.
  const idbSeeds = fixed ? [Number(fixed)] : seeds.slice(0, 10);
  it.each(seeds)(
    'seed %i, two panels: reload while unreachable, storage failing; no typed word lost unless alerted, never Gemt for a value the server lacks',
    async (seed) => {
      vi.useFakeTimers({ now: 1_700_000_000_000 });
      await runPanelScenario(seed);
    },
  );

  it.each(idbSeeds)('seed %i over the IndexedDB outbox', async (seed) => {
    vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const name = `fuzz-${seed}-${Math.random()}`;
    const reopening: OutboxStore = {
      get: async (m, i) => withDb(name, (db) => db.get(m, i)),
      put: async (e) => withDb(name, (db) => db.put(e)),
      list: async (m) => withDb(name, (db) => db.list(m)),
      listOfICalUId: async (u) => withDb(name, (db) => db.listOfICalUId(u)),
      delete: async (m, i) => withDb(name, (db) => db.delete(m, i)),
    };
    await runScenario(seed, reopening);
  });
});

/** Opens the database for each call and closes it again, so nothing survives in memory between calls. */
async function withDb<T>(name: string, use: (db: OutboxStore) => Promise<T>): Promise<T> {
  const db = await openIdbOutbox({ name });
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
