/**
 * The Graph layer's public face: the client, the repositories the app wires into the features,
 * and provisioning. Everything else in src/graph is internal.
 *
 * The demo seed and the local Graph service live in local-graph/ (Node only).
 */
export { createGraphClient } from './client';
export type { GraphClient, GraphClientOptions, GraphRequest, GraphResponse } from './client';
export { ConflictError, GraphError, NetworkError, isGraphError } from './errors';
export { createAgendaRepository } from './agenda-repository';
export { createCalendarRepository } from './calendar-repository';
export { NoAgendaError, createLiveProgressRepository } from './live-progress-repository';
export type { CalendarRepository } from './calendar-repository';
export { ListMissingError } from './meeting-repository';
export { meetingKey } from './list-definitions';
export { MappingError } from './row-mapping';
export { describeAction, planProvisioning, provision } from './provision';
export type { ProvisionAction } from './provision';
export { createReferatLibrary } from './referat-library';
// createBilagLibrary is not here: app/compose.ts imports './bilag-library' on demand, so the first open skips it.
export { ApprovalUnavailableError, createReferatApprovalRepository } from './referat-approval';
