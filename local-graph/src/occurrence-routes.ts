/**
 * One occurrence of a series on its own: `PATCH /me/events/{occurrenceId}` turns it into an
 * exception, `DELETE /me/events/{occurrenceId}` takes it out of the series, and
 * `GET /me/events/{seriesMasterId}/instances` lists what is left. Both writes use the ids
 * `/instances` and calendarView give; each mailbox has its own.
 * Docs: https://learn.microsoft.com/graph/api/event-update, https://learn.microsoft.com/graph/api/event-delete,
 * https://learn.microsoft.com/graph/api/event-list-instances, https://learn.microsoft.com/graph/api/resources/event
 * (type "occurrence" / "exception", seriesMasterId, originalStart).
 */
import { randomBytes } from 'node:crypto';
import { ServiceError, badRequest } from './errors';
import { eventJson, itemBodyOf, locationOf, subjectOf, toUtc } from './event-model';
import type { EventDoc, OccurrenceEdit } from './event-model';
import { attendeeCopies, findOwnItem, requireOwnEvent, requireOwnOccurrence, seriesItems } from './mailboxes';
import { instant } from './odata-evaluate';
import type { ServiceContext, ServiceRequest, ServiceResponse } from './router';

const entity = (request: ServiceRequest) => `${request.baseUrl}/$metadata#users('me')/events/$entity`;

/** The copies a change to this master reaches: the organizer's reaches every attendee's, an attendee's only her own. */
const reachedCopies = (context: ServiceContext, master: EventDoc, callerEmail: string): EventDoc[] =>
  master.organizer.address === callerEmail ? [master, ...attendeeCopies(context, master)] : [master];

/**
 * PATCH of an occurrence id: the occurrence becomes type "exception" with its own start, end and
 * whatever of subject, body and location was sent; its id, iCalUId and originalStart stay. The
 * organizer's change reaches every attendee's copy (Exchange sends the update, as for a series).
 * An attendee's PATCH is not refused: Graph's docs name no error for it and the copy is in her own
 * mailbox, so (as updateEvent does for a whole event) her change stays in her copy and the
 * organizer's next update overwrites the fields it sets.
 */
export function updateOccurrence(request: ServiceRequest, id: string, context: ServiceContext): ServiceResponse | null {
  const own = requireOwnOccurrence(context, request.caller, id);
  if (!own) return null;
  const { master, date } = own;
  const current = findOwnItem(context, request.caller, id).occurrence;
  const body = (request.body ?? {}) as Record<string, unknown>;
  if (body.recurrence !== undefined) throw badRequest("An occurrence's 'recurrence' cannot be set; change the series master.");
  const previous = master.exceptions?.[date];
  const edit: OccurrenceEdit = {
    ...previous,
    ...(body.subject === undefined ? {} : { subject: subjectOf(body.subject) }),
    ...(body.body === undefined ? {} : { body: itemBodyOf(body.body, master.body) }),
    ...(body.location === undefined ? {} : { location: locationOf(body.location, master.location) }),
    startUtc: body.start === undefined ? (current?.startUtc as string) : toUtc(body.start, 'start'),
    endUtc: body.end === undefined ? (current?.endUtc as string) : toUtc(body.end, 'end'),
    modified: context.now().toISOString(),
    changeKey: randomBytes(12).toString('base64'),
  };
  if (Date.parse(edit.endUtc) < Date.parse(edit.startUtc)) throw badRequest('The end of the event is before its start.');
  const copies = reachedCopies(context, master, request.caller.email);
  context.store.write((tx) => {
    for (const copy of copies) tx.put('event', copy.id, { ...copy, exceptions: { ...copy.exceptions, [date]: edit } });
  });
  const updated = findOwnItem(context, request.caller, id);
  return { status: 200, body: { '@odata.context': entity(request), ...eventJson(updated.event, request.caller, updated.occurrence) } };
}

/**
 * DELETE of an occurrence id: 204, and the occurrence is gone from calendarView and /instances;
 * the organizer's delete cancels it in every attendee's copy too (Exchange sends the
 * cancellation), an attendee's removes it from her own calendar only.
 * https://learn.microsoft.com/graph/api/event-delete
 */
export function deleteOccurrence(request: ServiceRequest, id: string, context: ServiceContext): ServiceResponse | null {
  const own = requireOwnOccurrence(context, request.caller, id);
  if (!own) return null;
  const { master, date } = own;
  const copies = reachedCopies(context, master, request.caller.email);
  context.store.write((tx) => {
    for (const copy of copies) {
      const exceptions = Object.fromEntries(Object.entries(copy.exceptions ?? {}).filter(([d]) => d !== date));
      tx.put('event', copy.id, { ...copy, exceptions, cancelled: [...new Set([...(copy.cancelled ?? []), date])] });
    }
  });
  return { status: 204 };
}

/**
 * `GET /me/events/{id}/instances?startDateTime=&endDateTime=`: a series master's occurrences and
 * exceptions in the window; both bounds are required, as for calendarView. A single instance has
 * none. https://learn.microsoft.com/graph/api/event-list-instances
 */
export function listInstances(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  const master = requireOwnEvent(context, request.caller, params.id as string);
  const from = request.query.get('startDateTime') ?? request.query.get('StartDateTime');
  const to = request.query.get('endDateTime') ?? request.query.get('EndDateTime');
  const [start, end] = [instant(from ?? ''), instant(to ?? '')];
  if (!from || !to || Number.isNaN(start) || Number.isNaN(end)) {
    throw new ServiceError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  const value = master.recurrence ? seriesItems(master, start, end).map((o) => eventJson(master, request.caller, o)) : [];
  return {
    status: 200,
    body: { '@odata.context': `${request.baseUrl}/$metadata#users('me')/events('${master.id}')/instances`, value },
  };
}
