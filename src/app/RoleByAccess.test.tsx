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
