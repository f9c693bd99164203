/**
 * The repositories and the seed against the local Graph-compatible service over HTTP: the same
 * wire format a tenant speaks, the reader token for the restricted list, and round-trip counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import type { Meeting } from '../domain/meeting';
import { createAgendaRepository } from './agenda-repository';
import { createCalendarRepository } from './calendar-repository';
import { createGraphClient } from './client';
import type { GraphClient } from './client';
import { GraphError } from './errors';
import type { LocalGraph } from '../../local-graph/src/index';
import { fixtureMeeting, upcomingMeeting } from '../../local-graph/src/seed';

const now = new Date('2026-11-20T18:30:00Z'); // a Friday evening
let graph: LocalGraph;
let requests = 0;
const client = (token: string): GraphClient =>
  createGraphClient({ baseUrl: graph.url, tokens: { getAccessToken: async () => token }, onRequest: () => requests++ });

beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-repos-', { seed: true, now: () => now });
});
afterAll(async () => {
  await graph.close();
});

describe('against the local service', () => {
  it('seeds four one-off Chefforum meetings: three past, the next one on Monday at 09:00', async () => {
    const calendar = createCalendarRepository(client('punkt-dev-token'));
    // The weekly series and today's Teams meetings (local-graph/src/seed-teams.ts) lie between them.
    const events = [
      ...(await calendar.listEvents('2017-01-01T00:00:00Z', '2026-01-01T00:00:00Z')),
      ...(await calendar.listEvents('2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z')),
    ];
    expect(events.map((e) => e.start)).toEqual([
      '2017-03-02T08:00:00Z',
      '2021-09-02T06:30:00Z',
      '2024-03-13T08:00:00Z',
      '2026-11-23T08:00:00Z',
    ]);
    const agendas = createAgendaRepository(client('punkt-dev-token'), { siteId: 'punkt-demo' });
    const upcoming = await agendas.loadAgenda({ iCalUId: events[3]!.iCalUId, start: events[3]!.start });
    expect(upcoming?.meeting).toEqual(upcomingMeeting(now, await fixtureMeeting('chefforum-2024-03-13.txt')));
    const past = await agendas.loadAgenda({ iCalUId: events[0]!.iCalUId, start: events[0]!.start });
    expect(past?.meeting).toEqual(await fixtureMeeting('chefforum-2017-03-02.txt'));
  });

  it('opens an agenda with one round trip when the list ids are known, and finds the meeting from its Teams chat', async () => {
    const http = client('punkt-dev-token');
    const calendar = createCalendarRepository(http);
    const [event] = await calendar.listEvents('2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z');
    const agendas = createAgendaRepository(http, { siteId: 'punkt-demo' });
    await agendas.loadAgenda({ iCalUId: event!.iCalUId, start: event!.start });
    const before = requests;
    const loaded = await agendas.loadAgenda({ iCalUId: event!.iCalUId, start: event!.start });
    expect(requests - before).toBe(1);
    expect(loaded?.items).toHaveLength(10);
    const raw = await http.get<{ onlineMeeting?: { joinUrl?: string } }>(`/me/events/${event!.id}`);
    const chatId = decodeURIComponent(
      /19%3[aA]meeting_[^/]+?%40thread\.v2|19:meeting_[^/]+?@thread\.v2/.exec(raw.onlineMeeting?.joinUrl ?? '')?.[0] ?? '',
    );
    const found = await calendar.findTeamsMeeting({ chatId, channelId: null }, new Date(event!.start));
    expect(found.kind === 'found' && found.event.id).toBe(event!.id);
  });

  it('hides a closed punkt from the read-only user without an error, and refuses their writes with a typed 403', async () => {
    const march = await fixtureMeeting('chefforum-2024-03-13.txt');
    const withClosed: Meeting = { ...march, items: march.items.map((i) => (i.number === 3 ? { ...i, closed: true, prefix: null } : i)) };
    const ref = { iCalUId: "closed-o'test", start: '2024-03-13T08:00:00Z' };
    const saved = await createAgendaRepository(client('punkt-dev-token'), { siteId: 'punkt-demo' }).saveAgenda(ref, withClosed);
    expect(saved.meeting).toEqual(withClosed);

    const reader = createAgendaRepository(client('punkt-dev-token-reader'), { siteId: 'punkt-demo' });
    const seen = await reader.loadAgenda(ref);
    const three = seen!.items.find((i) => i.item.number === 3)!;
    expect(three.readable).toBe(false);
    expect(three.item).toMatchObject({ closed: true, title: 'Lukket', caseNumber: march.items[2]!.caseNumber, sections: [] });
    expect(seen!.items.filter((i) => i.readable)).toHaveLength(9);

    const open = seen!.items[0]!;
    const write = reader.writeDecision(open.id, { decision: 'x', status: 'noted', postponedTo: null }, open.etag);
    await expect(write).rejects.toBeInstanceOf(GraphError);
    await expect(write).rejects.toMatchObject({ status: 403, code: 'accessDenied' });
  });

  it('writes decisions with If-Match and returns the current version on a conflict', async () => {
    const ref = { iCalUId: 'decisions', start: '2024-03-13T08:00:00Z' };
    const repo = createAgendaRepository(client('punkt-dev-token'), { siteId: 'punkt-demo' });
    const item = (await repo.saveAgenda(ref, await fixtureMeeting('chefforum-2024-03-13.txt'))).items[4]!;
    const value = { decision: 'Chefforum godkendte.', status: 'approved' as const, postponedTo: null };
    const first = await repo.writeDecision(item.id, value, item.etag);
    expect(first.ok).toBe(true);
    const stale = await repo.writeDecision(item.id, { ...value, decision: 'Andet' }, item.etag);
    expect(stale).toEqual({ ok: false, current: { etag: first.ok ? first.etag : '', value } });
    expect((await repo.loadAgenda(ref))!.items[4]!.item.decision).toBe(value.decision);
  });
});
