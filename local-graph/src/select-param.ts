/**
 * A top-level `$select` as Graph reads it on any entity type: only the named properties come
 * back, names match case-insensitively, `*` selects all, and a name the type does not have is
 * OData's 400 "Parsing OData Select and Expand failed: Could not find a property named 'x' on
 * type 'microsoft.graph.T'." (https://learn.microsoft.com/graph/query-parameters#select-parameter).
 */
import { ServiceError } from './errors';

/**
 * Reads a top-level `$select` for entity type `type` (e.g. 'microsoft.graph.list') whose
 * properties and relationships are `names`: null (every property) when absent, empty or `*`,
 * else the named properties in the type's own spelling.
 */
export function parseSelectOf(raw: string | null, type: string, names: readonly string[]): string[] | null {
  if (raw === null || raw.trim() === '') return null;
  const asked = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (asked.includes('*')) return null;
  return asked.map((name) => {
    const known = names.find((n) => n.toLowerCase() === name.toLowerCase());
    if (known === undefined) {
      throw new ServiceError(
        400,
        'BadRequest',
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type '${type}'.`,
      );
    }
    return known;
  });
}

/**
 * An entity's JSON limited to `select`: the selected properties, plus the OData control
 * annotations Graph writes whatever is selected (`@odata.etag`, `@odata.context`…: annotations,
 * not properties; OData JSON Format 4.01 §4.5). Other instance annotations, such as a driveItem's
 * `@microsoft.graph.downloadUrl`, come only when selected by name. `keep` names what comes anyway
 * (an expanded relationship: $expand adds it whatever $select names).
 */
export function selectProps(json: Record<string, unknown>, select: string[] | null, keep: readonly string[] = []): Record<string, unknown> {
  if (select === null) return json;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key.startsWith('@odata.') || select.includes(key) || keep.includes(key)) out[key] = value;
  }
  return out;
}
