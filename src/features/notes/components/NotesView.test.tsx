// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { effectsSettled } from '../../../../tests/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveProgress } from '../../../domain/live-meeting';
import type { AgendaSource, CalendarSource, DecisionStore, MeetingRef, StoredAgenda } from '../../../domain/ports';
import type { MeetingHost } from '../../../domain/host-port';
import { LanguageProvider } from '../../../ui/i18n';
import { ServicesProvider, type AppServices } from '../../../ui/services';
import { meetingOf, punkt } from '../../../../tests/fakes/agenda-items';
import { FakeDecisionStore, FakeHttpError } from '../../../../tests/fakes/fake-decision-store';
import { InMemoryApprovals } from '../../../../tests/fakes/in-memory-approvals';
import { InMemoryLiveProgressStore } from '../../../../tests/fakes/in-memory-live-progress';
import { manualConnectivity } from '../sync/connectivity';
import { createMemoryOutbox, type OutboxStore } from '../sync/outbox';
import { openIdbOutbox } from '../sync/outbox-idb';
import { NotesView } from './NotesView';
import { MemoryStorage } from '../../../../tests/fakes/memory-storage';
import { stubTwoPaneWidth } from '../../../../tests/helpers/ui/two-pane-width';

// jsdom lacks these; Fluent's MessageBar observes its size and Fluent asks about the colour scheme.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

const REF: MeetingRef = { iCalUId: 'uid-notes', start: '2024-03-13T08:00:00Z' };
const DURING_PUNKT_1 = new Date('2024-03-13T08:05:00Z'); // 09.05 in Copenhagen

function agendaFrom(store: FakeDecisionStore): StoredAgenda {
  const items = [
    punkt(1, {
      title: 'Godkendelse af dagsorden',
      durationMinutes: 20,
      recommendation: { by: 'Kommunaldirektøren', points: ['at dagsorden til dette møde godkendes'] },
    }),
    punkt(2, { title: 'Status på budget', durationMinutes: 20 }),
    punkt(3, { closed: true, durationMinutes: 20 }),
  ];
  const meeting = meetingOf(items, { plannedEnd: '10:00' });
  return {
    meetingId: 'm1',
    etag: '"m1"',
    ref: REF,
    meeting,
    items: items.map((it) => ({
      id: `id-${it.number}`,
      etag: store.current(`id-${it.number}`).etag,
      item: it,
      readable: it.number !== 3,
      // Punkt 2's row was last changed after the referat was approved on 2024-03-13 at 12.00 UTC in the flag test.
      modifiedAt: it.number === 2 ? '2024-03-13T13:00:00Z' : '2024-03-13T09:00:00Z',
    })),
  };
}

function fakeHost(): MeetingHost {
  return {
    kind: 'standalone',
    getMeetingRef: async () => REF,
    onMeetingChanged: () => () => undefined,
    getTheme: () => 'light',
    onThemeChanged: () => () => undefined,
    getUser: async () => null,
  };
}

let store: FakeDecisionStore;
let outbox: OutboxStore;

beforeEach(() => {
  store = new FakeDecisionStore();
  for (const id of ['id-1', 'id-2', 'id-3']) store.seed(id);
  outbox = createMemoryOutbox();
});
afterEach(() => cleanup());

interface RenderOptions {
  decisions?: DecisionStore | null;
  connectivity?: ReturnType<typeof manualConnectivity>;
  openOutbox?: () => Promise<OutboxStore>;
  storage?: Storage;
  /** The agenda cannot be loaded (no network). */
  unreachable?: boolean;
  language?: 'da' | 'en';
  /** Where the live progress is shared. */
  progress?: InMemoryLiveProgressStore;
  /** The progress the agenda load returns with the agenda. */
  agendaProgress?: LiveProgress | null;
  /** How long "Fortryd" is offered. */
  undoMs?: number;
  /** Who approved the referat; an empty store by default, as the app has one. */
  approvals?: InMemoryApprovals;
  /** The start the agenda is stored under when the organizer moved the meeting to REF's start. */
  movedFrom?: string;
}

function renderNotes(options: RenderOptions = {}) {
  const agenda = {
    ...agendaFrom(store),
    ...(options.agendaProgress === undefined ? {} : { progress: options.agendaProgress }),
    ...(options.movedFrom === undefined ? {} : { movedFrom: options.movedFrom }),
  };
  const source: AgendaSource = {
    loadAgenda: async () => {
      if (options.unreachable) throw Object.assign(new Error('fetch failed'), { name: 'NetworkError' });
      return structuredClone(agenda);
    },
  };
  const calendar: CalendarSource = { listEvents: async () => [], getEvent: async () => Promise.reject(new Error('unused')) };
  const services: AppServices = {
    host: fakeHost(),
    agenda: source,
    calendar,
    now: () => DURING_PUNKT_1,
    storage: options.storage ?? null,
    ...(options.decisions === null ? {} : { decisions: options.decisions ?? store }),
    ...(options.progress ? { progress: options.progress } : {}),
    approvals: options.approvals ?? new InMemoryApprovals(),
  };
  const deps = { openOutbox: options.openOutbox ?? (async () => outbox), connectivity: options.connectivity ?? manualConnectivity(true) };
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider language={options.language ?? 'da'}>
        <ServicesProvider services={services}>
          <NotesView meetingRef={REF} sync={deps} {...(options.undoMs === undefined ? {} : { undoMs: options.undoMs })} />
        </ServicesProvider>
      </LanguageProvider>
    </FluentProvider>,
  );
}

/** Role queries that also match what Tabster has marked aria-hidden (a modal surface, see the restart test). */
const hidden = { hidden: true };

/** The card header's disclosure button of punkt n. */
const toggleOf = (n: number) => screen.findByRole('button', { name: new RegExp(`^(Punkt|Item) ${n}:`) });

/** The decision field of punkt n (its card opened if collapsed), once the sync engine has started and it is editable. */
async function field(n: number, name = `Beslutning for punkt ${n}`): Promise<HTMLElement> {
  const toggle = await toggleOf(n);
  if (toggle.getAttribute('aria-expanded') === 'false') act(() => toggle.click());
  const element = await screen.findByRole('textbox', { name });
  await waitFor(() => expect(element).toBeEnabled());
  return element;
}
const saveState = (n: number) => screen.getByTestId(`save-state-${n}`);

describe('the note-taker’s view', () => {
  it('gives each readable punkt a decision field named "Beslutning for punkt N" and shows a closed punkt as Lukket', async () => {
    renderNotes();
    expect(await field(1)).toBeEnabled();
    expect(await field(2)).toBeEnabled();
    expect(screen.queryByRole('textbox', { name: 'Beslutning for punkt 3' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Punkt 3: Lukket punkt' })).toBeInTheDocument();
  });

  it('saves every keystroke locally at once and then to the list, showing Gemmer… then Gemt', async () => {
    const user = userEvent.setup();
    // Hold the store's answers so "Gemmer…" is observable however slow the machine is.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    store = new FakeDecisionStore({ delay: () => gate });
    for (const id of ['id-1', 'id-2', 'id-3']) store.seed(id);
    renderNotes();
    await user.type(await field(2), 'Drøftet kort');
    expect((await outbox.get(`${REF.iCalUId}|${REF.start}`, 'id-2'))?.value.decision).toBe('Drøftet kort');
    expect(saveState(2)).toHaveTextContent('Gemmer…');
    release();
    await waitFor(() => expect(saveState(2)).toHaveTextContent('Gemt'), { timeout: 4000 });
    expect(store.current('id-2').value.decision).toBe('Drøftet kort');
  });

  it('inserts a draft from the Indstilling from the "Indsæt forslag" menu, still editable', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(1);
    await user.click(screen.getByRole('button', { name: 'Indsæt forslag' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Indsæt forslag: Chefforum godkendte dagsordenen til dette møde' }));
    expect(await field(1)).toHaveValue('Chefforum godkendte dagsordenen til dette møde');
    await user.type(await field(1), '.');
    expect(await field(1)).toHaveValue('Chefforum godkendte dagsordenen til dette møde.');
  });

  it('sets the status from a compact choice, with the target meeting date when postponed', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(2);
    await user.click(screen.getByRole('combobox', { name: 'Status for punkt 2' }));
    await user.click(await screen.findByRole('option', { name: 'Udsat' }));
    const date = screen.getByLabelText('Udsat til mødet den (punkt 2)');
    await user.type(date, '2024-04-10');
    await waitFor(() => expect(store.current('id-2').value).toEqual({ decision: '', status: 'postponed', postponedTo: '2024-04-10' }), {
      timeout: 4000,
    });
  });

  it('keeps typing offline as "Offline – gemt lokalt", survives a reload, and sends when back online', async () => {
    const user = userEvent.setup();
    const connectivity = manualConnectivity(false);
    const name = `notes-view-${Math.random()}`;
    const first = renderNotes({ connectivity, openOutbox: () => openIdbOutbox({ name }) });
    await user.type(await field(1), 'Skrevet uden net');
    expect(saveState(1)).toHaveTextContent('Offline – gemt lokalt');
    first.unmount();
    expect(store.writes).toHaveLength(0);
    renderNotes({ connectivity, openOutbox: () => openIdbOutbox({ name }) });
    expect(await field(1)).toHaveValue('Skrevet uden net');
    act(() => connectivity.set(true));
    await waitFor(() => expect(saveState(1)).toHaveTextContent('Gemt'), { timeout: 4000 });
    expect(store.current('id-1').value.decision).toBe('Skrevet uden net');
    expect(store.applied('id-1')).toHaveLength(1);
  });

  it.each([
    ['not yet re-keyed (movedFrom)', { movedFrom: '2024-03-13T06:00:00Z' }],
    ['already re-keyed by the secretary', {}],
  ])('sends a decision typed offline before the meeting moved, once, from its new start (%s)', async (_case, moved) => {
    const user = userEvent.setup();
    const connectivity = manualConnectivity(false);
    const name = `notes-view-${Math.random()}`;
    const first = renderNotes({ connectivity, openOutbox: () => openIdbOutbox({ name }) });
    await user.type(await field(1), 'Før flytningen');
    expect(saveState(1)).toHaveTextContent('Offline – gemt lokalt');
    first.unmount();
    // The organizer moved the meeting two hours: the stored intent is keyed by the old start.
    const oldKey = `${REF.iCalUId}|${REF.start}`;
    const db = await openIdbOutbox({ name });
    for (const entry of await db.list(oldKey)) {
      await db.delete(oldKey, entry.itemId);
      await db.put({ ...entry, meetingKey: `${REF.iCalUId}|2024-03-13T06:00:00Z` });
    }
    db.close();
    renderNotes({ connectivity, openOutbox: () => openIdbOutbox({ name }), ...moved });
    expect(await field(1)).toHaveValue('Før flytningen');
    act(() => connectivity.set(true));
    await waitFor(() => expect(saveState(1)).toHaveTextContent('Gemt'), { timeout: 4000 });
    expect(store.current('id-1').value.decision).toBe('Før flytningen');
    expect(store.applied('id-1')).toHaveLength(1);
  });

  it('shows both texts on a conflicting change and writes the one the note-taker keeps', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(2);
    store.externalWrite('id-2', (v) => ({ ...v, decision: 'Den anden referents tekst' }));
    await user.type(await field(2), 'Min tekst');
    await waitFor(() => expect(saveState(2)).toHaveTextContent('Konflikt'), { timeout: 4000 });
    expect(screen.getByRole('region', { name: 'Din tekst' })).toHaveTextContent('Min tekst');
    expect(screen.getByRole('region', { name: 'Den anden tekst' })).toHaveTextContent('Den anden referents tekst');
    expect(store.current('id-2').value.decision).toBe('Den anden referents tekst');
    await user.click(screen.getByRole('button', { name: 'Behold min tekst' }));
    await waitFor(() => expect(store.current('id-2').value.decision).toBe('Min tekst'), { timeout: 4000 });
  });

  it('explains read-only access calmly after a 403 and shows decisions as text', async () => {
    const user = userEvent.setup();
    const refusing: DecisionStore = {
      readDecision: (id) => store.readDecision(id),
      writeDecision: async () => {
        throw new FakeHttpError(403);
      },
    };
    renderNotes({ decisions: refusing });
    await user.type(await field(1), 'x');
    expect(await screen.findByText('Du kan læse beslutningerne')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Beslutning for punkt 1' })).toBeNull();
    // The refused local text is not presented as the decision.
    expect(screen.getByRole('region', { name: /^Punkt 1:/ })).toHaveTextContent('Ingen beslutning endnu.');
    expect(screen.queryByText('Noget gik galt')).toBeNull();
  });

  it('asks canWrite once for the first open punkt and, on "no", shows the decisions read-only from the start with no editors', async () => {
    store = new FakeDecisionStore({ canWrite: false });
    for (const id of ['id-1', 'id-2', 'id-3']) store.seed(id);
    renderNotes();
    expect(await screen.findByText('Du kan læse beslutningerne')).toBeInTheDocument();
    expect(store.probes).toEqual(['id-1']);
    expect(screen.queryByRole('textbox', { name: 'Beslutning for punkt 1' })).toBeNull();
    expect(screen.queryByRole('radiogroup', { name: 'Status for punkt 1' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start punkt 1 nu' })).toBeNull();
    expect(screen.getByRole('region', { name: /^Punkt 1:/ })).toHaveTextContent('Ingen beslutning endnu.');
  });

  it('never sends a decision typed earlier when canWrite says no at the next opening', async () => {
    const user = userEvent.setup();
    let answer: boolean | null = null;
    store = new FakeDecisionStore({ canWrite: async () => answer });
    for (const id of ['id-1', 'id-2', 'id-3']) store.seed(id);
    const connectivity = manualConnectivity(false);
    const first = renderNotes({ connectivity });
    await user.type(await field(2), 'Skrevet før');
    first.unmount();
    answer = false;
    act(() => connectivity.set(true));
    renderNotes({ connectivity });
    expect(await screen.findByText('Du kan læse beslutningerne')).toBeInTheDocument();
    // Give an engine (had one started) the moment it needs to send the pending intent.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(store.writes).toHaveLength(0);
    expect((await outbox.get(`${REF.iCalUId}|${REF.start}`, 'id-2'))?.value.decision).toBe('Skrevet før');
  });

  it('offers no field to type into while canWrite is asked, and gives editors on "yes"', async () => {
    let allow: (answer: boolean) => void = () => {};
    store = new FakeDecisionStore({ canWrite: () => new Promise<boolean>((resolve) => (allow = resolve)) });
    for (const id of ['id-1', 'id-2', 'id-3']) store.seed(id);
    renderNotes();
    expect(await screen.findByRole('progressbar', { name: 'Beslutningsfeltet for punkt 1 gøres klar …' })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('textbox', { name: 'Beslutning for punkt 1' })).toBeNull();
    expect(screen.queryByText('Du kan læse beslutningerne')).toBeNull();
    act(() => allow(true));
    expect(await field(1)).toBeEnabled();
    expect(screen.queryByText('Du kan læse beslutningerne')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start punkt 1 nu' })).toBeInTheDocument();
  });

  it('shows decisions as text when there is nowhere to write', async () => {
    renderNotes({ decisions: null });
    expect(await screen.findByText('Du kan læse beslutningerne')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('marks the current punkt by the clock and moves between punkter with Alt+↓ and Alt+↑', async () => {
    const user = userEvent.setup();
    renderNotes();
    const timer = await screen.findByRole('timer', { name: 'Aktuelt punkt' });
    // What is on now is known right after the first paint (issue #13: the zone's schedule follows it).
    await effectsSettled();
    expect(timer).toHaveTextContent(/^Nu: Punkt 1\D.*15 min\. tilbage · Forventet slut/);
    (await field(1)).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await field(2)).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await field(1)).toHaveFocus();
  });

  it('re-plans from a punkt started now', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(2);
    await user.click(screen.getByRole('button', { name: 'Start punkt 2 nu' }));
    expect(screen.getByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(/^Nu: Punkt 2\D.*20 min\. tilbage · Forventet slut/);
    expect(screen.getByRole('region', { name: /^Punkt 2:/ })).toHaveTextContent('09.05–09.25');
  });

  it('shares "start this punkt now" with the managers: the progress is written for the meeting', async () => {
    const user = userEvent.setup();
    const progress = new InMemoryLiveProgressStore();
    renderNotes({ progress });
    await field(2);
    await user.click(screen.getByRole('button', { name: 'Start punkt 2 nu' }));
    await waitFor(() => expect(progress.writes).toEqual([{ ref: REF, progress: { number: 2, startedAt: DURING_PUNKT_1 } }]));
  });

  it('opens with the progress stored with the agenda, and "Stop tidsplanen" clears it back to the clock', async () => {
    const user = userEvent.setup();
    const progress = new InMemoryLiveProgressStore().set(REF, { number: 2, startedAt: new Date('2024-03-13T07:55:00Z') });
    renderNotes({ progress, agendaProgress: progress.current(REF) });
    expect(await screen.findByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(
      /^Nu: Punkt 2\D.*10 min\. tilbage · Forventet slut/,
    );
    await user.click(screen.getByRole('button', { name: 'Stop tidsplanen' }));
    expect(screen.getByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(/^Nu: Punkt 1\D.*15 min\. tilbage · Forventet slut/);
    await waitFor(() => expect(progress.current(REF)).toBeNull());
    expect(screen.queryByRole('button', { name: 'Stop tidsplanen' })).toBeNull();
  });

  it('keeps a start the list did not get through a reload, and sends it on a later tick', async () => {
    // Only the interval is faked: the timer on which the unsent start is retried.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const user = userEvent.setup();
      const storage = new MemoryStorage();
      const progress = new InMemoryLiveProgressStore();
      progress.failWith = Object.assign(new Error('fetch failed'), { name: 'NetworkError' });
      const first = renderNotes({ progress, storage });
      await field(2);
      await user.click(screen.getByRole('button', { name: 'Start punkt 2 nu' }));
      expect(screen.getByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(/^Nu: Punkt 2\D.*20 min\. tilbage · Forventet slut/);
      first.unmount();

      // The list still says nothing is on: the unsent local start wins.
      renderNotes({ progress, storage, agendaProgress: null });
      expect(await screen.findByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(
        /^Nu: Punkt 2\D.*20 min\. tilbage · Forventet slut/,
      );
      expect(progress.writes).toHaveLength(0);
      progress.failWith = null;
      // The view rendered outside act: let React run its effects (the retry interval) first.
      await effectsSettled();
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      act(() => {
        vi.advanceTimersByTime(5000);
      });
      await waitFor(() => expect(progress.current(REF)).toEqual({ number: 2, startedAt: DURING_PUNKT_1 }));
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a start the list did not get from before the meeting moved, now under the new start', async () => {
    const user = userEvent.setup();
    const storage = new MemoryStorage();
    const progress = new InMemoryLiveProgressStore();
    progress.failWith = Object.assign(new Error('fetch failed'), { name: 'NetworkError' });
    const first = renderNotes({ progress, storage });
    await field(2);
    await user.click(screen.getByRole('button', { name: 'Start punkt 2 nu' }));
    first.unmount();
    // The organizer moved the meeting: the unsent start is kept under the old start's key.
    const [from, to] = [`punkt.notes-live.v1:${REF.iCalUId}|${REF.start}`, `punkt.notes-live.v1:${REF.iCalUId}|2024-03-13T06:00:00Z`];
    storage.setItem(to, storage.getItem(from)!);
    storage.removeItem(from);
    renderNotes({ progress, storage, agendaProgress: null, movedFrom: '2024-03-13T06:00:00Z' });
    expect(await screen.findByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(/^Nu: Punkt 2\D/);
    expect(storage.getItem(to)).toBeNull();
  });

  it('opens from the local copy of the agenda after a reload without network, and sends when back online', async () => {
    const user = userEvent.setup();
    const connectivity = manualConnectivity(true);
    const storage = new MemoryStorage();
    const first = renderNotes({ connectivity, storage });
    await field(2);
    act(() => connectivity.set(false));
    await user.type(await field(2), 'Offline efter indlæsning');
    first.unmount();
    renderNotes({ connectivity, storage, unreachable: true });
    expect(await field(2)).toHaveValue('Offline efter indlæsning');
    expect(screen.getByText(/Dagsordenen er en lokal kopi fra kl\./)).toBeInTheDocument();
    expect(saveState(2)).toHaveTextContent('Offline – gemt lokalt');
    act(() => connectivity.set(true));
    await waitFor(() => expect(store.current('id-2').value.decision).toBe('Offline efter indlæsning'), { timeout: 4000 });
  });

  it('shows a Danish alert at once when the device cannot store the text, and never says "gemt lokalt"', async () => {
    const user = userEvent.setup();
    const full: OutboxStore = {
      ...createMemoryOutbox(),
      put: async () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    };
    const connectivity = manualConnectivity(false);
    renderNotes({ connectivity, openOutbox: async () => full });
    await user.type(await field(1), 'Kun her');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Teksten kan ikke gemmes på enheden');
    expect(alert).toHaveTextContent(/kun i dette vindue/);
    expect(alert).toHaveTextContent(/Hold vinduet åbent/);
    expect(alert).toHaveTextContent(/kopiér teksten/);
    expect(saveState(1)).toHaveTextContent('Ikke gemt – kun i dette vindue');
    expect(screen.queryByText(/gemt lokalt/)).toBeNull();
    act(() => connectivity.set(true));
    await waitFor(() => expect(saveState(1)).toHaveTextContent('Gemt'), { timeout: 4000 });
    expect(store.current('id-1').value.decision).toBe('Kun her');
  });

  it('treats an outbox that cannot even open (private mode) as a failed local save, not as saved locally', async () => {
    const user = userEvent.setup();
    const connectivity = manualConnectivity(false);
    renderNotes({
      connectivity,
      openOutbox: () =>
        Promise.reject(
          new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
        ),
    });
    await user.type(await field(2), 'Privat vindue');
    expect(await screen.findByRole('alert')).toHaveTextContent('Teksten kan ikke gemmes på enheden');
    expect(saveState(2)).toHaveTextContent('Ikke gemt – kun i dette vindue');
    expect(screen.queryByText(/gemt lokalt/)).toBeNull();
  });

  it('after a reload without network shows the latest own text, not the older local copy of the agenda', async () => {
    const user = userEvent.setup();
    const storage = new MemoryStorage();
    const first = renderNotes({ storage });
    await user.type(await field(2), 'Min seneste tekst');
    await waitFor(() => expect(saveState(2)).toHaveTextContent('Gemt'), { timeout: 4000 });
    first.unmount();
    renderNotes({ storage, unreachable: true, connectivity: manualConnectivity(false) });
    expect(await screen.findByText(/Dagsordenen er en lokal kopi fra kl\./)).toBeInTheDocument();
    expect(await field(2)).toHaveValue('Min seneste tekst');
    expect(saveState(2)).toHaveTextContent('Gemt');
  });

  it('during the meeting opens only the current punkt’s card and scrolls to it; the others open from their header', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    try {
      renderNotes();
      expect(await field(1)).toBeEnabled();
      expect(scrolled[0]?.getAttribute('data-punkt')).toBe('1');
      const toggle = await toggleOf(2);
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('textbox', { name: 'Beslutning for punkt 2' })).toBeNull();
      await userEvent.setup().click(toggle);
      expect(await screen.findByRole('textbox', { name: 'Beslutning for punkt 2' })).toBeInTheDocument();
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('Alt+↓ opens the next punkt’s card and puts the caret at the END of its decision', async () => {
    const user = userEvent.setup();
    renderNotes();
    await user.type(await field(2), 'Første del');
    await user.click(await toggleOf(2));
    expect(screen.queryByRole('textbox', { name: 'Beslutning for punkt 2' })).toBeNull();
    (await field(1)).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const next = await screen.findByRole('textbox', { name: 'Beslutning for punkt 2' });
    await waitFor(() => expect(next).toHaveFocus());
    expect((next as HTMLTextAreaElement).selectionStart).toBe('Første del'.length);
    (next as HTMLTextAreaElement).setSelectionRange(0, 0);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(next).toHaveFocus();
    expect((next as HTMLTextAreaElement).selectionStart).toBe('Første del'.length);
  });

  it('moves with the toolbar’s "Næste punkt" and "Forrige punkt"', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(1);
    const toolbar = within(screen.getByRole('toolbar', { name: 'Mødets gang' }));
    await user.click(toolbar.getByRole('button', { name: 'Næste punkt' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Beslutning for punkt 2' })).toHaveFocus());
    await user.click(toolbar.getByRole('button', { name: 'Forrige punkt' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Beslutning for punkt 1' })).toHaveFocus());
  });

  it('shows the save state only after an edit, not "Gemt" on every untouched card', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(1);
    expect(screen.queryByTestId('save-state-1')).toBeNull();
    expect(screen.queryByText('Gemt')).toBeNull();
    await user.type(await field(1), 'a');
    await waitFor(() => expect(saveState(1)).toHaveTextContent('Gemt'), { timeout: 4000 });
  });

  it('marks a started punkt "I gang" and "Fortryd" puts the previous live progress back for everyone', async () => {
    const user = userEvent.setup();
    const progress = new InMemoryLiveProgressStore();
    renderNotes({ progress });
    await field(2);
    await user.click(screen.getByRole('button', { name: 'Start punkt 2 nu' }));
    expect(within(screen.getByRole('region', { name: /^Punkt 2:/ })).getByText('I gang')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /^Punkt 1:/ })).queryByText('I gang')).toBeNull();
    await waitFor(() => expect(progress.current(REF)).toEqual({ number: 2, startedAt: DURING_PUNKT_1 }));
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.getByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(/^Nu: Punkt 1\D.*15 min\. tilbage · Forventet slut/);
    await waitFor(() => expect(progress.current(REF)).toBeNull());
    expect(screen.queryByRole('button', { name: 'Fortryd' })).toBeNull();
  });

  it('offers "Fortryd" only for a while after a start', async () => {
    const user = userEvent.setup();
    renderNotes({ undoMs: 1500 });
    await field(2);
    await user.click(screen.getByRole('button', { name: 'Start punkt 2 nu' }));
    expect(screen.getByRole('button', { name: 'Fortryd' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Fortryd' })).toBeNull(), { timeout: 6000 });
  });

  it('asks before starting a punkt already dealt with again, and starts it only on "Start punktet"', async () => {
    const user = userEvent.setup();
    const progress = new InMemoryLiveProgressStore().set(REF, { number: 2, startedAt: new Date('2024-03-13T07:55:00Z') });
    renderNotes({ progress, agendaProgress: progress.current(REF) });
    await field(1);
    await user.click(screen.getByRole('button', { name: 'Start punkt 1 nu' }));
    // Under load Tabster can leave the surface aria-hidden although focus is inside it (its modalizer
    // not yet registered when the Dialog focused it; jsdom only, it failed so without the Referat mount
    // too): an aria-hidden surface has no accessible name, so find it with `hidden` and check its title.
    const dialog = await screen.findByRole('alertdialog', hidden);
    expect(within(dialog).getByRole('heading', hidden)).toHaveTextContent('Start punkt 1 igen?');
    await user.click(within(dialog).getByRole('button', { name: 'Annullér', ...hidden }));
    // The modal dialog hides the page from assistive technology until it has closed: wait for it to leave.
    await waitFor(() => expect(screen.queryByRole('alertdialog', hidden)).toBeNull());
    await waitFor(() => expect(screen.getByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(/^Nu: Punkt 2\D/));
    expect(progress.writes).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Start punkt 1 nu' }));
    const again = await screen.findByRole('alertdialog', hidden);
    await user.click(within(again).getByRole('button', { name: 'Start punktet', ...hidden }));
    await waitFor(() => expect(screen.getByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent(/^Nu: Punkt 1\D/));
    await waitFor(() => expect(progress.current(REF)).toEqual({ number: 1, startedAt: DURING_PUNKT_1 }));
  });

  it('shows the Referat with its preview and the approval state after the last punkt, and "Godkend referat" to a writer', async () => {
    renderNotes();
    const heading = await screen.findByRole('heading', { name: 'Referat', level: 2 });
    const last = screen.getByRole('heading', { name: /^Punkt 3:/ });
    expect(last.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vis forhåndsvisning' })).toBeInTheDocument();
    const approval = await screen.findByRole('region', { name: 'Godkendelse af referat' });
    expect(within(approval).getByText('Udkast')).toBeInTheDocument();
    expect(await within(approval).findByRole('button', { name: 'Godkend referat' })).toBeInTheDocument();
    expect(screen.queryByText('Ændret efter godkendelse')).toBeNull();
  });

  it('flags the punkt changed after the approval on its card, once for the view, and offers no approving to a reader', async () => {
    const approvals = new InMemoryApprovals().put(REF, { by: 'Henrik Harder', mail: null, at: '2024-03-13T12:00:00Z' });
    const read = vi.spyOn(approvals, 'approvalOf');
    renderNotes({ approvals, decisions: null });
    const card = (n: number) => screen.getByRole('heading', { name: new RegExp(`^Punkt ${n}:`) }).closest('section')!;
    await waitFor(() => expect(within(card(2)).getByText('Ændret efter godkendelse')).toBeInTheDocument());
    expect(within(card(1)).queryByText('Ændret efter godkendelse')).toBeNull();
    const approval = screen.getByRole('region', { name: 'Godkendelse af referat' });
    expect(approval).toHaveTextContent('Punkt 2 er ændret efter godkendelse');
    expect(within(approval).queryByRole('button', { name: /Godkend/ })).toBeNull();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('flags a decision saved after approving at once, without a reload (issue #14: flagged in every view)', async () => {
    const user = userEvent.setup();
    renderNotes({ approvals: new InMemoryApprovals() });
    const card = (n: number) => screen.getByRole('heading', { name: new RegExp(`^Punkt ${n}:`) }).closest('section')!;
    const approval = await screen.findByRole('region', { name: 'Godkendelse af referat' });
    await user.click(await within(approval).findByRole('button', { name: 'Godkend referat' }));
    const dialog = await screen.findByRole('alertdialog', hidden);
    await user.click(within(dialog).getByRole('button', { name: 'Godkend', ...hidden }));
    await waitFor(() => expect(within(approval).getByText('Godkendt')).toBeInTheDocument());
    expect(screen.queryByText('Ændret efter godkendelse')).toBeNull();

    await user.type(await field(1), ' Rettet.');
    await waitFor(() => expect(saveState(1)).toHaveTextContent('Gemt'), { timeout: 4000 });
    await waitFor(() => expect(within(card(1)).getByText('Ændret efter godkendelse')).toBeInTheDocument());
    expect(approval).toHaveTextContent('Punkt 1 er ændret efter godkendelse');
    expect(within(card(2)).queryByText('Ændret efter godkendelse')).toBeNull();
  });

  it('speaks English with ?lang=en', async () => {
    const user = userEvent.setup();
    renderNotes({ language: 'en' });
    await user.type(await field(1, 'Decision for item 1'), 'x');
    await waitFor(() => expect(saveState(1)).toHaveTextContent('Saved'), { timeout: 4000 });
  });
});

describe('the note-taker’s "Nu" strip (issue #15: the managers’ strip, shared)', () => {
  it('names the punkt on now with its title, time left and the expected end, and jumps to its decision', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(1);
    const strip = screen.getByRole('region', { name: 'Nu' });
    expect(within(strip).getByRole('timer', { name: 'Aktuelt punkt' }).textContent).toBe(
      'Nu: Punkt 1CFGodkendelse af dagsorden15 min. tilbage · Forventet slut 10.00',
    );
    expect(within(strip).getByRole('toolbar', { name: 'Mødets gang' })).toBeInTheDocument();
    // One timer and one jump in the view: the strip replaced the toolbar's own.
    expect(screen.getAllByRole('timer')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /^Gå til (det aktuelle )?punkt(et)?$/ })).toHaveLength(1);
    await user.click(within(strip).getByRole('button', { name: 'Gå til punktet' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Beslutning for punkt 1' })).toHaveFocus());
  });
});

// jsdom applies no media query: the index pane keeps its narrow display: none, so it is queried with hidden.
const index = () => within(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
const entry = (n: number) => index().getByRole('button', { name: new RegExp(`^Punkt ${n}\\b`), hidden: true });

describe('the note-taker’s view from 900 px (issue #15, two panes)', () => {
  beforeEach(() => {
    stubTwoPaneWidth(true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('puts an index of the readable punkter beside the cards, the punkt on now selected', async () => {
    const { container } = renderNotes();
    await field(1);
    const [indexPane, detailPane] = container.querySelectorAll('[data-two-pane] > [data-pane]');
    expect(indexPane).toContainElement(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
    expect(detailPane).toContainElement(screen.getByRole('textbox', { name: 'Beslutning for punkt 1' }));
    expect(
      index()
        .getAllByRole('button', hidden)
        .map((b) => /^Punkt (\d+)/.exec(b.textContent ?? '')?.[1]),
    ).toEqual(['1', '2']);
    expect(entry(1)).toHaveTextContent('09.00–09.20');
    expect(entry(1)).toHaveAttribute('aria-current', 'true');
    expect(entry(2)).not.toHaveAttribute('aria-current');
  });

  it('opens the punkt picked in the index with the caret in its decision, and follows Alt+↓', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(1);
    expect(screen.queryByRole('textbox', { name: 'Beslutning for punkt 2' })).toBeNull();
    entry(2).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Beslutning for punkt 2' })).toHaveFocus());
    expect(entry(2)).toHaveAttribute('aria-current', 'true');
    expect(entry(1)).not.toHaveAttribute('aria-current');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Beslutning for punkt 1' })).toHaveFocus());
    expect(entry(1)).toHaveAttribute('aria-current', 'true');
  });

  it('marks the punkt the note-taker clicks into, not only the one gone to', async () => {
    const user = userEvent.setup();
    renderNotes();
    await field(1);
    await user.click(await field(2));
    expect(entry(2)).toHaveAttribute('aria-current', 'true');
    expect(entry(1)).not.toHaveAttribute('aria-current');
  });
});

describe('the note-taker’s view below 900 px', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('builds no index while it could not show (issue #13: less to render on a first open), and builds it once the page widens', async () => {
    const width = stubTwoPaneWidth(false);
    const { container } = renderNotes();
    await field(1);
    expect(screen.queryByRole('navigation', { name: 'Punktoversigt', hidden: true })).toBeNull();
    expect(container.querySelector('[data-pane="index"]')?.childElementCount).toBe(0);

    await width.resize(true);
    expect(index().getAllByRole('button', hidden)).toHaveLength(2);
  });
});
