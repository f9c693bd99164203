/**
 * OData query building for Graph. Every string literal that goes into a `$filter` passes through
 * `quote`, so a value such as `O'Brien` (or an attempt to close the literal and add a clause) stays
 * one literal: OData escapes a single quote by doubling it
 * (https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part2-url-conventions.html, "primitiveLiteral").
 */

/** A `$filter` string literal: the value in single quotes, inner single quotes doubled. */
export function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A literal for a filter value: strings quoted, numbers and booleans as they are. */
export function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    // NaN or Infinity would give `NaN` in the URL, which the server would read as a property name.
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number for a filter: ${value}`);
    return String(value);
  }
  return value ? 'true' : 'false';
}

/** A property path: only letters, digits, '_' and '/' segments, so no caller can smuggle an expression in. */
export function property(path: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/.test(path)) throw new RangeError(`Not a property path: ${path}`);
  return path;
}

/** `path eq literal`. */
export function eq(path: string, value: string | number | boolean): string {
  return `${property(path)} eq ${literal(value)}`;
}

/** Joins clauses with `and`, each in parentheses so operator precedence never surprises. */
export function and(...clauses: string[]): string {
  if (clauses.length === 1) return clauses[0]!;
  return clauses.map((c) => `(${c})`).join(' and ');
}

/** `fields/Column eq literal`: the filter on a SharePoint list item's column. */
export function fieldEq(column: string, value: string | number | boolean): string {
  return eq(`fields/${column}`, value);
}

/**
 * A query string from OData options (`$filter`, `$expand`, `$select`, `$top`, `$orderby`) and plain
 * parameters, each value URL-encoded. Undefined values are left out. Starts with '?' unless empty.
 */
export function queryString(params: Record<string, string | number | undefined>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    // Keep '$' readable in keys: Graph accepts it unencoded and logs are easier to read.
    parts.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** `fields($select=A,B)`: the `$expand` for list items that returns only these columns. */
export function expandFields(columns: readonly string[]): string {
  return `fields($select=${columns.map(property).join(',')})`;
}
