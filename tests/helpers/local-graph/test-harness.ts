/**
 * Test harness: a service over a temporary store, called in-process with Graph-style requests.
 * Used by the local service's route tests (local-graph/src/*.test.ts); not part of the running service.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FaultPlan } from '../../../local-graph/src/faults';
import type { ServiceResponse } from '../../../local-graph/src/router';
import { createService } from '../../../local-graph/src/service';
import type { LocalGraphService } from '../../../local-graph/src/service';
import { DocumentStore } from '../../../local-graph/src/store';

/** Response bodies navigated freely in tests; typing each Graph payload would only add noise. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = any;

/** A service plus a `call` helper; `dispose` closes and deletes the store. */
export interface Harness {
  service: LocalGraphService;
  call(
    method: string,
    url: string,
    options?: { body?: unknown; headers?: Record<string, string>; token?: string | null },
  ): ServiceResponse & { json: LooseJson };
  dispose(): void;
}

/** Builds a harness; `now` defaults to a fixed instant so outputs are stable. */
export function createHarness(options: { now?: () => Date; faults?: FaultPlan } = {}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'punkt-graph-'));
  const store = DocumentStore.open(dir);
  const service = createService(store, { now: options.now ?? (() => new Date('2024-03-13T07:00:00Z')), faults: options.faults });
  return {
    service,
    call(method, url, { body, headers = {}, token = 'punkt-dev-token' } = {}) {
      const lower: Record<string, string> = {};
      for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
      if (token !== null) lower.authorization = `Bearer ${token}`;
      const response = service.handle({
        method,
        url,
        headers: lower,
        body,
        baseUrl: 'http://127.0.0.1:4100/v1.0',
        ids: { requestId: 'req-1', clientRequestId: 'client-1' },
      });
      return { ...response, json: (response.body ?? {}) as LooseJson };
    },
    dispose() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a list with the given extra columns and returns its id. */
export function makeList(harness: Harness, displayName: string, columns: unknown[]): string {
  const response = harness.call('POST', '/sites/punkt-demo/lists', { body: { displayName, columns, list: { template: 'genericList' } } });
  if (response.status !== 201) throw new Error(`list creation failed: ${JSON.stringify(response.body)}`);
  return response.json.id as string;
}
