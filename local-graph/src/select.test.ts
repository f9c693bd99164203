/**
 * A top-level `$select` on the site, lists, columns and the drive: Graph returns only the selected
 * properties (plus the OData annotations it always writes) and refuses a name the type does not
 * have with its OData 400. https://learn.microsoft.com/graph/query-parameters#select-parameter
 * And `…/items/{id}/fields?$select=` checks its column names as `$expand=fields($select=…)` does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
const SITE = '/sites/punkt-demo';
const DRIVE = `${SITE}/drive`;
beforeEach(() => {
  h = createHarness();
  makeList(h, 'PunktMeetings', [{ name: 'MeetingKey', text: {}, indexed: true }]);
  h.call('POST', `${SITE}/lists/PunktMeetings/items`, { body: { fields: { Title: 'A', MeetingKey: 'm1' } } });
  h.call('PUT', `${DRIVE}/root:/Bilag/a.txt:/content`, { body: Buffer.from('a') });
});
afterEach(() => h.dispose());

const unknownOn = (type: string, name: string) => ({
  error: expect.objectContaining({
    code: 'BadRequest',
    message: `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
  }),
});

describe('$select on lists and columns', () => {
  it("returns the lists' selected properties only, as the provisioning asks them", () => {
    const res = h.call('GET', `${SITE}/lists?$select=id,displayName`);
    expect(res.status).toBe(200);
    expect(res.json.value).toEqual([{ '@odata.etag': expect.any(String), id: expect.any(String), displayName: 'PunktMeetings' }]);
    expect(res.json['@odata.context']).toMatch(/\/lists\(id,displayName\)$/);
  });

  it('refuses a name list does not have with 400, on the collection and on one list', () => {
    expect(h.call('GET', `${SITE}/lists?$select=id,title`)).toMatchObject({ status: 400, json: unknownOn('list', 'title') });
    expect(h.call('GET', `${SITE}/lists/PunktMeetings?$select=nope`).status).toBe(400);
  });

  it('keeps expanded columns on a list whatever $select names, and matches names case-insensitively', () => {
    const res = h.call('GET', `${SITE}/lists/PunktMeetings?$select=ID,WebUrl&$expand=columns`);
    expect(Object.keys(res.json).sort()).toEqual(['@odata.context', '@odata.etag', 'columns', 'id', 'webUrl']);
  });

  it('selects on the site', () => {
    const res = h.call('GET', `${SITE}?$select=id`);
    expect(Object.keys(res.json).sort()).toEqual(['@odata.context', 'id']);
    expect(h.call('GET', `${SITE}?$select=title`)).toMatchObject({ status: 400, json: unknownOn('site', 'title') });
  });

  it('selects on columns, one or all, and refuses an unknown name', () => {
    const all = h.call('GET', `${SITE}/lists/PunktMeetings/columns?$select=name,indexed`).json.value as LooseJson[];
    expect(all.find((c) => c.name === 'MeetingKey')).toEqual({ name: 'MeetingKey', indexed: true });
    expect(h.call('GET', `${SITE}/lists/PunktMeetings/columns/MeetingKey?$select=text`).json).toEqual({ text: {} });
    expect(h.call('GET', `${SITE}/lists/PunktMeetings/columns?$select=Type2`)).toMatchObject({
      status: 400,
      json: unknownOn('columnDefinition', 'Type2'),
    });
  });
});

describe('$select on the drive', () => {
  it("returns the drive's id alone, as the Bilag moves ask it", () => {
    expect(h.call('GET', `${DRIVE}?$select=id`).json).toEqual({ '@odata.context': expect.any(String), id: expect.any(String) });
    expect(h.call('GET', `${DRIVE}?$select=path`)).toMatchObject({ status: 400, json: unknownOn('drive', 'path') });
  });

  it('returns only the selected driveItem properties; the download URL only when named', () => {
    const file = h.call('GET', `${DRIVE}/root:/Bilag/a.txt:?$select=name,webUrl`);
    expect(file.json).toEqual({ name: 'a.txt', webUrl: expect.any(String) });
    const withUrl = h.call('GET', `${DRIVE}/root:/Bilag/a.txt:?$select=id,@microsoft.graph.downloadUrl`).json;
    expect(Object.keys(withUrl).sort()).toEqual(['@microsoft.graph.downloadUrl', 'id']);
    const children = h.call('GET', `${DRIVE}/root:/Bilag:/children?$select=name,size`).json.value;
    expect(children).toEqual([{ name: 'a.txt', size: 1 }]);
    expect(h.call('GET', `${DRIVE}/root:/Bilag:/children?$select=title`)).toMatchObject({
      status: 400,
      json: unknownOn('driveItem', 'title'),
    });
  });
});

describe("$select on a list item's fields", () => {
  it('returns the named columns and refuses a column the list does not have, as $expand=fields($select=…) does', () => {
    const fields = `${SITE}/lists/PunktMeetings/items/1/fields`;
    expect(h.call('GET', `${fields}?$select=MeetingKey`).json).toEqual({
      '@odata.context': expect.any(String),
      '@odata.etag': expect.any(String),
      MeetingKey: 'm1',
    });
    const unknown = h.call('GET', `${fields}?$select=MeetingKey,Nope`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toBe("Field 'Nope' is not recognized");
    expect(h.call('GET', `${SITE}/lists/PunktMeetings/items?$expand=fields($select=Nope)`).json.error.message).toBe(
      "Field 'Nope' is not recognized",
    );
  });
});
