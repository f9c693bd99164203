/**
 * Issue #13: a first open in one Graph round trip. The calendar lookup and the agenda rows of the
 * window's first days go in one $batch against the local service; lists provisioned before the
 * meeting date column, and rows written before it, still open, in two.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../domain/ports';
import { createAgendaRepository } from './agenda-repository';
import { agendaDates } from './agenda-window';
import { createGraphClient, type GraphClient } from './client';
import { MEETING_DATE_COLUMN, PUNKT_LISTS } from './list-definitions';
import { provision } from './provision';
import type { LocalGraph } from '../../local-graph/src/index';
import { fixtureMeeting } from '../../local-graph/src/seed';
import { createOldLists } from '../../tests/helpers/local-graph/old-lists';
import { createTeamsMeeting } from '../../tests/helpers/local-graph/teams-meeting';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';

const DAY_MS = 24 * 60 * 60 * 1000;
let graph: LocalGraph | null = null;
const sent: string[] = [];

/** A client of `local` with this user's token that notes each request it sends. */
const as = (local: LocalGraph, token: string): GraphClient =>
  createGraphClient({
    baseUrl: local.url,
    tokens: { getAccessToken: async () => token },
    onRequest: (request) => sent.push(`${request.method} ${request.path.split('?')[0]}`),
  });

async function start(now: Date, seed: boolean): Promise<GraphClient> {
  graph = await startTempLocalGraph('punkt-window-', { seed, now: () => now });
  return as(graph, 'punkt-dev-token');
}
afterEach(async () => {
  await graph?.close();
  graph = null;
  sent.length = 0;
});

/** The window the standalone host asks for: yesterday's UTC midnight and 60 days on. */
function window(now: Date): { from: string; to: string } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { from: new Date(today - DAY_MS).toISOString(), to: new Date(today + 60 * DAY_MS).toISOString() };
}

const agendas = (client: GraphClient) => createAgendaRepository(client, { siteId: 'punkt-demo' });

describe('a first open against the local service', () => {
  it('is ONE request: the calendar and the agenda rows of the coming days in one $batch, matched by MeetingKey', async () => {
    const now = new Date('2026-11-18T07:30:00Z');
    const client = await start(now, true);
    const { from, to } = window(now);
    const repository = agendas(client);
    const events = await repository.listEventsWithAgendas(from, to);
    const next = events.find((e) => Date.parse(e.end) > now.getTime())!;
    const agenda = await repository.loadAgenda(next);
    expect(sent).toEqual(['POST /$batch']);
    expect(agenda).not.toBeNull();
    // The same agenda a read by its key gives.
    const byKey = await agendas(client).loadAgenda(next);
    expect(agenda!.meeting).toEqual(byKey!.meeting);
    expect(agenda!.items.map((i) => i.id)).toEqual(byKey!.items.map((i) => i.id));
    // Only once: a later load (the view's retry, a refresh) reads again.
    sent.length = 0;
    await repository.loadAgenda(next);
    expect(sent).toEqual(['POST /$batch']);
  });

  it('hands no rows read before a decision or a save to a later load (a referat refreshed soon after a write)', async () => {
    const now = new Date('2026-11-18T07:30:00Z');
    const client = await start(now, true);
    const { from, to } = window(now);
    const repository = agendas(client);
    const next = (await repository.listEventsWithAgendas(from, to)).find((e) => Date.parse(e.end) > now.getTime())!;
    const first = (await repository.loadAgenda(next))!.items.find((i) => i.readable)!;
    // Another lookup (the approval's, the recipients') reads the window's rows again; then a decision is written.
    await repository.listEventsWithAgendas(from, to);
    const read = await repository.readDecision(first.id);
    expect((await repository.writeDecision(first.id, { ...read.value, decision: 'Skrevet efter opslaget.' }, read.etag)).ok).toBe(true);
    const loaded = (await repository.loadAgenda(next))!;
    expect(loaded.items.find((i) => i.id === first.id)!.item.decision).toBe('Skrevet efter opslaget.');

    await repository.listEventsWithAgendas(from, to);
    const saved = await repository.saveAgenda(next, { ...loaded.meeting, location: 'Mødelokale 2' }, { base: loaded });
    expect(saved.meeting.location).toBe('Mødelokale 2');
    expect((await repository.loadAgenda(next))!.meeting.location).toBe('Mødelokale 2');
  });

  it('in the Teams side panel is ONE request too: the chat, today’s calendar and today’s agenda rows in one $batch', async () => {
    const now = new Date('2026-06-10T08:15:00Z');
    const secretary = await start(now, false);
    await provision(secretary, 'punkt-demo');
    const { iCalUId, chatId } = await createTeamsMeeting(secretary, {
      subject: 'Chefforum',
      start: '2026-06-10T08:00:00',
      end: '2026-06-10T10:00:00',
      attendees: ['referent@punkt-demo.local'],
    });
    const meeting = await fixtureMeeting('chefforum-2024-03-13.txt');
    await agendas(secretary).saveAgenda({ iCalUId, start: '2026-06-10T08:00:00Z' }, meeting);
    sent.length = 0;
    // The note-taker, an attendee: her own copy of the event, the same MeetingKey.
    const repository = agendas(as(graph!, 'punkt-dev-token-notetaker'));
    const found = await repository.findTeamsMeetingWithAgendas({ chatId, channelId: null }, now);
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    const agenda = await repository.loadAgenda(found.event);
    expect(sent).toEqual(['POST /$batch']);
    expect(agenda?.meeting).toEqual(meeting);
  });

  it('reads the rows of the first five UTC days from the window start, which take a Friday to Monday', () => {
    expect(agendaDates('2026-11-19T00:00:00.000Z', '2027-01-19T00:00:00.000Z')).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
  });
});

describe('lists provisioned before the meeting date column', () => {
  async function oldLists(client: GraphClient): Promise<CalendarEvent> {
    await createOldLists(client, 'punkt-demo', PUNKT_LISTS, [MEETING_DATE_COLUMN]);
    const body = {
      subject: 'Chefforum',
      start: { dateTime: '2026-11-18T09:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-18T11:00:00', timeZone: 'UTC' },
    };
    const created = (await client.send<{ iCalUId: string }>({ method: 'POST', path: '/me/events', body })).body;
    const event = { iCalUId: created.iCalUId, start: '2026-11-18T09:00:00Z' };
    await agendas(client).saveAgenda(event, await fixtureMeeting('chefforum-2024-03-13.txt'));
    return { ...event } as CalendarEvent;
  }

  it('still open, in two requests (the dated parts answer 400); saving there leaves the column out', async () => {
    const now = new Date('2026-11-18T07:30:00Z');
    const client = await start(now, false);
    const ref = await oldLists(client);
    sent.length = 0;
    const { from, to } = window(now);
    const repository = agendas(client);
    const events = await repository.listEventsWithAgendas(from, to);
    const agenda = await repository.loadAgenda(events[0]!);
    expect(sent).toEqual(['POST /$batch', 'POST /$batch']);
    expect(agenda?.meeting).toEqual(await fixtureMeeting('chefforum-2024-03-13.txt'));
    expect(events[0]!.iCalUId).toBe(ref.iCalUId);
  });

  it('provisioned again: rows written before the column open by key (not as "no agenda"); a save dates them, and then it is one request', async () => {
    const now = new Date('2026-11-18T07:30:00Z');
    const client = await start(now, false);
    const ref = await oldLists(client);
    await provision(client, 'punkt-demo');
    const { from, to } = window(now);
    sent.length = 0;
    const first = agendas(client);
    const agenda = await first.loadAgenda((await first.listEventsWithAgendas(from, to))[0]!);
    expect(sent).toHaveLength(2);
    expect(agenda?.meeting).toEqual(await fixtureMeeting('chefforum-2024-03-13.txt'));

    await agendas(client).saveAgenda(ref, agenda!.meeting);
    sent.length = 0;
    const later = agendas(client);
    const again = await later.loadAgenda((await later.listEventsWithAgendas(from, to))[0]!);
    expect(sent).toEqual(['POST /$batch']);
    expect(again?.meeting).toEqual(agenda!.meeting);
  });
});

describe('a meeting the organizer moved since its agenda was saved', () => {
  const at = (iso: string) => ({ dateTime: iso.replace('Z', ''), timeZone: 'UTC' });

  /** The secretary's meeting today at 08:00 UTC with its agenda, then PATCHed to 10:00 UTC (same iCalUId). */
  async function movedToday(client: GraphClient): Promise<string> {
    await provision(client, 'punkt-demo');
    const body = { subject: 'Chefforum', start: at('2026-06-10T08:00:00Z'), end: at('2026-06-10T10:00:00Z') };
    const created = (await client.send<{ id: string; iCalUId: string }>({ method: 'POST', path: '/me/events', body })).body;
    await agendas(client).saveAgenda(
      { iCalUId: created.iCalUId, start: '2026-06-10T08:00:00Z' },
      await fixtureMeeting('chefforum-2024-03-13.txt'),
    );
    const moved = { start: at('2026-06-10T10:00:00Z'), end: at('2026-06-10T12:00:00Z') };
    await client.send({ method: 'PATCH', path: `/me/events/${encodeURIComponent(created.id)}`, body: moved });
    return created.iCalUId;
  }

  it('opens in ONE request: the one meeting row of its iCalUId under the old start is its agenda, as the read by key finds it', async () => {
    const now = new Date('2026-06-10T06:00:00Z');
    const client = await start(now, false);
    const iCalUId = await movedToday(client);
    sent.length = 0;
    const { from, to } = window(now);
    const repository = agendas(client);
    const event = (await repository.listEventsWithAgendas(from, to)).find((e) => e.iCalUId === iCalUId)!;
    expect(event.start).toMatch(/^2026-06-10T10:00:00/);
    const agenda = await repository.loadAgenda(event);
    expect(sent).toEqual(['POST /$batch']);
    expect(agenda?.movedFrom).toBe('2026-06-10T08:00:00Z');
    // The same agenda (moved times, punkter, progress) as the repository's own fallback read gives.
    const byKey = (await agendas(client).loadAgenda(event))!;
    expect(agenda!.meeting).toEqual(byKey.meeting);
    expect(agenda!.items).toEqual(byKey.items);
    expect(agenda!.progress).toEqual(byKey.progress);
    expect(agenda!.movedFrom).toBe(byKey.movedFrom);
  });
});
