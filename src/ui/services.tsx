/**
 * What the app hands every role view: the host and the ports to the data (the Graph repositories
 * in the app, hand-written fakes in tests). Role views read them with useServices().
 */
import { createContext, useContext, type ReactNode } from 'react';
import type {
  AgendaSource,
  AgendaStore,
  BilagLibrary,
  CalendarSource,
  DecisionStore,
  LiveProgressStore,
  MeetingRef,
  ReferatApprovalStore,
} from '../domain/ports';
import type { MeetingHost } from '../domain/host-port';
import type { ReferatLibrary } from '../domain/referat/library-port';

export interface AppServices {
  host: MeetingHost;
  agenda: AgendaSource;
  /**
   * Where the secretary's view saves agendas (in the app the same repository `agenda` reads from);
   * absent where nobody saves (the other views' tests, a read-only port): the view then says so.
   */
  agendaStore?: AgendaStore;
  calendar: CalendarSource;
  /** Where decisions are written; absent where nobody writes (tests of the managers' view). */
  decisions?: DecisionStore;
  /** Which punkt is on now, shared between the note-taker and the managers; absent in tests that do not need it. */
  progress?: LiveProgressStore;
  /** Where the referat's documents are saved and listed; absent where nobody saves them (most tests). */
  referat?: ReferatLibrary;
  /** Who approved each meeting's referat and when; absent in tests that do not need it (no approval control then). */
  approvals?: ReferatApprovalStore;
  /** Where a punkt's papers are uploaded and picked; absent in tests that do not need it (no buttons then). */
  bilag?: BilagLibrary;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  /** Where views keep a local copy for offline use; null when storage is unavailable. */
  storage: Storage | null;
}

/** Props of a role view (the default export of src/features/<role>/index.tsx). */
export interface RoleViewProps {
  /** The open meeting occurrence, or null when the host has none. */
  meetingRef: MeetingRef | null;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The services; throws when used outside ServicesProvider (a wiring bug, not a user error). */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}
