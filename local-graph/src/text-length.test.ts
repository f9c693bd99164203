/**
 * SharePoint's single line of text holds at most 255 characters (its MaxLength, ≤ 255); a longer
 * value is refused with 400, on create and on update. Multiple lines of text have no such limit.
 * (Issue 9, point 10.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, makeList } from '../../tests/helpers/local-graph/test-harness';
import type { Harness, LooseJson } from '../../tests/helpers/local-graph/test-harness';

let h: Harness;
const ITEMS = '/sites/punkt-demo/lists/PunktItems/items';
beforeEach(() => {
  h = createHarness();
  makeList(h, 'PunktItems', [
    { name: 'CaseNumber', text: { allowMultipleLines: false } },
    { name: 'Decision', text: { allowMultipleLines: true, textType: 'plain' } },
    { name: 'Code', text: { maxLength: 10 } },
  ]);
});
afterEach(() => h.dispose());

function expectTooLong(response: { status: number; json: LooseJson }, field: string): void {
  expect(response.status).toBe(400);
  expect(response.json.error.code).toBe('invalidRequest');
  expect(response.json.error.message).toContain(`'${field}'`);
}

describe('single line of text', () => {
  it('takes 255 characters and refuses 256 on create, naming the field', () => {
    expect(h.call('POST', ITEMS, { body: { fields: { Title: 'x'.repeat(255), CaseNumber: 'y'.repeat(255) } } }).status).toBe(201);
    expectTooLong(h.call('POST', ITEMS, { body: { fields: { Title: 'x'.repeat(256) } } }), 'Title');
    expectTooLong(h.call('POST', ITEMS, { body: { fields: { Title: 'ok', CaseNumber: 'y'.repeat(300) } } }), 'CaseNumber');
    expect(h.call('GET', ITEMS).json.value).toHaveLength(1);
  });

  it('refuses 256 characters on update and keeps the stored value', () => {
    const created = h.call('POST', ITEMS, { body: { fields: { Title: 'Punkt' } } });
    expectTooLong(h.call('PATCH', `${ITEMS}/${created.json.id}/fields`, { body: { Title: 'æ'.repeat(256) } }), 'Title');
    expect(h.call('GET', `${ITEMS}/${created.json.id}?$expand=fields`).json.fields.Title).toBe('Punkt');
  });

  it('counts UTF-16 code units, as SharePoint (.NET strings) does', () => {
    expectTooLong(h.call('POST', ITEMS, { body: { fields: { Title: '😀'.repeat(128) } } }), 'Title');
    expect(h.call('POST', ITEMS, { body: { fields: { Title: '😀'.repeat(127) } } }).status).toBe(201);
  });

  it("honours a column's smaller maxLength", () => {
    expectTooLong(h.call('POST', ITEMS, { body: { fields: { Title: 'a', Code: '12345678901' } } }), 'Code');
    expect(h.call('POST', ITEMS, { body: { fields: { Title: 'a', Code: '1234567890' } } }).status).toBe(201);
  });

  it('answers the same inside a $batch', () => {
    const response = h.call('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'POST', url: ITEMS, body: { fields: { Title: 'x'.repeat(256) } } }] },
    });
    expect(response.json.responses[0].status).toBe(400);
    expect(response.json.responses[0].body.error.message).toContain("'Title'");
  });
});

describe('multiple lines of text', () => {
  it('has no 255-character limit', () => {
    expect(h.call('POST', ITEMS, { body: { fields: { Title: 'a', Decision: 'd'.repeat(10_000) } } }).status).toBe(201);
  });
});
