/**
 * Test support for the managers' view: renders AgendaView for the sample meeting in the providers the
 * app gives it, over hand-written fakes, and records what the view scrolls into view (jsdom has no
 * layout). Imported only by the agenda feature's own tests.
 */
import { render } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import type { StoredAgenda } from '../../../src/domain/ports';
import { AgendaView } from '../../../src/features/agenda/components/AgendaView';
import type { AppServices } from '../../../src/ui/services';
import { createFakeHost } from '../../fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda } from '../../fakes/sample-agenda';
import { providers } from '../ui/providers';

// jsdom lacks ResizeObserver (Fluent's MessageBar).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/**
 * What the view scrolled into view, by accessible name (or id), in order; reset before each test.
 * jsdom has no scrollIntoView, so it is stubbed for the file's tests.
 */
export function recordScrolls(): string[] {
  const scrolled: string[] = [];
  beforeEach(() => {
    scrolled.length = 0;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.getAttribute('aria-label') ?? this.id);
    };
  });
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });
  return scrolled;
}

/** Renders the managers' view of the sample meeting at `now`, with `agenda` and any other services. */
export function renderAgendaView(now: Date, agenda: StoredAgenda = sampleAgenda(), services: Partial<AppServices> = {}) {
  const all: AppServices = {
    host: createFakeHost({ ref: SAMPLE_REF }),
    agenda: new InMemoryAgendaSource().put(agenda),
    calendar: new InMemoryCalendar(),
    now: () => now,
    storage: null,
    ...services,
  };
  return render(<AgendaView meetingRef={SAMPLE_REF} />, { wrapper: providers({ services: all }) });
}
