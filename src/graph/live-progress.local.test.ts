/**
 * The live progress against the local Graph-compatible service over HTTP: it rides along with the
 * agenda load, polls with one GET, survives the secretary saving the agenda, and a site provisioned
 * before the columns existed still opens its agendas until `provision` adds them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createOldLists } from '../../tests/helpers/local-graph/old-lists';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { createAgendaRepository } from './agenda-repository';
import { createGraphClient } from './client';
import type { GraphClient } from './client';
import type { LocalGraph } from '../../local-graph/src/index';
import { LIVE_PROGRESS_COLUMNS } from './list-definitions';
import { NoAgendaError, createLiveProgressRepository } from './live-progress-repository';
import { MEETINGS_LIST, PUNKT_LISTS } from './list-definitions';
import { provision } from './provision';
import { fixtureMeeting } from '../../local-graph/src/seed';

const SITE = 'punkt-demo';
let graph: LocalGraph;
let requests = 0;

async function start(): Promise<GraphClient> {
  graph = await startTempLocalGraph('punkt-live-');
  return createGraphClient({ baseUrl: graph.url, tokens: { getAccessToken: async () => 'punkt-dev-token' }, onRequest: () => requests++ });
}
afterEach(async () => {
  await graph.close();
});

describe('live progress against the local service', () => {
  it('is written on the meeting row, read in the agenda load and by one GET, kept by an agenda save, and cleared', async () => {
    const client = await start();
    await provision(client, SITE);
    const agendas = createAgendaRepository(client, { siteId: SITE });
    const live = createLiveProgressRepository(client, { siteId: SITE });
    const ref = { iCalUId: "live-o'brien", start: '2024-03-13T08:00:00Z' };
    const march = await fixtureMeeting('chefforum-2024-03-13.txt');
    expect((await agendas.saveAgenda(ref, march)).progress).toBeNull();

    const progress = { number: 3, startedAt: new Date('2024-03-13T08:52:00Z') };
    await live.writeProgress(ref, progress);
    const before = requests;
    expect(await live.readProgress(ref)).toEqual(progress);
    expect(requests - before).toBe(1);
    expect((await agendas.loadAgenda(ref))?.progress).toEqual(progress);

    // The secretary saving the agenda (a later header edit) leaves the progress alone.
    await agendas.saveAgenda(ref, { ...march, location: 'Mødelokale 2' });
    expect(await live.readProgress(ref)).toEqual(progress);

    await live.writeProgress(ref, null);
    expect(await live.readProgress(ref)).toBeNull();
    expect((await agendas.loadAgenda(ref))?.progress).toBeNull();
  });

  it('reads no progress for a meeting without an agenda and refuses to write one', async () => {
    const client = await start();
    await provision(client, SITE);
    const live = createLiveProgressRepository(client, { siteId: SITE });
    const ref = { iCalUId: 'no-agenda', start: '2024-03-13T08:00:00Z' };
    expect(await live.readProgress(ref)).toBeNull();
    await expect(live.writeProgress(ref, { number: 1, startedAt: new Date() })).rejects.toBeInstanceOf(NoAgendaError);
  });

  it('opens agendas on a site provisioned before the columns existed, and provision adds them', async () => {
    const client = await start();
    await createOldLists(
      client,
      SITE,
      [MEETINGS_LIST],
      LIVE_PROGRESS_COLUMNS.map((c) => c.name),
    );
    expect(
      (await provision(client, SITE, { dryRun: true }))
        .filter((a) => a.kind === 'create-column')
        .map((a) => a.kind === 'create-column' && a.column.name),
    ).toEqual(['PunktLiveNumber', 'PunktLiveStartedAt']);
    expect((await provision(client, SITE, { dryRun: true })).filter((a) => a.kind === 'create-list')).toHaveLength(PUNKT_LISTS.length - 1);
    // Create only the other lists (in full), so the meetings list keeps its old columns.
    await createOldLists(
      client,
      SITE,
      PUNKT_LISTS.filter((l) => l !== MEETINGS_LIST),
      [],
    );
    const agendas = createAgendaRepository(client, { siteId: SITE });
    const ref = { iCalUId: 'old-site', start: '2024-03-13T08:00:00Z' };
    const saved = await agendas.saveAgenda(ref, await fixtureMeeting('chefforum-2024-03-13.txt'));
    expect(saved.items).toHaveLength(10);
    expect(saved.progress).toBeUndefined();

    await provision(client, SITE);
    const live = createLiveProgressRepository(client, { siteId: SITE });
    await live.writeProgress(ref, { number: 2, startedAt: new Date('2024-03-13T08:10:00Z') });
    expect((await agendas.loadAgenda(ref))?.progress).toEqual({ number: 2, startedAt: new Date('2024-03-13T08:10:00Z') });
  });
});
