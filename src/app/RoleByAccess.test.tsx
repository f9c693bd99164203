// @vitest-environment jsdom
import '../../tests/setup-dom';
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { createFakeHost } from '../../tests/fakes/fake-host';
import { FakeDecisionStore } from '../../tests/fakes/fake-decision-store';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda } from '../../tests/fakes/sample-agenda';
import { App } from './App';
import { rememberingWriteAccess, writeAccessMemory } from './write-access-memory';

const LAZY = { timeout: 10_000 };
// jsdom lacks ResizeObserver; Fluent's MessageBar in the note-taker's view observes its size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
const now = () => new Date('2024-03-12T12:00:00Z');

function renderPanel(canWrite: boolean | null, strict = false) {
  const agenda = new InMemoryAgendaSource().put(sampleAgenda());
  const decisions = new FakeDecisionStore({ canWrite });
  for (const stored of sampleAgenda().items) decisions.seed(stored.id);
  const services = { host: createFakeHost({ ref: SAMPLE_REF }), agenda, calendar: new InMemoryCalendar(), decisions, now, storage: null };
  const app = <App services={services} config={{ role: 'agenda', language: 'da', roleByAccess: true }} />;
  render(strict ? <StrictMode>{app}</StrictMode> : app);
  return { agenda, decisions };
}

describe('the Teams side panel without a role picks the view by write access', () => {
  it('gives someone who may write the note-taker’s editor, asking the agenda and the probe once, and lets them just follow the agenda', async () => {
    const { agenda, decisions } = renderPanel(true);
    expect(await screen.findByRole('textbox', { name: 'Beslutning for punkt 1' }, LAZY)).toBeInTheDocument();
    expect(agenda.loads).toHaveLength(1);
    expect(decisions.probes).toHaveLength(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Følg kun dagsordenen' }));
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Beslutning for punkt 1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skriv referat' })).toBeInTheDocument();
  });

  it('probes once even when React runs the effect twice (StrictMode, as bootstrap renders)', async () => {
    const { decisions } = renderPanel(true, true);
    expect(await screen.findByRole('textbox', { name: 'Beslutning for punkt 1' }, LAZY)).toBeInTheDocument();
    expect(decisions.probes).toHaveLength(1);
  });

  it('gives a read-only user the managers’ view, with no editor and no switch', async () => {
    renderPanel(false);
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Beslutning for punkt/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skriv referat' })).toBeNull();
  });
});

describe('the role-less side panel with an answer remembered from an earlier open', () => {
  /** The panel with `remembered` from an earlier open and a fresh probe held until `answer` is called. */
  function renderRemembered(remembered: boolean) {
    localStorage.clear();
    const memory = writeAccessMemory(localStorage, 'demo:notetaker', 'sites/punkt-demo');
    memory.remember(remembered);
    let answer: (fresh: boolean | null) => void = () => undefined;
    const store = new FakeDecisionStore({ canWrite: () => new Promise<boolean | null>((resolve) => (answer = resolve)) });
    for (const stored of sampleAgenda().items) store.seed(stored.id);
    const agenda = new InMemoryAgendaSource().put(sampleAgenda());
    const decisions = rememberingWriteAccess(store, memory);
    const services = { host: createFakeHost({ ref: SAMPLE_REF }), agenda, calendar: new InMemoryCalendar(), decisions, now, storage: null };
    render(<App services={services} config={{ role: 'agenda', language: 'da', roleByAccess: true }} />);
    return { agenda, store, memory, answer: (fresh: boolean | null) => answer(fresh) };
  }

  it('opens the note-taker’s view before the probe answers, sharing its agenda and its probe, and keeps it when the probe agrees', async () => {
    const { agenda, store, memory, answer } = renderRemembered(true);
    expect(await screen.findByRole('button', { name: 'Følg kun dagsordenen' }, LAZY)).toBeInTheDocument();
    // While the probe is out the editor has no fields: nothing can be written yet.
    expect(screen.queryByRole('textbox', { name: /^Beslutning for punkt/ })).toBeNull();
    answer(true);
    expect(await screen.findByRole('textbox', { name: 'Beslutning for punkt 1' }, LAZY)).toBeInTheDocument();
    expect(agenda.loads).toHaveLength(1);
    expect(store.probes).toHaveLength(1);
    expect(memory.recall()).toBe(true);
  });

  it('takes the editor away when the fresh probe says reader, with no write made, and remembers the new answer', async () => {
    const { store, memory, answer } = renderRemembered(true);
    expect(await screen.findByRole('button', { name: 'Følg kun dagsordenen' }, LAZY)).toBeInTheDocument();
    answer(false);
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Beslutning for punkt/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Følg kun dagsordenen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skriv referat' })).toBeNull();
    expect(store.writes).toEqual([]);
    expect(memory.recall()).toBe(false);
  });

  it('opens the managers’ view for a remembered reader and gives the editor when the fresh probe says writer', async () => {
    const { answer } = renderRemembered(false);
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skriv referat' })).toBeNull();
    answer(true);
    expect(await screen.findByRole('textbox', { name: 'Beslutning for punkt 1' }, LAZY)).toBeInTheDocument();
  });

  it('keeps the remembered view when the fresh probe cannot tell (offline, a server error)', async () => {
    const { answer, memory } = renderRemembered(false);
    expect(await screen.findByRole('list', { name: 'Dagsorden' }, LAZY)).toBeInTheDocument();
    answer(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('list', { name: 'Dagsorden' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skriv referat' })).toBeNull();
    expect(memory.recall()).toBe(false);
  });
});
