/**
 * A first open in one round trip (issue #13): the calendar lookup and the agenda rows of the
 * window's first days go in one $batch (https://learn.microsoft.com/graph/json-batching), since
 * every row carries its meeting's UTC date (MEETING_DATE_COLUMN, indexed). The rows are matched to
 * the calendar's events by MeetingKey once both answers are here; an event whose key has no meeting
 * row but whose iCalUId has one under another start is the meeting moved since its agenda was saved
 * (moved-meeting.ts), handed on as the repository's own fallback read would (`movedFrom`). A list provisioned before that
 * column answers 400 to the dated parts: the events still come back, and the agenda is then read by
 * its key in a second round trip.
 */
import type { CalendarEvent } from '../domain/ports';
import { meetingKeyOf } from '../domain/meeting-identity';
import type { MeetingLookup, TeamsMeetingContext } from '../domain/meeting-lookup';
import type { GraphClient, GraphRequest, GraphResponse } from './client';
import type { LoadedRows } from './agenda-save';
import { calendarViewRequest, eventsInWindow, eventsOfView } from './calendar-repository';
import { CLOSED_ITEMS_LIST, ITEMS_LIST, MEETINGS_LIST } from './list-definitions';
import { datedRowsQuery } from './list-queries';
import { progressFromFields, progressRowsByDateQuery } from './live-progress';
import { rowsOf } from './meeting-repository';
import { isRowOfICalUId, movedMeetingRow } from './moved-rows';
import type { Row } from './row-mapping';

/** How many UTC days from the window's start get their agenda rows in the first batch: from yesterday over a weekend to Monday. */
export const AGENDA_DAYS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What one windowed read gives: the events, and the rows of each event on the agenda days (null: not read). */
export interface WindowRead {
  events: CalendarEvent[];
  /** Rows by MeetingKey for every event on the agenda days whose meeting row carries the date; null when the lists could not be read so. */
  rows: Map<string, LoadedRows> | null;
  /** False when the lists lack the date column (a 400 to the dated parts). */
  dated: boolean | undefined;
}

/** What the agenda repository reads along with the calendar's own lookups (the app's hosts use them). */
export interface WindowedAgendas {
  /** CalendarSource.listEvents, with the rows of the window's first AGENDA_DAYS days. */
  listEventsWithAgendas(fromIso: string, toIso: string): Promise<CalendarEvent[]>;
  /** CalendarRepository.findTeamsMeeting, with the rows of the lookup window's days. */
  findTeamsMeetingWithAgendas(context: TeamsMeetingContext, now: Date): Promise<MeetingLookup>;
}

/** The UTC dates (`YYYY-MM-DD`) of the first AGENDA_DAYS days of [fromIso, toIso). */
export function agendaDates(fromIso: string, toIso: string): string[] {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  const first = Date.UTC(new Date(from).getUTCFullYear(), new Date(from).getUTCMonth(), new Date(from).getUTCDate());
  const dates: string[] = [];
  for (let day = first; day < to && dates.length < AGENDA_DAYS; day += DAY_MS) dates.push(new Date(day).toISOString().slice(0, 10));
  return dates;
}

const keyOfRow = (row: Row): string | undefined => {
  const key = row.fields?.MeetingKey;
  return typeof key === 'string' ? key : undefined;
};

/**
 * Sends the calendar's own `lookup` requests and, in the same $batch, the rows of every meeting on
 * the UTC `dates` from the lists at `paths` (addressed by title). `events` reads the lookup's answers
 * (the calendar's events for the matching, and whatever else the caller makes of them).
 */
export async function readWindowWith<T extends { events: CalendarEvent[] }>(
  client: GraphClient,
  paths: LoadedRows['paths'],
  dates: readonly string[],
  lookup: GraphRequest[],
  events: (responses: (GraphResponse | undefined)[]) => Promise<T>,
): Promise<{ found: T; rows: Map<string, LoadedRows> | null; dated: boolean | undefined }> {
  const responses = await client.batch([
    ...lookup,
    { method: 'GET', path: `${paths.meetings}${datedRowsQuery(MEETINGS_LIST, dates)}` },
    { method: 'GET', path: `${paths.items}${datedRowsQuery(ITEMS_LIST, dates)}` },
    { method: 'GET', path: `${paths.closed}${datedRowsQuery(CLOSED_ITEMS_LIST, dates)}` },
    // Apart, as in the agenda's own batch: a site without the live columns answers 400 to it alone.
    { method: 'GET', path: `${paths.meetings}${progressRowsByDateQuery(dates)}` },
  ]);
  const found = await events(responses.slice(0, lookup.length));
  const [m, i, c, live] = responses.slice(lookup.length);
  const parts = [m, i, c];
  // A list not found by title (404), or another failure: the agenda's own read sorts it out.
  if (parts.some((r) => !r || r.status === 404 || r.status >= 500 || r.status === 429)) return { found, rows: null, dated: undefined };
  if (parts.some((r) => r!.status === 400)) return { found, rows: null, dated: false };
  const closedReadable = c!.status !== 403;
  const [meetingRows, itemRows, closedRows] = [
    await rowsOf(client, m!),
    await rowsOf(client, i!),
    closedReadable ? await rowsOf(client, c!) : [],
  ];
  const liveRows = live && live.status < 400 ? ((live.body as { value?: Row[] }).value ?? []) : null;
  const rows = new Map<string, LoadedRows>();
  const eventKeys = new Set(found.events.map((event) => meetingKeyOf(event)));
  for (const event of found.events) {
    if (!dates.includes(event.start.slice(0, 10))) continue;
    const key = meetingKeyOf(event);
    const mine = (row: Row) => keyOfRow(row) === key;
    const meetingRow = meetingRows.find(mine);
    if (!meetingRow) {
      // Another event's rows are that event's, never this one moved (a backend that shares an iCalUId across a series).
      const free = (row: Row) => {
        const k = keyOfRow(row) ?? '';
        return k === key || !eventKeys.has(k);
      };
      const moved = movedRows(event, meetingRows.filter(free), itemRows.filter(free), closedRows.filter(free), liveRows);
      if (moved) rows.set(key, { paths, closedReadable, dated: true, ...moved });
      // No dated meeting row: no agenda, or one written before the column existed (its rows carry no date
      // until it is saved again); the agenda's own read by key tells which.
      continue;
    }
    rows.set(key, {
      paths,
      meetingRow,
      itemRows: itemRows.filter(mine),
      closedRows: closedRows.filter(mine),
      closedReadable,
      dated: true,
      ...(liveRows ? { progress: progressFromFields(liveRows.find(mine)?.fields) } : {}),
    });
  }
  return { found, rows, dated: true };
}

/**
 * The rows of `event` moved since its agenda was saved: the one meeting row of its iCalUId among the
 * window's rows (those of the window's other events left out), with the punkter under either key as
 * fetchRows reads them. None, or several (AmbiguousMovedMeetingError), is left to the agenda's own read,
 * which tells them apart and checks the start.
 */
function movedRows(
  event: CalendarEvent,
  meetingRows: Row[],
  itemRows: Row[],
  closedRows: Row[],
  liveRows: Row[] | null,
): Pick<LoadedRows, 'meetingRow' | 'itemRows' | 'closedRows' | 'progress' | 'movedFrom'> | null {
  let moved: ReturnType<typeof movedMeetingRow>;
  try {
    moved = movedMeetingRow(meetingRows, event.iCalUId);
  } catch {
    return null;
  }
  if (moved === null) return null;
  const ours = isRowOfICalUId(event.iCalUId);
  const { row } = moved;
  return {
    meetingRow: row,
    itemRows: itemRows.filter(ours),
    closedRows: closedRows.filter(ours),
    ...(liveRows ? { progress: progressFromFields(liveRows.find((r) => r.id === row.id)?.fields) } : {}),
    movedFrom: moved.movedFrom,
  };
}

/** The events of [fromIso, toIso) with the rows of the window's first AGENDA_DAYS days, in one $batch. */
export async function readWindow(client: GraphClient, paths: LoadedRows['paths'], fromIso: string, toIso: string): Promise<WindowRead> {
  const read = await readWindowWith(client, paths, agendaDates(fromIso, toIso), [calendarViewRequest(fromIso, toIso)], async ([view]) => ({
    events: eventsInWindow(await eventsOfView(client, view), fromIso, toIso),
  }));
  return { events: read.found.events, rows: read.rows, dated: read.dated };
}
