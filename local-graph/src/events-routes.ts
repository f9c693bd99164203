/**
 * The signed-in user's calendar: `GET /me`, `GET|POST /me/events` ($filter on iCalUId,
 * start/dateTime…, $select, $orderby, $top, paging), `GET|PATCH|DELETE /me/events/{id}`,
 * `GET /me/calendarView`; one occurrence of a series and `/instances` in occurrence-routes.ts.
 * Creating an online meeting also creates its meeting chat (see chats-routes.ts). Every user sees
 * their own mailbox only (mailboxes.ts); series are expanded in calendarView (recurrence.ts).
 * Docs: "List events", "Get event", "Create event", "Update event", "Delete event", "List calendarView".
 */
import { randomBytes } from 'node:crypto';
import { requireWriter } from './auth';
import { ServiceError, badRequest } from './errors';
import { attendeesOf, eventJson, iCalUId, itemBodyOf, locationOf, subjectOf, toUtc } from './event-model';
import type { EventDoc } from './event-model';
import { attendeeCopies, findOwnItem, mailbox, putMeeting, requireOwnEvent, viewItems } from './mailboxes';
import { DEMO_TEAMS_HEADER, demoTeamsOrigin } from './demo-teams-header';
import { recurrenceOf } from './recurrence';
import { deleteOccurrence, listInstances, updateOccurrence } from './occurrence-routes';
import { parseFilterParam } from './filter-param';
import { filterPaths } from './odata-filter';
import { compareValues, evaluateFilter, instant } from './odata-evaluate';
import { page, topOf } from './router';
import type { Route, ServiceContext, ServiceRequest, ServiceResponse } from './router';

const FILTERABLE = new Set([
  'id',
  'iCalUId',
  'subject',
  'start/dateTime',
  'end/dateTime',
  'isOnlineMeeting',
  'isOrganizer',
  'type',
  'organizer/emailAddress/address',
]);

function read(json: Record<string, unknown>, path: string): unknown {
  return path.split('/').reduce<unknown>((v, key) => (v as Record<string, unknown> | null | undefined)?.[key], json);
}

/** $filter, $orderby and paging over event JSON; Graph's default page for events is 10. */
function respond(request: ServiceRequest, events: Record<string, unknown>[], context: string): ServiceResponse {
  let rows = events;
  const filter = request.query.get('$filter');
  if (filter !== null) {
    const expr = parseFilterParam(filter);
    const unknown = filterPaths(expr).find((p) => !FILTERABLE.has(p));
    if (unknown) throw badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.event'.`);
    rows = rows.filter((e) => evaluateFilter(expr, (p) => read(e, p)));
  }
  const orderby = request.query.get('$orderby');
  if (orderby) {
    const [path = '', direction = 'asc'] = orderby.trim().split(/\s+/);
    if (!FILTERABLE.has(path)) throw badRequest(`Could not find a property named '${path}' on type 'microsoft.graph.event'.`);
    const sign = direction.toLowerCase() === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => compareValues(read(a, path), read(b, path)) * sign);
  }
  const select = request.query.get('$select');
  if (select) {
    const names = select.split(',').map((n) => n.trim());
    rows = rows.map((e) =>
      Object.fromEntries(Object.entries(e).filter(([key]) => key === 'id' || key === '@odata.etag' || names.includes(key))),
    );
  }
  const { value, nextLink } = page(request, rows, topOf(request.query, 10, 1000));
  const body: Record<string, unknown> = { '@odata.context': `${request.baseUrl}/$metadata#${context}`, value };
  if (nextLink) body['@odata.nextLink'] = nextLink;
  return { status: 200, body };
}

function getMe(request: ServiceRequest): ServiceResponse {
  const { caller } = request;
  return {
    status: 200,
    body: {
      '@odata.context': `${request.baseUrl}/$metadata#users/$entity`,
      id: caller.id,
      displayName: caller.displayName,
      mail: caller.email,
      userPrincipalName: caller.email,
    },
  };
}

/** The caller's single instances and series masters; occurrences only in calendarView (https://learn.microsoft.com/graph/api/user-list-events). */
function listEvents(request: ServiceRequest, _params: Record<string, string>, context: ServiceContext): ServiceResponse {
  return respond(
    request,
    mailbox(context, request.caller).map((e) => eventJson(e, request.caller)),
    "users('me')/events",
  );
}

function getEvent(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  const { event, occurrence } = findOwnItem(context, request.caller, params.id as string);
  return {
    status: 200,
    body: { '@odata.context': `${request.baseUrl}/$metadata#users('me')/events/$entity`, ...eventJson(event, request.caller, occurrence) },
  };
}

function calendarView(request: ServiceRequest, _params: Record<string, string>, context: ServiceContext): ServiceResponse {
  const from = request.query.get('startDateTime') ?? request.query.get('StartDateTime');
  const to = request.query.get('endDateTime') ?? request.query.get('EndDateTime');
  if (!from || !to) {
    throw new ServiceError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  const [start, end] = [instant(from), instant(to)];
  if (Number.isNaN(start) || Number.isNaN(end))
    throw new ServiceError(400, 'ErrorInvalidParameter', 'StartDateTime and EndDateTime must be ISO 8601 date-times.');
  return respond(
    request,
    viewItems(context, request.caller, start, end).map(({ event, occurrence }) => eventJson(event, request.caller, occurrence)),
    "users('me')/calendarView",
  );
}

function createEvent(request: ServiceRequest, _params: Record<string, string>, context: ServiceContext): ServiceResponse {
  requireWriter(request.caller);
  const body = (request.body ?? {}) as Record<string, unknown>;
  if (typeof body.subject !== 'string') throw badRequest("The event needs a 'subject'.");
  const startUtc = toUtc(body.start, 'start');
  const endUtc = toUtc(body.end, 'end');
  if (Date.parse(endUtc) < Date.parse(startUtc)) throw badRequest('The end of the event is before its start.');
  const now = context.now().toISOString();
  const isOnlineMeeting = body.isOnlineMeeting === true;
  const teams = demoTeamsOrigin(request.headers[DEMO_TEAMS_HEADER]);
  const chatId = !isOnlineMeeting ? null : (teams.channelThread ?? `19:meeting_${randomBytes(27).toString('base64url')}@thread.v2`);
  const startZone =
    typeof (body.start as { timeZone?: unknown }).timeZone === 'string' ? (body.start as { timeZone: string }).timeZone : 'UTC';
  const event: Omit<EventDoc, 'id' | 'owner' | 'changeKey'> = {
    iCalUId: iCalUId(),
    subject: body.subject,
    body: itemBodyOf(body.body, { contentType: 'html', content: '' }),
    startUtc,
    endUtc,
    location: locationOf(body.location, ''),
    attendees: attendeesOf(body.attendees),
    organizer: { name: request.caller.displayName, address: request.caller.email },
    isOnlineMeeting,
    chatId,
    recurrence: recurrenceOf(body.recurrence, startZone),
    created: now,
    modified: now,
  };
  const own = context.store.write((tx) => putMeeting(tx, request.caller, event, { calendarEventId: !teams.outlookCreated }));
  return {
    status: 201,
    body: { '@odata.context': `${request.baseUrl}/$metadata#users('me')/events/$entity`, ...eventJson(own, request.caller) },
  };
}

/**
 * "Update event": subject, body, start, end and location; 200 with the event. The organizer's
 * change reaches the attendees' copies (Exchange sends the update); an attendee's changes stay in
 * her own copy. https://learn.microsoft.com/graph/api/event-update
 */
function updateEvent(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  requireWriter(request.caller);
  const occurrence = updateOccurrence(request, params.id as string, context);
  if (occurrence) return occurrence;
  const event = requireOwnEvent(context, request.caller, params.id as string);
  const body = (request.body ?? {}) as Record<string, unknown>;
  const updated: EventDoc = {
    ...event,
    subject: body.subject === undefined ? event.subject : subjectOf(body.subject),
    body: itemBodyOf(body.body, event.body),
    startUtc: body.start === undefined ? event.startUtc : toUtc(body.start, 'start'),
    endUtc: body.end === undefined ? event.endUtc : toUtc(body.end, 'end'),
    location: locationOf(body.location, event.location),
    modified: context.now().toISOString(),
    changeKey: randomBytes(12).toString('base64'),
  };
  if (Date.parse(updated.endUtc) < Date.parse(updated.startUtc)) throw badRequest('The end of the event is before its start.');
  const { subject, body: itemBody, startUtc, endUtc, location, modified } = updated;
  const copies = updated.organizer.address === request.caller.email ? attendeeCopies(context, event) : [];
  context.store.write((tx) => {
    tx.put('event', event.id, updated);
    for (const copy of copies) tx.put('event', copy.id, { ...copy, subject, body: itemBody, startUtc, endUtc, location, modified });
  });
  return {
    status: 200,
    body: { '@odata.context': `${request.baseUrl}/$metadata#users('me')/events/$entity`, ...eventJson(updated, request.caller) },
  };
}

/**
 * "Delete event": 204 No Content; its meeting chat stays, as in Teams. The organizer's delete
 * cancels the meeting, so the attendees' copies go too (Exchange would first mark them cancelled).
 * https://learn.microsoft.com/graph/api/event-delete
 */
function deleteEvent(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  requireWriter(request.caller);
  const occurrence = deleteOccurrence(request, params.id as string, context);
  if (occurrence) return occurrence;
  const event = requireOwnEvent(context, request.caller, params.id as string);
  const copies = event.organizer.address === request.caller.email ? attendeeCopies(context, event) : [];
  context.store.write((tx) => {
    tx.delete('event', event.id);
    for (const copy of copies) tx.delete('event', copy.id);
  });
  return { status: 204 };
}

/** The calendar routes. */
export const eventRoutes: Route[] = [
  { method: 'GET', pattern: '/me', handler: getMe },
  { method: 'GET', pattern: '/me/events', handler: listEvents },
  { method: 'POST', pattern: '/me/events', handler: createEvent },
  { method: 'GET', pattern: '/me/events/:id', handler: getEvent },
  { method: 'GET', pattern: '/me/events/:id/instances', handler: listInstances },
  { method: 'PATCH', pattern: '/me/events/:id', handler: updateEvent },
  { method: 'DELETE', pattern: '/me/events/:id', handler: deleteEvent },
  { method: 'GET', pattern: '/me/calendarView', handler: calendarView },
  { method: 'GET', pattern: '/me/calendar/calendarView', handler: calendarView },
];
