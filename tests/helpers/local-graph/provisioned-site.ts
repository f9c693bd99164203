/**
 * A test file's local service with Punkt's lists provisioned on the punkt-demo site: started before
 * the file's tests and closed after them, with the March 2024 fixture meeting to save, and a meeting
 * of its own for each test (a fresh iCalUId), so that no test reads another's rows.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { LocalGraph } from '../../../local-graph/src/index';
import { fixtureMeeting } from '../../../local-graph/src/seed';
import type { Meeting } from '../../../src/domain/meeting';
import type { MeetingRef } from '../../../src/domain/ports';
import { createAgendaRepository } from '../../../src/graph/agenda-repository';
import { createGraphClient, type GraphClient, type GraphClientOptions } from '../../../src/graph/client';
import { provision } from '../../../src/graph/provision';
import { startTempLocalGraph } from './temp-local-graph';

const SITE = 'punkt-demo';
const WRITER = 'punkt-dev-token';

export interface ProvisionedSite {
  /** The service's Graph base URL. */
  readonly url: string;
  /** The fixture meeting chefforum-2024-03-13. */
  readonly march: Meeting;
  /** This test's own meeting, on 13 March 2024 at 08:00 UTC. */
  readonly ref: MeetingRef;
  /** A client with this user's token that never waits between retries. */
  client(token: string, extra?: Partial<GraphClientOptions>): GraphClient;
  /** The agenda repository of the site, as this user. */
  repository(token: string, extra?: Partial<GraphClientOptions>): ReturnType<typeof createAgendaRepository>;
}

/** Registers the calling file's hooks; `name` names the temporary store (`punkt-NAME-`) and the tests' meetings (`NAME-N`). */
export function useProvisionedSite(name: string): ProvisionedSite {
  let graph: LocalGraph | undefined;
  let march: Meeting | undefined;
  let ref: MeetingRef | undefined;
  let counter = 0;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is set in the file's hooks: use it inside a hook or a test`);
    return value;
  };
  const client = (token: string, extra: Partial<GraphClientOptions> = {}) =>
    createGraphClient({
      baseUrl: started(graph, 'service').url,
      tokens: { getAccessToken: async () => token },
      sleep: async () => undefined,
      ...extra,
    });

  beforeAll(async () => {
    graph = await startTempLocalGraph(`punkt-${name}-`, { seed: false });
    await provision(client(WRITER), SITE);
    march = await fixtureMeeting('chefforum-2024-03-13.txt');
  });
  afterAll(async () => {
    await graph?.close();
  });
  beforeEach(() => {
    counter += 1;
    ref = { iCalUId: `${name}-${counter}`, start: '2024-03-13T08:00:00Z' };
  });

  return {
    get url() {
      return started(graph, 'service').url;
    },
    get march() {
      return started(march, 'meeting');
    },
    get ref() {
      return started(ref, 'meeting ref');
    },
    client,
    repository: (token, extra = {}) => createAgendaRepository(client(token, extra), { siteId: SITE }),
  };
}
