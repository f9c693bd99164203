/**
 * Creates Punkt's lists, columns and indexes on a SharePoint site, idempotently: it reads what exists,
 * plans only what is missing, and a second run plans nothing. Graph: create list with columns
 * (https://learn.microsoft.com/graph/api/list-create), create column (columndefinition-post),
 * update column (columndefinition-update) to add an index to an existing column.
 */
import type { GraphClient } from './client';
import type { ColumnDef, ListDef } from './list-definitions';
import { PUNKT_LISTS } from './list-definitions';
import { queryString } from './odata';

/** A list as it exists on the site. */
export interface ExistingList {
  id: string;
  displayName: string;
  columns: { id?: string; name: string; indexed?: boolean; enforceUniqueValues?: boolean }[];
}

/** One step of provisioning. */
export type ProvisionAction =
  | { kind: 'create-list'; list: ListDef }
  | { kind: 'create-column'; listId: string; listName: string; column: ColumnDef }
  | { kind: 'index-column'; listId: string; listName: string; column: ColumnDef; columnId: string };

/** The steps that bring `existing` up to Punkt's lists; empty when everything is in place. */
export function planProvisioning(existing: readonly ExistingList[], wanted: readonly ListDef[] = PUNKT_LISTS): ProvisionAction[] {
  const actions: ProvisionAction[] = [];
  for (const list of wanted) {
    const found = existing.find((l) => l.displayName === list.displayName);
    if (!found) {
      actions.push({ kind: 'create-list', list });
      continue;
    }
    for (const column of list.columns) {
      const have = found.columns.find((c) => c.name === column.name);
      if (!have) actions.push({ kind: 'create-column', listId: found.id, listName: list.displayName, column });
      else if (column.indexed && !have.indexed && have.id) {
        actions.push({ kind: 'index-column', listId: found.id, listName: list.displayName, column, columnId: have.id });
      }
    }
  }
  return actions;
}

/** One line describing an action, as the CLI prints it. */
export function describeAction(action: ProvisionAction): string {
  switch (action.kind) {
    case 'create-list':
      return `create list ${action.list.displayName} with columns ${action.list.columns.map(describeColumn).join(', ')}`;
    case 'create-column':
      return `create column ${action.listName}.${describeColumn(action.column)}`;
    case 'index-column':
      return `index column ${action.listName}.${action.column.name}`;
  }
}

function describeColumn(c: ColumnDef): string {
  const flags = [c.multiline ? 'multiline' : '', c.indexed ? 'indexed' : '', c.enforceUniqueValues ? 'unique' : ''].filter(Boolean);
  return `${c.name} (${[c.type, ...flags].join(', ')})`;
}

/** Graph's columnDefinition for a column. */
export function columnJson(c: ColumnDef): Record<string, unknown> {
  const facet =
    c.type === 'text'
      ? { text: { allowMultipleLines: c.multiline === true, ...(c.multiline ? { textType: 'plain' } : {}) } }
      : c.type === 'number'
        ? { number: {} }
        : c.type === 'boolean'
          ? { boolean: {} }
          : { dateTime: { format: 'dateTime' } };
  return { name: c.name, ...facet, indexed: c.indexed === true, enforceUniqueValues: c.enforceUniqueValues === true };
}

/** Reads the site's Punkt lists with their columns. */
export async function readExisting(client: GraphClient, siteId: string): Promise<ExistingList[]> {
  const site = `/sites/${encodeURIComponent(siteId)}`;
  const lists = await client.getAll<{ id: string; displayName: string }>(`${site}/lists${queryString({ $select: 'id,displayName' })}`);
  const ours = lists.filter((l) => PUNKT_LISTS.some((p) => p.displayName === l.displayName));
  return Promise.all(
    ours.map(async (l) => ({
      ...l,
      columns: await client.getAll<ExistingList['columns'][number]>(`${site}/lists/${encodeURIComponent(l.id)}/columns`),
    })),
  );
}

/** Plans and (unless `dryRun`) carries out provisioning; returns the actions, in order. */
export async function provision(client: GraphClient, siteId: string, options: { dryRun?: boolean } = {}): Promise<ProvisionAction[]> {
  const actions = planProvisioning(await readExisting(client, siteId));
  if (options.dryRun) return actions;
  const site = `/sites/${encodeURIComponent(siteId)}`;
  for (const action of actions) {
    if (action.kind === 'create-list') {
      const body = {
        displayName: action.list.displayName,
        description: action.list.description,
        columns: action.list.columns.map(columnJson),
        list: { template: 'genericList' },
      };
      await client.send({ method: 'POST', path: `${site}/lists`, body, recover: () => findList(client, site, action.list.displayName) });
    } else if (action.kind === 'create-column') {
      const path = `${site}/lists/${encodeURIComponent(action.listId)}/columns`;
      await client.send({
        method: 'POST',
        path,
        body: columnJson(action.column),
        recover: () => findColumn(client, path, action.column.name),
      });
    } else {
      const path = `${site}/lists/${encodeURIComponent(action.listId)}/columns/${encodeURIComponent(action.columnId)}`;
      await client.send({ method: 'PATCH', path, body: { indexed: true } });
    }
  }
  return actions;
}

async function findList(client: GraphClient, site: string, displayName: string): Promise<unknown> {
  const lists = await client.getAll<{ displayName: string }>(`${site}/lists${queryString({ $select: 'id,displayName' })}`);
  return lists.find((l) => l.displayName === displayName) ?? null;
}

async function findColumn(client: GraphClient, path: string, name: string): Promise<unknown> {
  return (await client.getAll<{ name: string }>(path)).find((c) => c.name === name) ?? null;
}
