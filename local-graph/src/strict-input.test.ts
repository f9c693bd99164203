/**
 * Hostile and careless input gets Graph's 4xx with a Graph error body, never a 500 or a runaway
 * process: a batch inside a batch, malformed percent-encoding, bodies of the wrong shape, a body
 * too large. (Issue 9, point 12.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import type { LocalGraph } from './index';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
const ITEMS = '/sites/punkt-demo/lists/PunktItems/items';
beforeEach(() => {
  h = createHarness();
  makeList(h, 'PunktItems', [{ name: 'Number', number: {} }]);
});
afterEach(() => h.dispose());

/** A Graph error body as https://learn.microsoft.com/graph/errors describes it. */
function expectGraphError(response: { status: number; json: LooseJson }, status: number): void {
  expect(response.status).toBe(status);
  expect(response.json.error).toMatchObject({
    code: expect.any(String),
    message: expect.any(String),
    innerError: { 'request-id': 'req-1' },
  });
}

describe('a $batch inside a $batch', () => {
  it.each(['/$batch', '$batch', 'https://graph.microsoft.com/v1.0/$batch', '/$batch?x=1', '/%24batch', '/$BATCH/'])(
    'is refused with 400 for the whole batch (%s)',
    (url) => {
      const nested = { requests: [{ id: '1', method: 'POST', url: ITEMS, body: { fields: { Title: 'inner' } } }] };
      const response = h.call('POST', '/$batch', {
        body: {
          requests: [
            { id: 'a', method: 'POST', url: ITEMS, body: { fields: { Title: 'outer' } } },
            { id: 'b', method: 'POST', url, headers: { 'content-type': 'application/json' }, body: nested },
          ],
        },
      });
      expectGraphError(response, 400);
      // Nothing of the batch ran.
      expect(h.call('GET', ITEMS).json.value).toEqual([]);
    },
  );

  it('answers a deeply nested body at once instead of running 20^n requests', () => {
    let body: unknown = { requests: [{ id: '1', method: 'GET', url: '/sites/punkt-demo' }] };
    for (let depth = 0; depth < 3; depth += 1) {
      body = { requests: Array.from({ length: 20 }, (_, i) => ({ id: String(i), method: 'POST', url: '/$batch', body })) };
    }
    const started = Date.now();
    expectGraphError(h.call('POST', '/$batch', { body }), 400);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('malformed percent-encoding', () => {
  it.each(['/sites/%E0%A4%A/lists', `${ITEMS}/%E0`, '/chats/%E0', '/me/events/%ZZ', '//['])(
    'in the path %s is 400 with a Graph error body',
    (url) => {
      expectGraphError(h.call('GET', url), 400);
    },
  );

  it.each([`${ITEMS}?$filter=fields/Title eq '%E0%A4%A'`, `${ITEMS}?$skiptoken=%%%`, '/sites/punkt-demo/lists?$top=%E0%A4'])(
    'in the query %s is 400',
    (url) => {
      expectGraphError(h.call('GET', url), 400);
    },
  );

  it('inside a batch answers that request 400, the others run', () => {
    const response = h.call('POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/sites/%E0%A4%A/lists' },
          { id: '2', method: 'GET', url: '/sites/punkt-demo' },
        ],
      },
    });
    expect(response.status).toBe(200);
    expect(response.json.responses.map((r: LooseJson) => r.status)).toEqual([400, 200]);
  });

  it('is decoded once: %2525 in a segment is the text %25, not %', () => {
    makeList(h, 'Rate%Done', []);
    expect(h.call('GET', '/sites/punkt-demo/lists/Rate%25Done').status).toBe(200);
    expect(h.call('GET', '/sites/punkt-demo/lists/Rate%2525Done').status).toBe(404);
  });
});

describe('bodies of the wrong shape', () => {
  const event = () =>
    h.call('POST', '/me/events', {
      body: {
        subject: 'S',
        start: { dateTime: '2024-03-13T08:00:00', timeZone: 'UTC' },
        end: { dateTime: '2024-03-13T09:00:00', timeZone: 'UTC' },
      },
    }).json.id as string;

  it.each([[{ body: 'x' }], [{ body: { content: 5 } }], [{ location: null }], [{ location: 'x' }], [{ subject: 7 }]])(
    'an event update %j is 400 and the event stays readable',
    (patch) => {
      const id = encodeURIComponent(event());
      expectGraphError(h.call('PATCH', `/me/events/${id}`, { body: patch }), 400);
      expect(h.call('GET', `/me/events/${id}`).status).toBe(200);
      expect(h.call('GET', '/me/events').status).toBe(200);
    },
  );

  it.each([[{ body: 'x' }], [{ location: 'x' }], [{ attendees: 'x' }]])('a new event %j is 400', (extra) => {
    const response = h.call('POST', '/me/events', {
      body: {
        subject: 'S',
        start: { dateTime: '2024-03-13T08:00:00', timeZone: 'UTC' },
        end: { dateTime: '2024-03-13T09:00:00', timeZone: 'UTC' },
        ...extra,
      },
    });
    expectGraphError(response, 400);
    expect(h.call('GET', '/me/events').status).toBe(200);
  });
});

describe('over HTTP', () => {
  let graph: LocalGraph;
  beforeEach(async () => {
    graph = await startTempLocalGraph('punkt-strict-');
  });
  afterEach(async () => {
    await graph.close();
  });
  const auth = { authorization: 'Bearer punkt-dev-token', 'content-type': 'application/json' };

  it('answers a body over 4 MB with 413 and a Graph error body', async () => {
    const response = await fetch(`${graph.url}/sites/punkt-demo/lists`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ displayName: 'x'.repeat(4 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as LooseJson).error.message).toMatch(/larger than the limit of 4 MB/);
    // The server still serves.
    expect((await fetch(`${graph.url}/sites/punkt-demo`, { headers: auth })).status).toBe(200);
  });

  it('answers malformed JSON with 400 BadRequest and malformed percent-encoding with 400', async () => {
    expect((await fetch(`${graph.url}/sites/punkt-demo/lists`, { method: 'POST', headers: auth, body: '{"displayName":' })).status).toBe(
      400,
    );
    const response = await fetch(`${graph.url}/sites/%E0%A4%A/lists`, { headers: auth });
    expect(response.status).toBe(400);
    expect(((await response.json()) as LooseJson).error.code).toBe('BadRequest');
  });
});
