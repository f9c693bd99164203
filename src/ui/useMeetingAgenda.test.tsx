// @vitest-environment jsdom
import '../../tests/setup-dom';
import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingRef } from '../domain/ports';
import { createFakeHost } from '../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { MemoryStorage } from '../../tests/fakes/memory-storage';
import { SAMPLE_REF, sampleAgenda } from '../../tests/fakes/sample-agenda';
import { createAgendaCache } from './agenda-cache';
import { ServicesProvider, type AppServices } from './services';
import { useMeetingAgenda, type MeetingAgendaOptions } from './useMeetingAgenda';

const FETCHED = new Date('2024-03-12T10:00:00Z');
const OTHER_REF: MeetingRef = { iCalUId: 'ical-other', start: '2024-03-20T08:00:00Z' };
// A fetch that never reached the server (the browser's TypeError), and a refusal from it.
const offline = () => new TypeError('Failed to fetch');
const notFound = () => Object.assign(new Error('not found'), { status: 404 });

function setup(options: MeetingAgendaOptions, ref: MeetingRef | null = SAMPLE_REF) {
  const source = new InMemoryAgendaSource().put(sampleAgenda());
  const storage = new MemoryStorage();
  const services: AppServices = {
    host: createFakeHost({ ref: SAMPLE_REF }),
    agenda: source,
    calendar: new InMemoryCalendar(),
    now: () => FETCHED,
    storage,
  };
  const wrapper = ({ children }: { children: ReactNode }) => <ServicesProvider services={services}>{children}</ServicesProvider>;
  const hook = renderHook((props: { ref: MeetingRef | null }) => useMeetingAgenda(props.ref, options), { wrapper, initialProps: { ref } });
  return { source, storage, cache: createAgendaCache(storage), hook };
}

/** A local copy of the sample agenda whose title tells it apart from the source's. */
function cachedCopy(storage: Storage) {
  const agenda = sampleAgenda();
  agenda.meeting = { ...agenda.meeting, forum: 'Kopien' };
  createAgendaCache(storage).write(SAMPLE_REF, agenda, new Date('2024-03-01T09:00:00Z'));
}

afterEach(() => vi.restoreAllMocks());

describe('useMeetingAgenda without a local copy (the secretary)', () => {
  it('loads the agenda, and says none when the meeting has none yet', async () => {
    const { hook, source } = setup({ cache: 'never' });
    expect(hook.result.current.state).toEqual({ status: 'loading' });
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    expect(hook.result.current.state).toMatchObject({ agenda: { meeting: { forum: 'Chefforum' } }, cachedAt: null });
    hook.rerender({ ref: OTHER_REF });
    await waitFor(() => expect(hook.result.current.state).toEqual({ status: 'none' }));
    expect(source.loads).toEqual([SAMPLE_REF, OTHER_REF]);
  });

  it('shows the error even when the device holds a copy, and stores nothing', async () => {
    const { hook, source, storage } = setup({ cache: 'never' }, null);
    cachedCopy(storage);
    source.failWith = offline();
    hook.rerender({ ref: SAMPLE_REF });
    await waitFor(() => expect(hook.result.current.state.status).toBe('error'));
    source.failWith = null;
    storage.clear();
    act(() => hook.result.current.reload());
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    expect(storage.length).toBe(0);
  });

  it('asks the source once for a meeting and attempt though its effect runs again (StrictMode, new services), and again on reload', async () => {
    const source = new InMemoryAgendaSource().put(sampleAgenda());
    const servicesNow = (): AppServices => ({
      host: createFakeHost({ ref: SAMPLE_REF }),
      agenda: source,
      calendar: new InMemoryCalendar(),
      now: () => FETCHED,
      storage: new MemoryStorage(),
    });
    let services = servicesNow();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <ServicesProvider services={services}>{children}</ServicesProvider>
      </StrictMode>
    );
    const hook = renderHook(() => useMeetingAgenda(SAMPLE_REF, { cache: 'never' }), { wrapper });
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    expect(source.loads).toHaveLength(1);
    // The effect runs again for the same meeting and attempt: it takes the same answer over, no second request.
    services = servicesNow();
    hook.rerender();
    await act(async () => {});
    expect(source.loads).toHaveLength(1);
    act(() => hook.result.current.reload());
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    expect(source.loads).toHaveLength(2);
  });

  it('asks nothing while there is no meeting', () => {
    const { hook, source } = setup({ cache: 'never' }, null);
    expect(hook.result.current.state).toEqual({ status: 'loading' });
    expect(source.loads).toEqual([]);
  });
});

describe('useMeetingAgenda with the copy as an offline fallback (the note-taker)', () => {
  it('waits for the source although a copy exists, then keeps the fresh copy', async () => {
    const { hook, storage, cache } = setup({ cache: 'whenUnreachable' }, null);
    cachedCopy(storage);
    hook.rerender({ ref: SAMPLE_REF });
    expect(hook.result.current.state).toEqual({ status: 'loading' });
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    expect(cache.read(SAMPLE_REF)).toMatchObject({ fetchedAt: FETCHED.toISOString(), agenda: { meeting: { forum: 'Chefforum' } } });
  });

  it('shows the copy, marked with when it was fetched, when the source cannot be reached', async () => {
    const { hook, source, storage } = setup({ cache: 'whenUnreachable' }, null);
    cachedCopy(storage);
    source.failWith = offline();
    hook.rerender({ ref: SAMPLE_REF });
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    expect(hook.result.current.state).toMatchObject({
      cachedAt: '2024-03-01T09:00:00.000Z',
      error: source.failWith,
      agenda: { meeting: { forum: 'Kopien' } },
    });
  });

  it('shows the error, not the copy, when the source answered with a refusal', async () => {
    const { hook, source, storage } = setup({ cache: 'whenUnreachable' }, null);
    cachedCopy(storage);
    source.failWith = notFound();
    hook.rerender({ ref: SAMPLE_REF });
    await waitFor(() => expect(hook.result.current.state).toEqual({ status: 'error', error: source.failWith }));
  });

  it('does not reload by itself when the browser comes back online', async () => {
    const { hook, source } = setup({ cache: 'whenUnreachable' }, null);
    source.failWith = offline();
    hook.rerender({ ref: SAMPLE_REF });
    await waitFor(() => expect(hook.result.current.state.status).toBe('error'));
    act(() => void window.dispatchEvent(new Event('online')));
    expect(source.loads).toHaveLength(1);
  });
});

describe('useMeetingAgenda showing the copy first (the managers)', () => {
  it('shows the copy at once, unmarked, and replaces it with the fresh agenda', async () => {
    const { hook, storage } = setup({ cache: 'first', reloadWhenOnline: true }, null);
    cachedCopy(storage);
    hook.rerender({ ref: SAMPLE_REF });
    expect(hook.result.current.state).toMatchObject({ status: 'ready', cachedAt: null, agenda: { meeting: { forum: 'Kopien' } } });
    await waitFor(() => expect(hook.result.current.state).toMatchObject({ agenda: { meeting: { forum: 'Chefforum' } } }));
  });

  it('keeps the copy on screen when the fresh agenda is the same, so the view does not render it again (issue #13)', async () => {
    const { hook, source, storage } = setup({ cache: 'first' }, null);
    createAgendaCache(storage).write(SAMPLE_REF, sampleAgenda(), FETCHED);
    hook.rerender({ ref: SAMPLE_REF });
    const shown = hook.result.current.state;
    expect(shown).toMatchObject({ status: 'ready', cachedAt: null });
    await waitFor(() => expect(source.loads).toEqual([SAMPLE_REF]));
    await act(() => Promise.resolve());
    expect(hook.result.current.state).toBe(shown);

    // A changed agenda replaces it.
    source.put({ ...sampleAgenda(), meeting: { ...sampleAgenda().meeting, forum: 'Ny' } });
    act(() => hook.result.current.reload());
    await waitFor(() => expect(hook.result.current.state).toMatchObject({ status: 'ready', agenda: { meeting: { forum: 'Ny' } } }));
  });

  it('forgets the copy of a meeting whose agenda is gone', async () => {
    const { hook, storage, cache } = setup({ cache: 'first' }, null);
    createAgendaCache(storage).write(OTHER_REF, { ...sampleAgenda(), ref: OTHER_REF }, FETCHED);
    hook.rerender({ ref: OTHER_REF });
    expect(hook.result.current.state.status).toBe('ready');
    await waitFor(() => expect(hook.result.current.state).toEqual({ status: 'none' }));
    expect(cache.read(OTHER_REF)).toBeNull();
  });

  it('starts another meeting from its own state in the same render', async () => {
    const { hook } = setup({ cache: 'first' });
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    hook.rerender({ ref: OTHER_REF });
    expect(hook.result.current.state).toEqual({ status: 'loading' });
  });

  it('reloads when the browser comes back online after a failure', async () => {
    const { hook, source } = setup({ cache: 'first', reloadWhenOnline: true }, null);
    source.failWith = offline();
    hook.rerender({ ref: SAMPLE_REF });
    await waitFor(() => expect(hook.result.current.state.status).toBe('error'));
    source.failWith = null;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    expect(source.loads).toHaveLength(2);
  });
});

describe('useMeetingAgenda retry', () => {
  it('shows the skeleton on reload, then the answer', async () => {
    let release = () => undefined as void;
    const { hook, source } = setup({ cache: 'first' });
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    source.hold = new Promise<void>((resolve) => (release = resolve));
    act(() => hook.result.current.reload());
    expect(hook.result.current.state).toEqual({ status: 'loading' });
    await act(async () => release());
    await waitFor(() => expect(hook.result.current.state.status).toBe('ready'));
    expect(source.loads).toHaveLength(2);
  });

  it('ignores the answer for a meeting the view has left', async () => {
    let release = () => undefined as void;
    const { hook, source } = setup({ cache: 'never' }, null);
    source.hold = new Promise<void>((resolve) => (release = resolve));
    hook.rerender({ ref: SAMPLE_REF });
    source.hold = null;
    hook.rerender({ ref: OTHER_REF });
    await waitFor(() => expect(hook.result.current.state).toEqual({ status: 'none' }));
    await act(async () => release());
    expect(hook.result.current.state).toEqual({ status: 'none' });
  });
});

describe('useMeetingAgenda from a prefetch that has answered (issue #13: no skeleton after the static first paint)', () => {
  /**
   * The hook over a source that, like src/app/agenda-prefetch.ts, already holds its answer for `ref` and
   * hands that same answer to the view's load; counts renders.
   */
  async function settledSetup(options: MeetingAgendaOptions, ref: MeetingRef = SAMPLE_REF) {
    const inner = new InMemoryAgendaSource().put(sampleAgenda());
    const answer = await inner.loadAgenda(ref);
    const same = (asked: MeetingRef) => asked.iCalUId === ref.iCalUId && asked.start === ref.start;
    const source = {
      loadAgenda: (asked: MeetingRef) => (same(asked) ? Promise.resolve(answer) : inner.loadAgenda(asked)),
      settledAgenda: (asked: MeetingRef) => (same(asked) ? answer : undefined),
    };
    const services: AppServices = {
      host: createFakeHost({ ref }),
      agenda: source,
      calendar: new InMemoryCalendar(),
      now: () => FETCHED,
      storage: new MemoryStorage(),
    };
    const states: string[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => <ServicesProvider services={services}>{children}</ServicesProvider>;
    const hook = renderHook(
      () => {
        const result = useMeetingAgenda(ref, options);
        states.push(result.state.status);
        return result;
      },
      { wrapper },
    );
    return { inner, hook, states };
  }

  it('starts from the agenda in its first render and renders no second time for the same answer', async () => {
    const { inner, hook, states } = await settledSetup({ cache: 'first' });
    expect(states[0]).toBe('ready');
    expect(hook.result.current.state).toMatchObject({ status: 'ready', cachedAt: null, agenda: { meeting: { forum: 'Chefforum' } } });
    const first = hook.result.current.state;
    // The effect takes the prefetched request over and keeps the state it started from.
    await act(async () => undefined);
    expect(hook.result.current.state).toBe(first);
    expect(states.every((s) => s === 'ready')).toBe(true);
    expect(inner.loads).toHaveLength(1);
  });

  it('prefers the fresh answer to the local copy, and starts from "none" when the meeting has no agenda', async () => {
    const { hook } = await settledSetup({ cache: 'never' }, OTHER_REF);
    expect(hook.result.current.state).toEqual({ status: 'none' });
    const none = hook.result.current.state;
    await act(async () => undefined);
    expect(hook.result.current.state).toBe(none);
  });
});
