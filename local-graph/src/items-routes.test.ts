import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
const ITEMS = '/sites/punkt-demo/lists/PunktItems/items';
beforeEach(() => {
  h = createHarness();
  makeList(h, 'PunktItems', [
    { name: 'MeetingKey', text: {}, indexed: true },
    { name: 'Number', number: {} },
    { name: 'Closed', boolean: {} },
    { name: 'ClientKey', text: {}, indexed: true, enforceUniqueValues: true },
  ]);
});
afterEach(() => h.dispose());

const create = (fields: Record<string, unknown>) => h.call('POST', ITEMS, { body: { fields } });

describe('list items', () => {
  it('creates an item with 201, numbered ids, an ETag and typed fields', () => {
    const first = create({ Title: 'A', MeetingKey: 'm1', Number: '2', Closed: false, ClientKey: 'c1' });
    const second = create({ Title: 'B', MeetingKey: 'm1', Number: 1, ClientKey: 'c2' });
    expect(first.status).toBe(201);
    expect([first.json.id, second.json.id]).toEqual(['1', '2']);
    expect(first.headers?.etag).toBe(first.json.eTag);
    expect(first.json['@odata.etag']).toBe(first.json.eTag);
    expect(first.json.fields).toMatchObject({ Title: 'A', MeetingKey: 'm1', Number: 2, Closed: false, id: '1' });
  });

  it('filters, orders, selects and pages through @odata.nextLink', () => {
    for (let i = 1; i <= 5; i += 1) create({ Title: `T${i}`, MeetingKey: i % 2 ? 'odd' : 'even', Number: 10 - i, ClientKey: `k${i}` });
    const first = h.call(
      'GET',
      `${ITEMS}?$expand=fields($select=Title,Number)&$filter=fields/MeetingKey eq 'odd'&$orderby=fields/Number asc&$top=2`,
    );
    expect(first.status).toBe(200);
    expect(first.json.value.map((v: LooseJson) => v.fields)).toEqual([
      { '@odata.etag': expect.any(String), Title: 'T5', Number: 5 },
      { '@odata.etag': expect.any(String), Title: 'T3', Number: 7 },
    ]);
    const next = new URL(first.json['@odata.nextLink']);
    expect(next.origin + next.pathname).toBe(`http://127.0.0.1:4100/v1.0${ITEMS}`);
    const rest = h.call('GET', `${next.pathname.replace('/v1.0', '')}${next.search}`);
    expect(rest.json.value.map((v: LooseJson) => v.fields.Title)).toEqual(['T1']);
    expect(rest.json['@odata.nextLink']).toBeUndefined();
  });

  it('leaves fields out unless expanded', () => {
    create({ Title: 'A', ClientKey: 'a' });
    expect(h.call('GET', ITEMS).json.value[0].fields).toBeUndefined();
    expect(h.call('GET', `${ITEMS}/1?$expand=fields`).json.fields.Title).toBe('A');
  });

  it('updates fields with a current ETag, bumps the ETag, and refuses a stale one with 412', () => {
    const created = create({ Title: 'A', ClientKey: 'a' });
    const updated = h.call('PATCH', `${ITEMS}/1/fields`, { body: { Title: 'B' }, headers: { 'If-Match': created.json.eTag } });
    expect(updated.status).toBe(200);
    expect(updated.json.Title).toBe('B');
    expect(updated.headers?.etag).not.toBe(created.json.eTag);
    const stale = h.call('PATCH', `${ITEMS}/1/fields`, { body: { Title: 'C' }, headers: { 'If-Match': created.json.eTag } });
    expect(stale.status).toBe(412);
    expect(stale.json.error.code).toBe('preconditionFailed');
    expect(h.call('PATCH', `${ITEMS}/1/fields`, { body: { Title: 'D' }, headers: { 'If-Match': '*' } }).status).toBe(200);
  });

  it('deletes with 204 and then answers 404 itemNotFound', () => {
    create({ Title: 'A', ClientKey: 'a' });
    expect(h.call('DELETE', `${ITEMS}/1`).status).toBe(204);
    const gone = h.call('GET', `${ITEMS}/1`);
    expect(gone.status).toBe(404);
    expect(gone.json.error.code).toBe('itemNotFound');
    expect(create({ Title: 'B', ClientKey: 'b' }).json.id).toBe('2');
  });

  it('rejects a duplicate value in a unique column with 409 nameAlreadyExists', () => {
    expect(create({ ClientKey: 'same' }).status).toBe(201);
    const dup = create({ ClientKey: 'same' });
    expect(dup.status).toBe(409);
    expect(dup.json.error.code).toBe('nameAlreadyExists');
    expect(h.call('GET', ITEMS).json.value).toHaveLength(1);
  });

  it('answers 400 invalidRequest for unknown columns and bad filters', () => {
    expect(create({ Nope: 1 }).json.error.code).toBe('invalidRequest');
    expect(h.call('GET', `${ITEMS}?$filter=fields/Nope eq 1`).status).toBe(400);
    expect(h.call('GET', `${ITEMS}?$expand=fields($select=Nope)`).status).toBe(400);
    const bad = h.call('GET', `${ITEMS}?$filter=fields/Number eq`);
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('invalidRequest');
  });

  it('enforces the 5,000-item threshold on non-indexed columns unless the Prefer header is sent', () => {
    h.service.store.write((tx) => {
      const list = h.service.store.all<LooseJson>('list')[0];
      for (let i = 1; i <= 5001; i += 1) {
        tx.put(`item:${list.id}`, String(i), {
          id: i,
          guid: `g${i}`,
          version: 1,
          created: '2024-01-01T00:00:00Z',
          modified: '2024-01-01T00:00:00Z',
          createdBy: {},
          modifiedBy: {},
          fields: { Number: i, MeetingKey: `m${i % 7}` },
        });
      }
      tx.put('list', list.id, { ...list, nextItemId: 5002 });
    });
    const refused = h.call('GET', `${ITEMS}?$filter=fields/Number eq 3`);
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toContain("Field 'Number' cannot be referenced in filter or orderby as it is not indexed");
    const allowed = h.call('GET', `${ITEMS}?$filter=fields/Number eq 3&$expand=fields`, {
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(allowed.json.value.map((v: LooseJson) => v.id)).toEqual(['3']);
    expect(h.call('GET', `${ITEMS}?$filter=fields/MeetingKey eq 'm1'&$top=1`).status).toBe(200);
  });

  it('gives the read-only user 403 on writes and on the restricted list', () => {
    makeList(h, 'PunktClosedItems', [{ name: 'MeetingKey', text: {}, indexed: true }]);
    create({ Title: 'A', ClientKey: 'a' });
    expect(h.call('GET', ITEMS, { token: 'punkt-dev-token-reader' }).status).toBe(200);
    const write = h.call('POST', ITEMS, { body: { fields: { Title: 'x' } }, token: 'punkt-dev-token-reader' });
    expect([write.status, write.json.error.code]).toEqual([403, 'accessDenied']);
    const closed = h.call('GET', '/sites/punkt-demo/lists/PunktClosedItems/items', { token: 'punkt-dev-token-reader' });
    expect([closed.status, closed.json.error.code]).toEqual([403, 'accessDenied']);
  });

  it('answers 401 without a bearer token', () => {
    const response = h.call('GET', ITEMS, { token: null });
    expect(response.status).toBe(401);
    expect(response.json.error.innerError).toMatchObject({ 'request-id': 'req-1', 'client-request-id': 'client-1' });
  });
});
