/**
 * Punkt's lists as an older version provisioned them, before some columns existed: what the tests
 * of reading an old site, and of provision adding the missing columns, start from. Each list is
 * created as provision creates it (POST /sites/{site}/lists,
 * https://learn.microsoft.com/en-us/graph/api/list-create), only without the named columns.
 */
import type { GraphClient } from '../../../src/graph/client';
import type { ListDef } from '../../../src/graph/list-definitions';
import { columnJson } from '../../../src/graph/provision';

/** Creates `lists` on `site`, leaving out every column whose name is in `without`. */
export async function createOldLists(
  client: GraphClient,
  site: string,
  lists: readonly ListDef[],
  without: readonly string[],
): Promise<void> {
  for (const list of lists) {
    await client.send({
      method: 'POST',
      path: `/sites/${site}/lists`,
      body: {
        displayName: list.displayName,
        description: list.description,
        columns: list.columns.filter((c) => !without.includes(c.name)).map(columnJson),
        list: { template: 'genericList' },
      },
    });
  }
}
