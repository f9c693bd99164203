// @vitest-environment jsdom
import { effectsSettled } from '../../../../tests/setup-dom';
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveProgress } from '../../../domain/live-meeting';
import type { Language } from '../../../ui/i18n';
import type { AppServices } from '../../../ui/services';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../../../tests/fakes/in-memory-agenda';
import { InMemoryLiveProgressStore } from '../../../../tests/fakes/in-memory-live-progress';
import { MemoryStorage } from '../../../../tests/fakes/memory-storage';
import { createAgendaCache } from '../../../ui/agenda-cache';
import { SAMPLE_REF, sampleAgenda } from '../../../../tests/fakes/sample-agenda';
import { AgendaView } from './AgendaView';
import { providers } from '../../../../tests/helpers/ui/providers';

// jsdom lacks ResizeObserver; Fluent's MessageBar (the late-meeting warning) observes its size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// Sample agenda, local time: punkt 2 09.10–09.40; then 3 (30 min.), 4 (20 min.), 5 (40 min.) to 11.10.
let clock: Date;
let store: InMemoryLiveProgressStore;

function renderLive(
  options: { agendaProgress?: LiveProgress | null; language?: Language; source?: InMemoryAgendaSource; storage?: Storage } = {},
) {
  const agenda = { ...sampleAgenda(), ...(options.agendaProgress === undefined ? {} : { progress: options.agendaProgress }) };
  const services: AppServices = {
    host: createFakeHost({ ref: SAMPLE_REF }),
    agenda: options.source ?? new InMemoryAgendaSource().put(agenda),
    calendar: new InMemoryCalendar(),
    progress: store,
    now: () => clock,
    storage: options.storage ?? null,
  };
  return render(<AgendaView meetingRef={SAMPLE_REF} />, { wrapper: providers({ language: options.language, services }) });
}

/** Moves the clock and lets the view's tick (15 s) and poll (30 s) timers run. */
async function advance(to: string, ms: number) {
  // The view rendered outside act (its data arrived): let React run its effects, the intervals, first.
  await effectsSettled();
  clock = new Date(to);
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

const punkt = (n: number) => screen.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) });

beforeEach(() => {
  // Only the intervals are faked: the view's clock tick and the poll.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  store = new InMemoryLiveProgressStore();
});
afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

describe('the managers’ view follows the note-taker', () => {
  it('polls every 30 s and, when the meeting runs late, shows "Forventet slut" next to the time left; a failed poll keeps it', async () => {
    clock = new Date('2024-03-13T08:30:00Z'); // 09.30: by the clock punkt 2, 10 min. left
    renderLive({ agendaProgress: null });
    const two = await screen.findByRole('listitem', { name: /^Punkt 2:/ });
    await effectsSettled(); // what is on now is known right after the first paint (issue #13)
    expect(within(two).getByText('I gang · 10 min. tilbage')).toBeInTheDocument();
    expect(store.reads).toHaveLength(0); // the agenda brought the progress: no extra request at open

    // The note-taker started punkt 2 late, at 09.25: it runs to 09.55, and the rest follows.
    store.set(SAMPLE_REF, { number: 2, startedAt: new Date('2024-03-13T08:25:00Z') });
    await advance('2024-03-13T08:30:30Z', 30_000);
    expect(store.reads).toHaveLength(1);
    expect(within(punkt(2)).getByText('I gang · 25 min. tilbage · Forventet slut 11.25')).toBeInTheDocument();
    expect(screen.getByText('Mødet er forsinket og forventes at slutte kl. 11.25')).toBeInTheDocument();

    // The list now says nothing is on, but the poll cannot read it: the view keeps what it knew.
    store.set(SAMPLE_REF, null);
    store.failWith = Object.assign(new Error('fetch failed'), { name: 'NetworkError' });
    await advance('2024-03-13T08:31:00Z', 30_000);
    expect(store.reads).toHaveLength(2);
    expect(within(punkt(2)).getByText(/Forventet slut 11\.25$/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('moves the highlight to the punkt the note-taker started, before the clock gets there', async () => {
    clock = new Date('2024-03-13T08:35:00Z'); // 09.35: by the clock still punkt 2
    renderLive({ agendaProgress: { number: 3, startedAt: new Date('2024-03-13T08:34:00Z') } });
    const three = await screen.findByRole('listitem', { name: /^Punkt 3:/ });
    await effectsSettled(); // what is on now is known right after the first paint (issue #13)
    expect(three).toHaveAttribute('aria-current', 'true');
    expect(within(three).getByText('I gang · 29 min. tilbage')).toBeInTheDocument();
    expect(punkt(2)).not.toHaveAttribute('aria-current');
  });

  it('asks at once when the agenda did not bring the progress, and says "Expected end" in English', async () => {
    clock = new Date('2024-03-13T08:30:00Z');
    store.set(SAMPLE_REF, { number: 2, startedAt: new Date('2024-03-13T08:25:00Z') });
    renderLive({ language: 'en' });
    expect(await screen.findByText('In progress · 25 min. left · Expected end 11.25')).toBeInTheDocument();
    expect(store.reads).toHaveLength(1);
  });

  it('shows the progress of the local copy while the agenda is fetched (its instant came back from JSON as text)', async () => {
    clock = new Date('2024-03-13T08:35:00Z');
    const storage = new MemoryStorage();
    createAgendaCache(storage).write(
      SAMPLE_REF,
      { ...sampleAgenda(), progress: { number: 3, startedAt: new Date('2024-03-13T08:34:00Z') } },
      clock,
    );
    const source = new InMemoryAgendaSource().put(sampleAgenda());
    source.hold = new Promise(() => undefined);
    renderLive({ source, storage });
    expect(await screen.findByRole('listitem', { name: /^Punkt 3:/ })).toHaveAttribute('aria-current', 'true');
  });

  it('does not poll while the tab is hidden, nor after the meeting', async () => {
    clock = new Date('2024-03-13T10:09:00Z'); // 11.09: punkt 5, planned to 11.10
    renderLive({ agendaProgress: null });
    await screen.findByRole('listitem', { name: /^Punkt 5:/ });
    // The visibility listener and the poll's interval are set up in effects: under load they may not
    // have run yet when the data arrived, and a 'hidden' event sent before would go unheard.
    await effectsSettled();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await advance('2024-03-13T10:09:30Z', 60_000);
    expect(store.reads).toHaveLength(0);

    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(store.reads).toHaveLength(1); // back in view: ask at once
    await advance('2024-03-13T10:09:45Z', 30_000);
    expect(store.reads).toHaveLength(2);

    await advance('2024-03-13T10:11:00Z', 15_000); // the planned end has passed and nobody marked a punkt
    const after = store.reads.length;
    await advance('2024-03-13T10:30:00Z', 120_000);
    expect(store.reads).toHaveLength(after);
    expect(document.querySelector('[aria-current]')).toBeNull();
  });
});
