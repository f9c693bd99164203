/**
 * A top-level `$select` on list items: Graph returns only the selected listItem properties (plus
 * the @odata.etag annotation), in list GETs, single-item GETs and inside $batch, and refuses a name
 * listItem does not have with its OData 400. https://learn.microsoft.com/graph/query-parameters#select-parameter
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
const ITEMS = '/sites/punkt-demo/lists/PunktMeetings/items';
beforeEach(() => {
  h = createHarness();
  makeList(h, 'PunktMeetings', [{ name: 'MeetingKey', text: {}, indexed: true }]);
  h.call('POST', ITEMS, { body: { fields: { Title: 'A', MeetingKey: 'm1' } } });
  h.call('POST', ITEMS, { body: { fields: { Title: 'B', MeetingKey: 'm2' } } });
});
afterEach(() => h.dispose());

describe('$select on list items', () => {
  it("returns only the selected properties, @odata.etag and the expanded fields (the first open's query)", () => {
    const res = h.call('GET', `${ITEMS}?$select=id&$expand=fields($select=MeetingKey)`);
    expect(res.status).toBe(200);
    expect(res.json.value).toEqual([
      { '@odata.etag': expect.any(String), id: '1', fields: { '@odata.etag': expect.any(String), MeetingKey: 'm1' } },
      { '@odata.etag': expect.any(String), id: '2', fields: { '@odata.etag': expect.any(String), MeetingKey: 'm2' } },
    ]);
    expect(res.json['@odata.context']).toMatch(/\/items\(id,fields\)$/);
  });

  it('returns id and lastModifiedDateTime when both are selected, and nothing unselected', () => {
    const res = h.call('GET', `${ITEMS}?$select=id,lastModifiedDateTime&$expand=fields($select=Title)`);
    const [first] = res.json.value as LooseJson[];
    expect(Object.keys(first).sort()).toEqual(['@odata.etag', 'fields', 'id', 'lastModifiedDateTime']);
    expect(first.lastModifiedDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('matches property names case-insensitively and writes them as listItem spells them', () => {
    const res = h.call('GET', `${ITEMS}?$select=ID,WebUrl`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json.value[0]).sort()).toEqual(['@odata.etag', 'id', 'webUrl']);
  });

  it('keeps the whole listItem without $select or with $select=*', () => {
    for (const query of ['', '?$select=*']) {
      const item = h.call('GET', `${ITEMS}${query}`).json.value[0];
      expect(item).toMatchObject({ id: '1', eTag: expect.any(String), createdBy: expect.any(Object), parentReference: expect.any(Object) });
    }
  });

  it('limits a single-item GET too, and keeps its ETag header', () => {
    const res = h.call('GET', `${ITEMS}/2?$select=id,eTag`);
    expect(res.status).toBe(200);
    const { '@odata.context': context, ...item } = res.json;
    expect(item).toEqual({ '@odata.etag': res.headers?.etag, id: '2', eTag: res.headers?.etag });
    expect(context).toMatch(/\/items\(id,eTag\)\/\$entity$/);
  });

  it("refuses a property listItem does not have with Graph's 400 BadRequest", () => {
    for (const url of [`${ITEMS}?$select=id,Title`, `${ITEMS}/1?$select=MeetingKey`]) {
      const res = h.call('GET', url);
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('BadRequest');
      expect(res.json.error.message).toMatch(
        /^Parsing OData Select and Expand failed: Could not find a property named '\w+' on type 'microsoft\.graph\.listItem'\.$/,
      );
    }
  });

  it('applies inside $batch, an unknown name failing only its own request', () => {
    const res = h.call('POST', '/$batch', {
      body: {
        requests: [
          { id: 'a', method: 'GET', url: `${ITEMS}?$select=id,lastModifiedDateTime&$expand=fields($select=MeetingKey)` },
          { id: 'b', method: 'GET', url: `${ITEMS}?$select=nope` },
        ],
      },
    });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.json.responses.map((r: LooseJson) => [r.id, r]));
    expect(byId.a.status).toBe(200);
    expect(byId.a.body.value.map((v: LooseJson) => Object.keys(v).sort())).toEqual([
      ['@odata.etag', 'fields', 'id', 'lastModifiedDateTime'],
      ['@odata.etag', 'fields', 'id', 'lastModifiedDateTime'],
    ]);
    expect(byId.b.status).toBe(400);
    expect(byId.b.body.error.code).toBe('BadRequest');
  });
});
