import { describe, expect, it } from 'vitest';
import { ITEMS_LIST, PUNKT_LISTS } from './list-definitions';
import { columnJson, describeAction, planProvisioning, provision } from './provision';
import { createFakeGraphClient } from '../../tests/fakes/fake-graph-client';

describe('planProvisioning', () => {
  it('creates all three lists on an empty site', () => {
    const plan = planProvisioning([]);
    expect(plan.map((a) => a.kind)).toEqual(['create-list', 'create-list', 'create-list']);
    expect(describeAction(plan[0]!)).toMatch(/^create list PunktMeetings with columns MeetingKey \(text, indexed, unique\), /);
  });

  it('adds only the missing column and the missing index to an existing list', () => {
    const columns = ITEMS_LIST.columns
      .filter((c) => c.name !== 'Decision')
      .map((c) => ({ id: `col-${c.name}`, name: c.name, indexed: c.name === 'MeetingKey' ? false : c.indexed }));
    const plan = planProvisioning([{ id: 'L2', displayName: 'PunktItems', columns }], [ITEMS_LIST]);
    expect(plan.map(describeAction)).toEqual(['index column PunktItems.MeetingKey', 'create column PunktItems.Decision (text, multiline)']);
  });
});

describe('columnJson', () => {
  it('uses multi-line plain text for JSON and prose columns and keeps index flags', () => {
    const sections = ITEMS_LIST.columns.find((c) => c.name === 'SectionsJson')!;
    expect(columnJson(sections)).toEqual({
      name: 'SectionsJson',
      text: { allowMultipleLines: true, textType: 'plain' },
      indexed: false,
      enforceUniqueValues: false,
    });
    const key = ITEMS_LIST.columns.find((c) => c.name === 'ClientKey')!;
    expect(columnJson(key)).toMatchObject({ indexed: true, enforceUniqueValues: true, text: { allowMultipleLines: false } });
  });
});

describe('provision', () => {
  it('is idempotent: the second run creates nothing', async () => {
    const client = createFakeGraphClient();
    const first = await provision(client, 'punkt-demo');
    expect(first).toHaveLength(3);
    expect([...client.lists.values()].map((l) => l.displayName)).toEqual(PUNKT_LISTS.map((l) => l.displayName));
    const writes = client.requests.filter((r) => r.method !== 'GET').length;
    expect(await provision(client, 'punkt-demo')).toEqual([]);
    expect(client.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
  });

  it('writes nothing on a dry run', async () => {
    const client = createFakeGraphClient();
    expect(await provision(client, 'punkt-demo', { dryRun: true })).toHaveLength(3);
    expect(client.requests.every((r) => r.method === 'GET')).toBe(true);
  });
});
