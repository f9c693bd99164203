import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.dispose());

describe('sites, lists and columns', () => {
  it('always has the punkt-demo site and 404s others', () => {
    expect(h.call('GET', '/sites/punkt-demo').json.id).toBe('punkt-demo');
    expect(h.call('GET', '/sites/other').status).toBe(404);
  });

  it('creates a list with columns and finds it by id, by displayName and by $filter', () => {
    const id = makeList(h, 'PunktMeetings', [{ name: 'MeetingKey', text: {}, indexed: true, enforceUniqueValues: true }]);
    expect(h.call('GET', `/sites/punkt-demo/lists/${id}`).json.displayName).toBe('PunktMeetings');
    expect(h.call('GET', '/sites/punkt-demo/lists/PunktMeetings').json.id).toBe(id);
    const found = h.call('GET', "/sites/punkt-demo/lists?$filter=displayName eq 'PunktMeetings'");
    expect(found.json.value.map((l: LooseJson) => l.id)).toEqual([id]);
    expect(h.call('GET', "/sites/punkt-demo/lists?$filter=displayName eq 'Other'").json.value).toEqual([]);
  });

  it('refuses a second list with the same displayName with 409', () => {
    makeList(h, 'PunktItems', []);
    const again = h.call('POST', '/sites/punkt-demo/lists', { body: { displayName: 'PunktItems' } });
    expect(again.status).toBe(409);
  });

  it('lists columns and adds indexed ones', () => {
    makeList(h, 'PunktItems', [{ name: 'Number', number: {} }]);
    const created = h.call('POST', '/sites/punkt-demo/lists/PunktItems/columns', {
      body: { name: 'ClientKey', text: {}, indexed: true, enforceUniqueValues: true },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'ClientKey', indexed: true, enforceUniqueValues: true, text: {} });
    const columns = h.call('GET', '/sites/punkt-demo/lists/PunktItems/columns').json.value.map((c: LooseJson) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['Title', 'Number', 'ClientKey']));
    expect(h.call('POST', '/sites/punkt-demo/lists/PunktItems/columns', { body: { name: 'Number', number: {} } }).status).toBe(409);
  });

  it('requires a unique column to be indexed', () => {
    makeList(h, 'PunktItems', []);
    const response = h.call('POST', '/sites/punkt-demo/lists/PunktItems/columns', {
      body: { name: 'Key', text: {}, enforceUniqueValues: true },
    });
    expect([response.status, response.json.error.code]).toEqual([400, 'invalidRequest']);
  });

  it('updates a column to be indexed (how provisioning adds a missing index)', () => {
    makeList(h, 'PunktItems', [{ name: 'MeetingKey', text: {} }]);
    const column = h.call('GET', '/sites/punkt-demo/lists/PunktItems/columns/MeetingKey').json;
    expect(column.indexed).toBe(false);
    const updated = h.call('PATCH', `/sites/punkt-demo/lists/PunktItems/columns/${column.id}`, { body: { indexed: true } });
    expect([updated.status, updated.json.indexed]).toEqual([200, true]);
    const unique = h.call('PATCH', `/sites/punkt-demo/lists/PunktItems/columns/${column.id}`, {
      body: { indexed: false, enforceUniqueValues: true },
    });
    expect(unique.status).toBe(400);
    expect(h.call('PATCH', '/sites/punkt-demo/lists/PunktItems/columns/Nope', { body: { indexed: true } }).status).toBe(404);
  });

  it('answers 404 itemNotFound for an unknown list', () => {
    const response = h.call('GET', '/sites/punkt-demo/lists/Nope/items');
    expect([response.status, response.json.error.code]).toEqual([404, 'itemNotFound']);
  });
});
