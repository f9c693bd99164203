// @vitest-environment jsdom
import { effectsSettled } from '../../../../tests/setup-dom';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveProgress } from '../../../domain/live-meeting';
import type { AgendaSource, CalendarSource, MeetingRef, StoredAgenda } from '../../../domain/ports';
import type { AppServices } from '../../../ui/services';
import { meetingOf, punkt } from '../../../../tests/fakes/agenda-items';
import { FakeDecisionStore } from '../../../../tests/fakes/fake-decision-store';
import { InMemoryApprovals } from '../../../../tests/fakes/in-memory-approvals';
import { providers } from '../../../../tests/helpers/ui/providers';
import { manualConnectivity } from '../sync/connectivity';
import { createMemoryOutbox } from '../sync/outbox';
import { NotesView } from './NotesView';

// jsdom lacks it; Fluent's MessageBar (the late warning) observes its size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// The page's first use of Intl pays ICU's one-time start-up (17-45 ms of CPU on a loaded machine): the
// note-taker's first paint must not need it, as the managers' does not (AgendaView.first-paint.test).
// Each use is recorded with whether the punkt cards were on screen then.
const uses: Array<{ what: string; cardsShown: boolean }> = [];
const cardsShown = () => document.querySelector('section[data-punkt]') !== null;

function watchIntl() {
  const formatToParts = Intl.DateTimeFormat.prototype.formatToParts;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts').mockImplementation(function (this: Intl.DateTimeFormat, date) {
    uses.push({ what: 'formatToParts', cardsShown: cardsShown() });
    return formatToParts.call(this, date);
  });
  const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!.get!;
  vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: object }, 'format', 'get').mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    uses.push({ what: 'format', cardsShown: cardsShown() });
    return format.call(this) as object;
  });
  const OriginalFormat = Intl.DateTimeFormat;
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    uses.push({ what: 'new DateTimeFormat', cardsShown: cardsShown() });
    return new OriginalFormat(...args);
  } as unknown as typeof Intl.DateTimeFormat);
}

afterEach(() => {
  vi.restoreAllMocks();
  uses.length = 0;
});

const REF: MeetingRef = { iCalUId: 'uid-first-paint', start: '2024-03-13T08:00:00Z' };

/** The note-taker's view of three 20-minute punkter from 09.00 (Copenhagen) at `now`, optionally with a punkt started. */
function renderNotes(now: Date, progress?: LiveProgress) {
  const store = new FakeDecisionStore();
  const items = [1, 2, 3].map((n) => punkt(n, { title: `Punkt nummer ${n}`, durationMinutes: 20 }));
  for (const it of items) store.seed(`id-${it.number}`);
  const agenda: StoredAgenda = {
    meetingId: 'm1',
    etag: '"m1"',
    ref: REF,
    meeting: meetingOf(items, { plannedEnd: '10:00' }),
    items: items.map((it) => ({ id: `id-${it.number}`, etag: '"1"', item: it, readable: true, modifiedAt: '2024-03-13T07:00:00Z' })),
    ...(progress ? { progress } : {}),
  };
  const source: AgendaSource = { loadAgenda: async () => structuredClone(agenda) };
  const calendar: CalendarSource = { listEvents: async () => [], getEvent: async () => Promise.reject(new Error('unused')) };
  const services: AppServices = {
    host: {
      kind: 'standalone',
      getMeetingRef: async () => REF,
      onMeetingChanged: () => () => undefined,
      getTheme: () => 'light',
      onThemeChanged: () => () => undefined,
      getUser: async () => null,
    },
    agenda: source,
    calendar,
    now: () => now,
    storage: null,
    decisions: store,
    approvals: new InMemoryApprovals(),
  };
  const sync = { openOutbox: async () => createMemoryOutbox(), connectivity: manualConnectivity(true) };
  return render(<NotesView meetingRef={REF} sync={sync} />, { wrapper: providers({ services }) });
}

const card = (n: number) => screen.findByRole('region', { name: new RegExp(`^Punkt ${n}:`) });

describe("the note-taker's first paint needs no Intl (issue #13)", () => {
  it('shows the punkt cards with their slots first, then what is on now, with the first Intl use after the cards are on screen', async () => {
    watchIntl();
    renderNotes(new Date('2024-03-13T08:25:00Z')); // 09.25 local: punkt 2, 09.20–09.40
    const two = await card(2);
    expect(two).toHaveTextContent('09.20–09.40');
    await effectsSettled();
    expect(two).toHaveAttribute('aria-current', 'step');
    // During the meeting only the current punkt's card opens, as before the zone's schedule came a frame later.
    expect(screen.getByRole('button', { name: /^Punkt 2:/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: /^Punkt 1:/ })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('timer', { name: 'Aktuelt punkt' })).toHaveTextContent('Punkt nummer 2');
    // The zone's schedule was built (what is on now needs it), but only once the cards were on screen.
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((use) => !use.cardsShown)).toEqual([]);
  });

  it("opens every card outside the meeting once the zone's schedule says so", async () => {
    renderNotes(new Date('2024-03-13T12:00:00Z')); // 13.00 local, after the meeting
    await card(3);
    await effectsSettled();
    for (const n of [1, 2, 3])
      expect(screen.getByRole('button', { name: new RegExp(`^Punkt ${n}:`) })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows a started punkt with its replanned slot from the first paint, never the plan', async () => {
    // Every state the page is in after a change to it, as a browser could paint it (before React's next effects).
    const slotsSeen = new Set<string>();
    const observer = new MutationObserver(() => {
      const slot = document.querySelector('section[data-punkt="2"]')?.textContent?.match(/\d\d\.\d\d–\d\d\.\d\d/)?.[0];
      if (slot) slotsSeen.add(slot);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    try {
      renderNotes(new Date('2024-03-13T08:30:00Z'), { number: 2, startedAt: new Date('2024-03-13T08:30:00Z') }); // started 09.30
      expect(await card(2)).toHaveTextContent('09.30–09.50');
      await effectsSettled();
      expect([...slotsSeen]).toEqual(['09.30–09.50']);
    } finally {
      observer.disconnect();
    }
  });
});
