/**
 * Two panels of one browser on one meeting (two tabs, or the side panel and the meeting stage):
 * one outbox, one channel between them (issue #9, point 7). Nothing typed in either is dropped
 * silently, and neither says Gemt for text the server does not hold.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createPanelHub } from '../../../../tests/fakes/panel-hub';
import { advance, decisionText as text, MEETING, useSyncEngineHarness } from '../../../../tests/helpers/notes/sync-engine-harness';
import type { OutboxStore } from './outbox';
import type { SyncEngine, SyncEngineOptions } from './sync-engine';

const h = useSyncEngineHarness();
let hub: ReturnType<typeof createPanelHub>;

beforeEach(() => {
  hub = createPanelHub();
});

/** One panel of the browser on punkt 1: its own engine on the shared outbox, joined to the others through the hub. */
const panel = (options: Partial<SyncEngineOptions> = {}): Promise<SyncEngine> =>
  h.start(h.fresh('1'), { panels: hub.channel(), ...options });

describe('two panels on one punkt', () => {
  it('shows the text typed in one panel in the other, and the other writes on top of it', async () => {
    h.store.seed('1');
    const a = await panel();
    const b = await panel();
    await a.edit('1', text('Fra vindue A'));
    await advance(10);
    expect(b.get('1')?.value.decision).toBe('Fra vindue A');
    await b.edit('1', text('Fra vindue A, og B'));
    await advance(5000);
    expect(h.store.current('1').value.decision).toBe('Fra vindue A, og B');
    expect(a.get('1')?.value.decision).toBe('Fra vindue A, og B');
    expect(a.get('1')?.state).toBe('saved');
    expect(b.get('1')?.state).toBe('saved');
  });

  it('keeps both panels’ offline text through a reload: neither is dropped for having a lower revision', async () => {
    h.store.seed('1', text('Første afsnit.\n\nAndet afsnit.'));
    const a = await panel({ online: false });
    const b = await panel({ online: false });
    // Both type before either hears of the other (same tick); A types more keystrokes, so a higher revision.
    await Promise.all([a.edit('1', text('Første afsnit, A.\n\nAndet afsnit.')), b.edit('1', text('Første afsnit.\n\nAndet afsnit, B.'))]);
    await a.edit('1', text('Første afsnit, A2.\n\nAndet afsnit.'));
    await advance(100);
    await a.dispose();
    await b.dispose();
    const reopened = await panel({ online: true });
    await advance(5000);
    expect(reopened.get('1')?.state).toBe('saved');
    expect(h.store.current('1').value.decision).toBe('Første afsnit, A2.\n\nAndet afsnit, B.');
  });

  it('never lets equal revisions of two panels replace each other silently', async () => {
    h.store.seed('1', text('Et.\n\nTo.'));
    const a = await panel({ online: false });
    const b = await panel({ online: false });
    await Promise.all([a.edit('1', text('Et, A.\n\nTo.')), b.edit('1', text('Et.\n\nTo, B.'))]);
    await advance(100);
    expect(a.get('1')?.value.decision).toBe('Et, A.\n\nTo, B.');
    expect(b.get('1')?.value.decision).toBe('Et, A.\n\nTo, B.');
    expect((await h.outbox.get(MEETING, '1'))?.value.decision).toBe('Et, A.\n\nTo, B.');
  });

  it('reports overlapping text of two panels as a conflict between windows, writing neither until chosen', async () => {
    h.store.seed('1', text('Chefforum godkendte.'));
    const a = await panel();
    const b = await panel();
    await Promise.all([a.edit('1', text('Chefforum godkendte, A.')), b.edit('1', text('Chefforum godkendte, B.'))]);
    await advance(100);
    const conflicted = [a, b].filter((p) => p.get('1')?.state === 'conflict');
    expect(conflicted.length).toBeGreaterThan(0);
    const shown = conflicted[0]!.get('1')!;
    expect(shown.conflict?.fromPanel).toBe(true);
    expect([shown.value.decision, shown.conflict?.server.decision].sort()).toEqual(['Chefforum godkendte, A.', 'Chefforum godkendte, B.']);
    await advance(5000);
    // Nothing reached the server that the note-taker did not choose, and nobody says Gemt for a text the server lacks.
    for (const p of [a, b]) {
      const state = p.get('1')!;
      if (state.state === 'saved') expect(h.store.current('1').value).toEqual(state.value);
    }
    await conflicted[0]!.resolveConflict('1', text('Chefforum godkendte, A og B.'));
    await advance(5000);
    expect(h.store.current('1').value.decision).toBe('Chefforum godkendte, A og B.');
    expect(a.get('1')?.value.decision).toBe('Chefforum godkendte, A og B.');
    expect(b.get('1')?.value.decision).toBe('Chefforum godkendte, A og B.');
    expect(a.get('1')?.state).toBe('saved');
    expect(b.get('1')?.state).toBe('saved');
  });

  it('keeps the other panel’s text in view when a 412 answers a write that was in flight while the panels clashed', async () => {
    h.store.seed('1', text('Chefforum godkendte.'));
    const a = await panel({ locks: hub.locks });
    const b = await panel({ locks: hub.locks, online: false });
    await a.edit('1', text('Chefforum godkendte, A.'));
    await advance(310);
    // A's write is on its way (50 ms). Meanwhile someone else changes the same line on the server,
    // B writes on top of A's text, and A types over the same line before hearing of it.
    expect(h.store.writes).toHaveLength(1);
    h.store.externalWrite('1', () => text('Chefforum godkendte, ekstern.'));
    await b.edit('1', text('Chefforum godkendte, A og B.'));
    await a.edit('1', text('Chefforum godkendte, A2.'));
    expect(a.get('1')?.conflict).toMatchObject({ server: { decision: 'Chefforum godkendte, A og B.' }, fromPanel: true });
    await advance(100);
    expect(h.store.writes[0]?.outcome).toBe('conflict');
    // The server's 412 must not push B's text (held only in A's conflict) out of view.
    const shown = (p: SyncEngine) => `${p.get('1')!.value.decision}\n${p.get('1')!.conflict?.server.decision ?? ''}`;
    expect(shown(a)).toContain('A og B');
    expect(shown(b)).toContain('A og B');
    // Settled between the panels, the next write meets the server's change and shows that conflict.
    await a.resolveConflict('1', text('Chefforum godkendte, A2 og B.'));
    await advance(3000);
    expect(a.get('1')?.conflict).toMatchObject({ server: { decision: 'Chefforum godkendte, ekstern.' } });
    expect(a.get('1')?.conflict?.fromPanel).toBeUndefined();
    await a.resolveConflict('1', 'local');
    await advance(3000);
    expect(h.store.current('1').value.decision).toBe('Chefforum godkendte, A2 og B.');
    expect(a.get('1')?.state).toBe('saved');
  });

  it('keeps the server’s side of an unsettled conflict in view when the panels then clash on another line', async () => {
    h.store.seed('1', text('Et.\n\nTo.'));
    const a = await panel({ locks: hub.locks });
    const b = await panel({ locks: hub.locks, online: false });
    await a.edit('1', text('Et, A.\n\nTo.'));
    h.store.externalWrite('1', () => text('Et, ekstern.\n\nTo.'));
    await advance(3000);
    expect(a.get('1')?.conflict).toMatchObject({ server: { decision: 'Et, ekstern.\n\nTo.' } });
    expect(b.get('1')?.conflict).toMatchObject({ server: { decision: 'Et, ekstern.\n\nTo.' } });
    // Before settling it, both panels type over the same line of the second paragraph.
    await Promise.all([a.edit('1', text('Et, A.\n\nTo, A.')), b.edit('1', text('Et, A.\n\nTo, B.'))]);
    await advance(100);
    const shown = (p: SyncEngine) => `${p.get('1')!.value.decision}\n${p.get('1')!.conflict?.server.decision ?? ''}`;
    for (const p of [a, b]) {
      expect(p.get('1')?.state).toBe('conflict');
      expect(shown(p)).toContain('Et, ekstern.');
      expect(shown(p)).toContain('To, A.');
      expect(shown(p)).toContain('To, B.');
    }
  });

  it('keeps a write one panel made while the device refused to store, when it later merges with the other panel’s older copy', async () => {
    h.store.seed('1', text('Et.\n\nTo.\n\nTre.'));
    const inner = h.outbox;
    let refusing = true;
    h.outbox = {
      ...inner,
      put: (entry, expected) =>
        refusing ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : inner.put(entry, expected),
    };
    const a = await panel();
    const b = await panel({ online: false });
    // A's text reaches the server while none of its copies reach the outbox, so B never hears of it.
    await a.edit('1', text('Et.\n\nTo.\n\nTre, A.'));
    await advance(3000);
    expect(h.store.current('1').value.decision).toBe('Et.\n\nTo.\n\nTre, A.');
    refusing = false;
    // B, still on the version before A's write, stores its text; A then types in another paragraph.
    await b.edit('1', text('Et, B.\n\nTo.\n\nTre.'));
    await a.edit('1', text('Et.\n\nTo, A2.\n\nTre, A.'));
    await advance(5000);
    // B never removed "Tre, A.": it never had it. The merge must not read that as a deletion.
    expect(a.get('1')?.value.decision).toBe('Et, B.\n\nTo, A2.\n\nTre, A.');
    expect(h.store.current('1').value.decision).toBe('Et, B.\n\nTo, A2.\n\nTre, A.');
  });

  it('keeps a panel’s text that the other panel held aside when its own write then meets a 412', async () => {
    h.store.seed('1', text('Et.'));
    const a = await panel({ locks: hub.locks });
    // B hears nothing from A (a WebView without BroadcastChannel): it learns of A's text at its own save.
    const b = await panel({ locks: hub.locks, panels: undefined, online: false });
    await a.edit('1', text('Et, A.'));
    await advance(310);
    expect(h.store.writes).toHaveLength(1);
    // While A's write is out: the server changes the line, and B types over it, holding A's text aside.
    h.store.externalWrite('1', () => text('Et, ekstern.'));
    await b.edit('1', text('Et, B.'));
    expect(b.get('1')?.conflict).toMatchObject({ server: { decision: 'Et, A.' }, fromPanel: true });
    await advance(100);
    expect(h.store.writes[0]?.outcome).toBe('conflict');
    const shown = `${a.get('1')!.value.decision}\n${a.get('1')!.conflict?.server.decision ?? ''}`;
    expect(shown).toContain('Et, A.');
    expect(shown).toContain('Et, B.');
    expect((await h.outbox.get(MEETING, '1'))?.conflict?.server.value.decision).toContain('Et, A.');
  });
});

describe('a slow outbox read before a write', () => {
  it('never takes back its own older copy when the read answers after the write went on without it', async () => {
    h.store.seed('1');
    // The read of the outbox before a write answers late (a busy device), with what it held when asked.
    const slowReads: OutboxStore = {
      ...h.outbox,
      get: async (meetingKey, itemId) => {
        const then = await h.outbox.get(meetingKey, itemId);
        await new Promise((r) => setTimeout(r, 1500));
        return then;
      },
    };
    const engine = await panel({ outbox: slowReads });
    await engine.edit('1', text('B'));
    await advance(400); // the write starts, and waits up to a second for its read
    for (const typed of ['Be', 'Bes', 'Besl', 'Beslutning']) {
      await engine.edit('1', text(typed));
      await advance(250);
    }
    await advance(10_000);
    expect(engine.get('1')?.value.decision).toBe('Beslutning');
    expect(engine.get('1')?.state).toBe('saved');
    expect(h.store.current('1').value.decision).toBe('Beslutning');
  });
});
