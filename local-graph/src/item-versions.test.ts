import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READER_TOKEN } from './auth';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
const ITEMS = '/sites/punkt-demo/lists/PunktItems/items';
beforeEach(() => {
  h = createHarness();
  makeList(h, 'PunktItems', [{ name: 'Decision', text: { allowMultipleLines: true } }]);
  makeList(h, 'PunktClosedItems', [{ name: 'Decision', text: { allowMultipleLines: true } }]);
});
afterEach(() => h.dispose());

describe('list item versions (listItem: list versions)', () => {
  it('keeps every written state as a version, newest first, readable by a reader with $expand=fields', () => {
    const created = h.call('POST', ITEMS, { body: { fields: { Title: 'Budget', Decision: 'Hemmelig' } } });
    h.call('PATCH', `${ITEMS}/${created.json.id}/fields`, { body: { Title: 'Lukket', Decision: null } });
    const versions = h.call('GET', `${ITEMS}/${created.json.id}/versions?$expand=fields`, { token: READER_TOKEN });
    expect(versions.status).toBe(200);
    expect(versions.json.value.map((v: LooseJson) => v.id)).toEqual(['2.0', '1.0']);
    expect(versions.json.value[1].fields).toMatchObject({ Title: 'Budget', Decision: 'Hemmelig' });
    expect(versions.json.value[0].fields.Decision).toBeUndefined();
    expect(h.call('GET', `${ITEMS}/${created.json.id}/versions/1.0/fields`, { token: READER_TOKEN }).json.Decision).toBe('Hemmelig');
    expect(h.call('GET', `${ITEMS}/${created.json.id}/versions`).json.value[0].fields).toBeUndefined();
  });

  it('drops the versions with a deleted item, and keeps the restricted list closed to the reader', () => {
    const created = h.call('POST', ITEMS, { body: { fields: { Title: 'Budget' } } });
    expect(h.call('DELETE', `${ITEMS}/${created.json.id}`).status).toBe(204);
    expect(h.call('GET', `${ITEMS}/${created.json.id}/versions`).status).toBe(404);
    const closed = h.call('POST', '/sites/punkt-demo/lists/PunktClosedItems/items', { body: { fields: { Title: 'X' } } });
    expect(h.call('GET', `/sites/punkt-demo/lists/PunktClosedItems/items/${closed.json.id}/versions`, { token: READER_TOKEN }).status).toBe(
      403,
    );
  });
});
