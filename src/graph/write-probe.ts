/**
 * Whether the signed-in user may write a list item, found without changing it. Graph has no
 * effective-permissions call for list items (driveItem permissions describe sharing links, not the
 * caller's rights), so we ask by trying a write that cannot succeed: `PATCH …/fields` with an empty
 * body and an If-Match no ETag can ever equal. SharePoint checks the caller's permission before it
 * compares the ETag, so a reader gets 403 and a writer 412 Precondition Failed, and in both cases
 * nothing is written.
 */
import type { GraphClient } from './client';
import { isGraphError } from './errors';

/** The If-Match of the probe: not the shape SharePoint gives its ETags ("{GUID},version"), so it never matches. */
export const WRITE_PROBE_ETAG = '"punkt-write-probe"';

/**
 * True when the caller may write the item at `itemPath` (…/lists/{list}/items/{id}), false when
 * only reading is allowed, null when the answer says neither (network failure, 5xx after the client's
 * retries, an item not found).
 */
export async function probeWrite(client: GraphClient, itemPath: string): Promise<boolean | null> {
  try {
    // With If-Match and no `recover`, the client never retries a 412: it is thrown at once as ConflictError.
    await client.send({ method: 'PATCH', path: `${itemPath}/fields`, body: {}, ifMatch: WRITE_PROBE_ETAG });
    // A server that ignored If-Match applied an empty change: nothing changed, but writing worked.
    return true;
  } catch (error) {
    if (!isGraphError(error)) return null;
    if (error.status === 412) return true;
    if (error.status === 403) return false;
    return null;
  }
}
