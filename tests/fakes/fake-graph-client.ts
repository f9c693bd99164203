/**
 * A hand-written GraphClient over in-memory lists, events and chats: enough of Graph for the
 * repositories' unit tests (the local service covers the real wire format in integration tests).
 * It counts round trips (a $batch is one) so tests can hold loadAgenda to its budget.
 */
import type { GraphClient, GraphRequest, GraphResponse } from '../../src/graph/client';
import { errorFromResponse } from '../../src/graph/errors';

interface FakeList {
  id: string;
  displayName: string;
  columns: Record<string, unknown>[];
  items: Map<string, { version: number; fields: Record<string, unknown> }>;
}

/** Options: `reader` acts as the read-only user (writes 403, PunktClosedItems unreadable). */
export interface FakeGraphOptions {
  reader?: boolean;
}

/** The fake, with its state open for tests to inspect or corrupt. */
export interface FakeGraphClient extends GraphClient {
  lists: Map<string, FakeList>;
  events: Map<string, Record<string, unknown>>;
  /**
   * Meeting chats set by a test, as `GET /chats/{id}` answers them; a chat not set here is derived
   * from the event whose `chatId` it is (the organizer's copy: calendarEventId is its id).
   */
  chats: Map<string, Record<string, unknown>>;
  /** Every request sent (batch envelopes count as one round trip, their parts are listed too). */
  requests: GraphRequest[];
  roundTrips: number;
  /** Another client over the same data, e.g. the reader. */
  as(options: FakeGraphOptions): FakeGraphClient;
}

interface State {
  lists: Map<string, FakeList>;
  events: Map<string, Record<string, unknown>>;
  chats: Map<string, Record<string, unknown>>;
  nextId: number;
}

/** Creates an empty fake (its site accepts any site id). */
export function createFakeGraphClient(
  options: FakeGraphOptions = {},
  state: State = { lists: new Map(), events: new Map(), chats: new Map(), nextId: 1 },
): FakeGraphClient {
  const fake: FakeGraphClient = {
    lists: state.lists,
    events: state.events,
    chats: state.chats,
    requests: [],
    roundTrips: 0,
    as: (other) => createFakeGraphClient(other, state),
    async send<T>(request: GraphRequest) {
      fake.roundTrips++;
      const response = handle(request);
      if (response.status >= 400) throw errorFromResponse(response.status, response.body, new Headers(), { requestId: null });
      return response as GraphResponse<T>;
    },
    async get<T>(path: string) {
      return (await fake.send<T>({ method: 'GET', path })).body;
    },
    async getAll<T>(path: string) {
      return (await fake.get<{ value: T[] }>(path)).value;
    },
    async batch(requests: GraphRequest[]) {
      fake.roundTrips += Math.ceil(requests.length / 20);
      return requests.map(handle);
    },
  };

  const id = () => String(state.nextId++);
  const ok = (status: number, body: unknown, etag: string | null = null): GraphResponse => ({ status, body, etag, headers: new Headers() });
  const fail = (status: number, code: string, message: string) => ok(status, { error: { code, message } });
  const rowOf = (list: FakeList, itemId: string) => {
    const it = list.items.get(itemId)!;
    const etag = `"${itemId},${it.version}"`;
    return { id: itemId, '@odata.etag': etag, eTag: etag, fields: { ...it.fields } };
  };

  function handle(request: GraphRequest): GraphResponse {
    fake.requests.push(request);
    const url = new URL(request.path, 'http://fake');
    const p = url.pathname
      .replace(/^\/v1\.0/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    const q = url.searchParams;
    const write = request.method !== 'GET';
    if (options.reader && write) return fail(403, 'accessDenied', 'Access denied');
    if (p[0] === 'me' || p[0] === 'chats') return calendar(request, p, q);
    if (p[0] !== 'sites' || p[2] !== 'lists') return fail(400, 'invalidRequest', `fake: unsupported ${request.path}`);
    if (p.length === 3) {
      if (request.method === 'GET')
        return ok(200, { value: [...state.lists.values()].map(({ id, displayName }) => ({ id, displayName, name: displayName })) });
      const body = request.body as { displayName: string; columns?: Record<string, unknown>[] };
      if ([...state.lists.values()].some((l) => l.displayName === body.displayName)) return fail(409, 'nameAlreadyExists', 'exists');
      const list: FakeList = { id: `list-${id()}`, displayName: body.displayName, columns: [...(body.columns ?? [])], items: new Map() };
      state.lists.set(list.id, list);
      return ok(201, { id: list.id, displayName: list.displayName });
    }
    const list = state.lists.get(p[3]!) ?? [...state.lists.values()].find((l) => l.displayName === p[3]);
    if (!list) return fail(404, 'itemNotFound', 'list not found');
    if (options.reader && list.displayName === 'PunktClosedItems') return fail(403, 'accessDenied', 'Access denied');
    if (p[4] === 'columns') {
      if (request.method === 'GET') return ok(200, { value: list.columns });
      list.columns.push(request.body as Record<string, unknown>);
      return ok(201, request.body);
    }
    if (p[4] !== 'items') return fail(400, 'invalidRequest', 'fake: unsupported list path');
    const itemId = p[5];
    if (itemId === undefined) {
      if (request.method === 'GET')
        return ok(200, {
          value: [...list.items.keys()].filter((k) => matches(list.items.get(k)!.fields, q.get('$filter'))).map((k) => rowOf(list, k)),
        });
      const fields = (request.body as { fields: Record<string, unknown> }).fields;
      const unique = list.columns.filter((c) => c.enforceUniqueValues).map((c) => String(c.name));
      for (const col of unique) {
        if ([...list.items.values()].some((it) => fields[col] !== undefined && it.fields[col] === fields[col]))
          return fail(409, 'nameAlreadyExists', `duplicate ${col}`);
      }
      const newId = id();
      list.items.set(newId, { version: 1, fields: { ...fields } });
      const row = rowOf(list, newId);
      return ok(201, row, row['@odata.etag']);
    }
    const it = list.items.get(itemId);
    if (!it) return fail(404, 'itemNotFound', 'item not found');
    if (request.method === 'DELETE') {
      list.items.delete(itemId);
      return ok(204, undefined);
    }
    if (request.method === 'PATCH') {
      if (request.ifMatch !== undefined && request.ifMatch !== '*' && request.ifMatch !== rowOf(list, itemId)['@odata.etag'])
        return fail(412, 'preconditionFailed', 'etag mismatch');
      it.fields = { ...it.fields, ...(request.body as Record<string, unknown>) };
      it.version++;
      const row = rowOf(list, itemId);
      return ok(200, { '@odata.etag': row['@odata.etag'], ...row.fields }, row['@odata.etag']);
    }
    const row = rowOf(list, itemId);
    return ok(200, row, row['@odata.etag']);
  }

  function calendar(request: GraphRequest, p: string[], q: URLSearchParams): GraphResponse {
    if (p[0] === 'chats') {
      const set = state.chats.get(p[1]!);
      if (set) return ok(200, set);
      const event = [...state.events.values()].find((e) => e.chatId === p[1]);
      const joinWebUrl = (event?.onlineMeeting as { joinUrl?: string } | undefined)?.joinUrl ?? null;
      return event
        ? ok(200, { id: p[1], chatType: 'meeting', onlineMeetingInfo: { calendarEventId: event.id, joinWebUrl } })
        : fail(404, 'itemNotFound', 'chat not found');
    }
    if (p[1] === 'calendarView') {
      const from = instant(q.get('startDateTime')!);
      const to = instant(q.get('endDateTime')!);
      // Graph's calendarView: every event overlapping the window, a meeting in progress included.
      const inView = [...state.events.values()].filter((e) => instant(start(e)) < to && instant(end(e)) > from);
      return ok(200, { value: inView.sort((a, b) => instant(start(a)) - instant(start(b))) });
    }
    if (p[1] !== 'events') return fail(400, 'invalidRequest', 'fake: unsupported /me path');
    if (request.method === 'POST') {
      const eventId = `event-${id()}`;
      const body = request.body as Record<string, unknown>;
      const event = {
        ...body,
        id: eventId,
        iCalUId: `ical-${eventId}`,
        isOrganizer: true,
        organizer: { emailAddress: { name: 'Sekretær Demo' } },
        chatId: `19:meeting_${eventId}@thread.v2`,
        ...(body.isOnlineMeeting
          ? {
              onlineMeeting: {
                joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(`19:meeting_${eventId}@thread.v2`)}/0?context=%7b%7d`,
              },
            }
          : {}),
      };
      state.events.set(eventId, event);
      return ok(201, event);
    }
    if (p[2] !== undefined) return state.events.has(p[2]) ? ok(200, state.events.get(p[2])) : fail(404, 'itemNotFound', 'event not found');
    const uid = /^iCalUId eq '((?:[^']|'')*)'$/.exec(q.get('$filter') ?? '')?.[1]?.replace(/''/g, "'");
    return ok(200, { value: [...state.events.values()].filter((e) => uid === undefined || e.iCalUId === uid) });
  }

  return fake;
}

/** Graph event times carry no zone designator (the zone is apart, UTC here). */
function instant(iso: string): number {
  return Date.parse(/Z$/.test(iso) ? iso : `${iso}Z`);
}

function start(event: Record<string, unknown>): string {
  return String((event.start as { dateTime: string }).dateTime);
}

function end(event: Record<string, unknown>): string {
  return String((event.end as { dateTime: string } | undefined)?.dateTime ?? start(event));
}

/** Evaluates `fields/A eq 'x' and fields/B eq 3`-style filters, the only kind the repositories send. */
function matches(fields: Record<string, unknown>, filter: string | null): boolean {
  if (!filter) return true;
  const clauses = filter.split(/\)? and \(?/).map((c) => c.replace(/^\(|\)$/g, ''));
  return clauses.every((clause) => {
    const m = /^fields\/(\w+) eq (?:'((?:[^']|'')*)'|(\S+))$/.exec(clause);
    if (!m) throw new Error(`fake: unsupported filter ${clause}`);
    const value = m[2] !== undefined ? m[2].replace(/''/g, "'") : JSON.parse(m[3]!);
    return fields[m[1]!] === value;
  });
}
