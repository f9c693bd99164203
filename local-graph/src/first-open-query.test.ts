/**
 * The list part of a first open's $batch, pinned row by row: the agenda rows of five meeting dates
 * (`fields/PunktMeetingDate eq … or …`, `$expand=fields($select=…)`, `$top=500`), as the secretary and
 * as the reader, who gets the open rows and a 403 for the closed punkter's list inside the 200 batch.
 * A faster way to answer these queries must give these answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
const DATES = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'];
const filter = DATES.map((d) => `fields/PunktMeetingDate eq '${d}'`).join(' or ');
const query = (select: string) => `?$expand=fields($select=${select})&$filter=${encodeURIComponent(filter)}&$top=500`;

beforeEach(() => {
  h = createHarness();
  const columns = [
    { name: 'MeetingKey', text: {}, indexed: true },
    { name: 'Number', number: {} },
    { name: 'SectionsJson', text: { allowMultipleLines: true } },
    { name: 'PunktMeetingDate', text: {}, indexed: true },
  ];
  makeList(h, 'PunktItems', columns);
  makeList(h, 'PunktClosedItems', columns);
  const rows: [string, string, number, string | null][] = [
    ['Budget', 'm1', 1, '2026-12-01'],
    ['Before the window', 'm0', 1, '2026-11-30'],
    ['Personale', 'm2', 2, '2026-12-05'],
    ['No date', 'm9', 1, null],
    ['After the window', 'm6', 1, '2026-12-06'],
    ['Eventuelt', 'm2', 1, '2026-12-05'],
  ];
  for (const [Title, MeetingKey, Number, PunktMeetingDate] of rows) {
    const fields = { Title, MeetingKey, Number, SectionsJson: `{"case":"${Title}"}`, ...(PunktMeetingDate ? { PunktMeetingDate } : {}) };
    h.call('POST', '/sites/punkt-demo/lists/PunktItems/items', { body: { fields } });
  }
  h.call('POST', '/sites/punkt-demo/lists/PunktClosedItems/items', {
    body: { fields: { Title: 'Lukket sag', MeetingKey: 'm2', Number: 3, SectionsJson: '{}', PunktMeetingDate: '2026-12-05' } },
  });
});
afterEach(() => h.dispose());

const firstOpen = (token: string) =>
  h.call('POST', '/$batch', {
    token,
    body: {
      requests: [
        { id: '1', method: 'GET', url: `/sites/punkt-demo/lists/PunktItems/items${query('Title,MeetingKey,Number,SectionsJson')}` },
        { id: '2', method: 'GET', url: `/sites/punkt-demo/lists/PunktClosedItems/items${query('Title,MeetingKey,Number')}` },
      ],
    },
  }).json.responses as LooseJson[];

/** Each row's id and fields, without the ETag (checked on its own). */
const rows = (response: LooseJson) =>
  response.body.value.map((v: LooseJson) => ({
    id: v.id,
    fields: Object.fromEntries(Object.entries(v.fields).filter(([name]) => name !== '@odata.etag')),
  }));

const OPEN_ROWS = [
  { id: '1', fields: { Title: 'Budget', MeetingKey: 'm1', Number: 1, SectionsJson: '{"case":"Budget"}' } },
  { id: '3', fields: { Title: 'Personale', MeetingKey: 'm2', Number: 2, SectionsJson: '{"case":"Personale"}' } },
  { id: '6', fields: { Title: 'Eventuelt', MeetingKey: 'm2', Number: 1, SectionsJson: '{"case":"Eventuelt"}' } },
];

describe("a first open's list queries", () => {
  it('give the secretary the rows of the five dates only, in id order, with the selected fields', () => {
    const [items, closed] = firstOpen('punkt-dev-token');
    expect(items.status).toBe(200);
    expect(rows(items)).toEqual(OPEN_ROWS);
    expect(items.body.value.every((v: LooseJson) => v.fields['@odata.etag'] === v.eTag)).toBe(true);
    expect(items.body['@odata.nextLink']).toBeUndefined();
    expect(closed.status).toBe(200);
    expect(rows(closed)).toEqual([{ id: '1', fields: { Title: 'Lukket sag', MeetingKey: 'm2', Number: 3 } }]);
  });

  it('give the reader the same open rows and 403 accessDenied for the closed punkter, inside the 200 batch', () => {
    const [items, closed] = firstOpen('punkt-dev-token-reader');
    expect(rows(items)).toEqual(OPEN_ROWS);
    expect(closed.status).toBe(403);
    expect(closed.body.error.code).toBe('accessDenied');
    expect(closed.body.value).toBeUndefined();
  });
});
