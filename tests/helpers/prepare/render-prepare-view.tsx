/**
 * Test support for the secretary's view: renders PrepareView in the providers the app gives it,
 * over hand-written fakes (an in-memory agenda store, a calendar with one new meeting, a fixed clock).
 * Imported only by the prepare feature's own tests (lint keeps the other features out).
 */
import { render } from '@testing-library/react';
import type { AgendaStore, CalendarEvent, MeetingRef, ReferatApprovalStore, StoredAgenda } from '../../../src/domain/ports';
import type { MeetingHost } from '../../../src/domain/host-port';
import type { Language } from '../../../src/ui/i18n';
import type { AppServices } from '../../../src/ui/services';
import { createFakeHost } from '../../fakes/fake-host';
import { InMemoryCalendar, type InMemoryAgendaSource } from '../../fakes/in-memory-agenda';
import { InMemoryAgendaStore } from '../../fakes/in-memory-agenda-store';
import { SAMPLE_REF, sampleAgenda } from '../../fakes/sample-agenda';
import { PrepareView } from '../../../src/features/prepare/components/PrepareView';
import { providers } from '../ui/providers';

/** A meeting without an agenda yet, and its calendar event. */
export const NEW_REF: MeetingRef = { iCalUId: 'ical-chefforum-2', start: '2024-04-10T07:00:00Z' };
export const NEW_EVENT: CalendarEvent = {
  id: 'event-2',
  iCalUId: NEW_REF.iCalUId,
  subject: 'Chefforum',
  start: NEW_REF.start,
  end: '2024-04-10T09:00:00Z',
  location: 'Mødelokale 915',
  organizerName: 'Sekretær',
  isOrganizer: true,
};

/** Earlier meetings in the calendar: the sample agenda's, and one without an agenda in Punkt. */
export const EARLIER_EVENTS: CalendarEvent[] = [
  { ...NEW_EVENT, id: 'event-1', iCalUId: SAMPLE_REF.iCalUId, start: SAMPLE_REF.start, end: '2024-03-13T10:00:00Z' },
  {
    ...NEW_EVENT,
    id: 'event-0',
    iCalUId: 'ical-direktion',
    subject: 'Direktionsmøde',
    start: '2024-03-20T12:00:00Z',
    end: '2024-03-20T13:00:00Z',
  },
];

/** The sample agenda with every punkt readable, as the secretary sees it. */
export function readableAgenda(): StoredAgenda {
  const agenda = sampleAgenda();
  return { ...agenda, items: agenda.items.map((i) => ({ ...i, readable: true })) };
}

export interface ViewOptions {
  ref?: MeetingRef | null;
  /** The host (default: a fake with the sample meeting, the user organizing it). */
  host?: MeetingHost;
  language?: Language;
  /**
   * The services' agenda store, where the view saves (null: none, the view cannot save). By default
   * the source when it is an InMemoryAgendaStore: a plain InMemoryAgendaSource stands for a read-only port.
   */
  store?: AgendaStore | null;
  /** Who approved the referat (absent: no approval store, as in most tests). */
  approvals?: ReferatApprovalStore;
}

/** Renders the view over `source` (by default a writable store holding the sample agenda) and returns it. */
export function renderPrepareView(options?: ViewOptions & { source?: InMemoryAgendaStore }): InMemoryAgendaStore;
export function renderPrepareView(options: ViewOptions & { source: InMemoryAgendaSource }): InMemoryAgendaSource;
export function renderPrepareView(options: ViewOptions & { source?: InMemoryAgendaSource } = {}): InMemoryAgendaSource {
  const source = options.source ?? new InMemoryAgendaStore().put(readableAgenda());
  const services: AppServices = {
    host: options.host ?? createFakeHost({ ref: SAMPLE_REF, organizer: true }),
    agenda: source,
    agendaStore: (options.store === undefined ? (source instanceof InMemoryAgendaStore ? source : null) : options.store) ?? undefined,
    calendar: new InMemoryCalendar([...EARLIER_EVENTS, NEW_EVENT]),
    now: () => new Date('2024-03-01T12:00:00Z'),
    storage: null,
    ...(options.approvals ? { approvals: options.approvals } : {}),
  };
  const ref = options.ref === undefined ? SAMPLE_REF : options.ref;
  render(<PrepareView meetingRef={ref} />, { wrapper: providers({ language: options.language, services }) });
  return source;
}
