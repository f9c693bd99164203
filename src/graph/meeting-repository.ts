/**
 * The lists of one SharePoint site and the meeting rows in them. List ids are looked up by display
 * name once per repository: Graph addresses lists by id, and the ids differ between tenants.
 */
import type { GraphClient, GraphRequest, GraphResponse } from './client';
import { errorFromResponse, isGraphError } from './errors';
import type { ListDef } from './list-definitions';
import type { Row } from './row-mapping';
import { MEETINGS_LIST, PUNKT_LISTS } from './list-definitions';
import { meetingRowQuery } from './list-queries';
import { queryString } from './odata';

/** Resolves a list to its Graph path `/sites/{site}/lists/{id}`. */
export interface SiteLists {
  path(list: ListDef): Promise<string>;
}

/** A typed error for a site that lacks one of Punkt's lists: run `punkt provision` first. */
export class ListMissingError extends Error {
  readonly list: string;
  constructor(siteId: string, list: string) {
    super(`The site ${siteId} has no list ${list}; run \`punkt provision --site ${siteId}\``);
    this.name = 'ListMissingError';
    this.list = list;
  }
}

/** The site's lists, fetched on first use and cached (a failed lookup is retried next time). */
export function createSiteLists(client: GraphClient, siteId: string): SiteLists {
  const site = `/sites/${encodeURIComponent(siteId)}`;
  let ids: Promise<Map<string, string>> | null = null;
  const load = async () => {
    const lists = await client.getAll<{ id: string; displayName: string }>(`${site}/lists${queryString({ $select: 'id,displayName' })}`);
    const wanted = new Set(PUNKT_LISTS.map((l) => l.displayName));
    return new Map(lists.filter((l) => wanted.has(l.displayName)).map((l) => [l.displayName, l.id]));
  };
  return {
    async path(list) {
      ids ??= load().catch((error: unknown) => {
        ids = null;
        throw error;
      });
      let id = (await ids).get(list.displayName);
      if (id === undefined) {
        // The list may have been provisioned since we looked: look once more before giving up.
        ids = load();
        id = (await ids).get(list.displayName);
      }
      if (id === undefined) throw new ListMissingError(siteId, list.displayName);
      return `${site}/lists/${encodeURIComponent(id)}`;
    },
  };
}

/** The `value` of a list response from a batch, following paging; a failed response is thrown as typed error. */
export async function rowsOf(client: GraphClient, response: GraphResponse): Promise<Row[]> {
  if (response.status >= 400) throw errorFromResponse(response.status, response.body, response.headers, { requestId: null });
  const page = response.body as { value?: Row[]; '@odata.nextLink'?: string };
  const rows = [...(page.value ?? [])];
  if (page['@odata.nextLink']) rows.push(...(await client.getAll<Row>(page['@odata.nextLink'])));
  return rows;
}

/** The request that finds the meeting row with this key (used alone or inside a batch). */
export async function meetingRowRequest(lists: SiteLists, list: ListDef, key: string): Promise<GraphRequest> {
  return { method: 'GET', path: `${await lists.path(list)}${meetingRowQuery(key)}` };
}

/** Creates a row, finding it again by `findAgain` when the outcome of an attempt was lost or it already exists. */
export async function createRow(
  client: GraphClient,
  listPath: string,
  fields: Record<string, unknown>,
  findAgain: () => Promise<Row | null>,
): Promise<Row> {
  const response = await client.send<Row>({ method: 'POST', path: `${listPath}/items`, body: { fields }, recover: findAgain });
  return response.body;
}

/** Finds the first row of an items query, or null. */
export async function firstRow(client: GraphClient, path: string): Promise<Row | null> {
  const page = await client.get<{ value?: Row[] }>(path);
  return page.value?.[0] ?? null;
}

/** The meetings list as the live progress and the referat's approval read and write their columns on it. */
export interface MeetingsList {
  /** One page of the list's rows for an items query. */
  rows(query: string): Promise<Row[]>;
  /** The list's path as last reached: by its title until that answered 404, then by its id. */
  path(): string;
}

/**
 * The meetings list reached by its title, and, once that answers 404 (the list renamed?), by its id,
 * looked up once (ListMissingError if it is gone).
 */
export function meetingsList(client: GraphClient, siteId: string): MeetingsList {
  const lists = createSiteLists(client, siteId);
  const byTitle = `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(MEETINGS_LIST.displayName)}`;
  let byId: string | null = null;
  const page = (path: string, query: string) => client.get<{ value?: Row[] }>(`${path}${query}`).then((p) => p.value ?? []);
  return {
    async rows(query) {
      try {
        return await page(byId ?? byTitle, query);
      } catch (error) {
        if (byId !== null || !isGraphError(error) || error.status !== 404) throw error;
        byId = await lists.path(MEETINGS_LIST);
        return page(byId, query);
      }
    },
    path: () => byId ?? byTitle,
  };
}
