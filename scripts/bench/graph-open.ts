/**
 * Opening one meeting's agenda through the repositories against the seeded local service
 * (issue #3: 2 Graph round trips from an Outlook item id, the event then one $batch; 1 when the
 * meeting key is known; issue #13: 1 for the next meeting, not known yet), the time of each open (median), and the service's read throughput with
 * 8 opens in flight. Baseline: a bare GET of the site, the cheapest request, measured the same way.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MeetingRef } from '../../src/domain/ports';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import { createCalendarRepository } from '../../src/graph/calendar-repository';
import { createGraphClient } from '../../src/graph/client';
import { startLocalGraph } from '../../local-graph/src/index';

const TOKEN = 'punkt-dev-token';
const RUNS = 21;
const SITE = 'punkt-demo';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Fresh repositories (no cached list ids) over a fetch that counts what goes on the wire. */
function repositories(url: string) {
  const wire: string[] = [];
  const counting: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    wire.push(`${request.method} ${new URL(request.url).pathname.replace(/^\/v1\.0/, '').replace(/\/events\/[^/]+/, '/events/{id}')}`);
    return fetch(request);
  };
  const client = createGraphClient({ baseUrl: url, tokens: { getAccessToken: async () => TOKEN }, fetch: counting });
  return { wire, calendar: createCalendarRepository(client), agenda: createAgendaRepository(client, { siteId: SITE }) };
}

async function timed(body: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await body();
  return performance.now() - started;
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'punkt-bench-open-'));
  const service = await startLocalGraph({ port: 0, dataDir, seed: true, warn: () => undefined });
  try {
    const setup = repositories(service.url);
    const now = new Date();
    const [event] = await setup.calendar.listEvents(now.toISOString(), new Date(now.getTime() + 60 * 86_400_000).toISOString());
    if (!event) throw new Error('the seed has no upcoming meeting');
    const ref: MeetingRef = { iCalUId: event.iCalUId, start: event.start };

    const fromItem = repositories(service.url);
    const found = await fromItem.calendar.getEvent(event.id);
    await fromItem.agenda.loadAgenda({ iCalUId: found.iCalUId, start: found.start });
    const fromKey = repositories(service.url);
    await fromKey.agenda.loadAgenda(ref);
    console.log(
      `Graph round trips to open a meeting's agenda: from an Outlook item id ${fromItem.wire.length} (target 2: ${fromItem.wire.join(', ')})`,
    );
    console.log(
      `                                              with the meeting key known ${fromKey.wire.length} (target 1: ${fromKey.wire.join(', ')})`,
    );
    // The plain browser's first open: the next meeting is found and its agenda read in one $batch (issue #13).
    const fromNothing = repositories(service.url);
    const events = await fromNothing.agenda.listEventsWithAgendas(
      now.toISOString(),
      new Date(now.getTime() + 60 * 86_400_000).toISOString(),
    );
    await fromNothing.agenda.loadAgenda(events[0]!);
    console.log(
      `                                              the next meeting, not known yet ${fromNothing.wire.length} (target 1: ${fromNothing.wire.join(', ')})`,
    );

    const bare = async () => (await fetch(`${service.url}/sites/${SITE}`, { headers: { authorization: `Bearer ${TOKEN}` } })).arrayBuffer();
    const baseline: number[] = [];
    const opens: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await timed(bare));
      opens.push(await timed(() => repositories(service.url).agenda.loadAgenda(ref)));
    }
    const b = median(baseline);
    const o = median(opens);
    console.log(
      `open by key (one $batch), median of ${RUNS}: ${o.toFixed(1)} ms; baseline bare GET /sites/${SITE}: ${b.toFixed(1)} ms (×${(o / b).toFixed(1)})`,
    );

    // Throughput: 8 opens in flight for 2 s.
    const until = performance.now() + 2000;
    let done = 0;
    const worker = async () => {
      const { agenda } = repositories(service.url);
      while (performance.now() < until) {
        await agenda.loadAgenda(ref);
        done++;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, worker));
    const seconds = (performance.now() - started) / 1000;
    console.log(`service read throughput, 8 opens in flight: ${(done / seconds).toFixed(0)} agenda opens/s`);
  } finally {
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
