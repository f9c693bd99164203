import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFaultPlan } from './faults';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
afterEach(() => h.dispose());

describe('$batch', () => {
  beforeEach(() => {
    h = createHarness();
    makeList(h, 'PunktItems', [{ name: 'Number', number: {} }]);
  });

  it('answers each request by id with status, headers and body', () => {
    const response = h.call('POST', '/$batch', {
      body: {
        requests: [
          {
            id: 'a',
            method: 'POST',
            url: '/sites/punkt-demo/lists/PunktItems/items',
            headers: { 'Content-Type': 'application/json' },
            body: { fields: { Title: 'x' } },
          },
          { id: 'b', method: 'GET', url: '/sites/punkt-demo/lists/PunktItems/items?$expand=fields', dependsOn: ['a'] },
        ],
      },
    });
    expect(response.status).toBe(200);
    const [a, b] = response.json.responses;
    expect([a.id, a.status, b.id, b.status]).toEqual(['a', 201, 'b', 200]);
    expect(b.body.value.map((i: LooseJson) => i.fields.Title)).toEqual(['x']);
    expect(a.headers.etag).toBe(a.body.eTag);
  });

  it('answers 424 to the dependants of a failed request', () => {
    const response = h.call('POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/sites/punkt-demo/lists/Missing' },
          { id: '2', method: 'GET', url: '/sites/punkt-demo', dependsOn: ['1'] },
          { id: '3', method: 'GET', url: '/sites/punkt-demo' },
        ],
      },
    });
    expect(response.json.responses.map((r: LooseJson) => r.status)).toEqual([404, 424, 200]);
  });

  it('refuses more than 20 requests with 400 and an error body', () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/sites/punkt-demo' }));
    const response = h.call('POST', '/$batch', { body: { requests } });
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('invalidRequest');
  });

  it('refuses duplicate ids and unknown dependencies', () => {
    const dup = h.call('POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '1', method: 'GET', url: '/me' },
        ],
      },
    });
    expect(dup.status).toBe(400);
    const unknown = h.call('POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] } });
    expect(unknown.status).toBe(400);
  });

  it('applies the caller: a reader gets 403 inside the batch, no token gets 401 for the batch', () => {
    const inner = h.call('POST', '/$batch', {
      token: 'punkt-dev-token-reader',
      body: { requests: [{ id: '1', method: 'POST', url: '/sites/punkt-demo/lists/PunktItems/items', body: { fields: {} } }] },
    });
    expect(inner.json.responses[0].status).toBe(403);
    expect(h.call('POST', '/$batch', { token: null, body: { requests: [] } }).status).toBe(401);
  });
});

describe('$batch under faults', () => {
  it('can return a 429 with Retry-After inside a 200 batch', () => {
    h = createHarness({ faults: createFaultPlan({ throttleRate: 1, seed: 1 }) });
    const response = h.call('POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: '/sites/punkt-demo' }] } });
    expect(response.status).toBe(200);
    expect(response.json.responses[0]).toMatchObject({ status: 429, headers: { 'retry-after': '1' } });
  });
});
