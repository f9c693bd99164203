/**
 * Evaluates a parsed $filter against one record. Values are compared the way Graph does for the
 * types Punkt stores: numbers numerically, ISO date-times as instants (so '…08:00:00.0000000'
 * equals '…08:00:00Z'), other strings exactly, booleans and null by equality.
 */
import type { Comparison, FilterExpr, Literal, Operand } from './odata-filter';

/** Reads a property path ('fields/Title', 'start/dateTime') from the record being tested. */
export type PathReader = (path: string) => unknown;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Milliseconds since the epoch for an ISO date-time; a value without a zone counts as UTC. */
export function instant(text: string): number {
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`;
  return Date.parse(zoned.replace(/(\.\d{3})\d+/, '$1'));
}

function comparable(a: unknown, b: unknown): [number | string | boolean, number | string | boolean] | null {
  if (typeof a === 'number' && typeof b === 'number') return [a, b];
  if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '' && !Number.isNaN(Number(b))) return [a, Number(b)];
  if (typeof b === 'number' && typeof a === 'string' && a.trim() !== '' && !Number.isNaN(Number(a))) return [Number(a), b];
  if (typeof a === 'string' && typeof b === 'string') {
    if (ISO.test(a) && ISO.test(b)) {
      const [x, y] = [instant(a), instant(b)];
      if (!Number.isNaN(x) && !Number.isNaN(y)) return [x, y];
    }
    return [a, b];
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return [a, b];
  return null;
}

function compare(op: Comparison, a: unknown, b: unknown): boolean {
  const isNull = (v: unknown): boolean => v === null || v === undefined;
  if (isNull(a) || isNull(b)) {
    if (op === 'eq') return isNull(a) && isNull(b);
    if (op === 'ne') return !(isNull(a) && isNull(b));
    return false;
  }
  const pair = comparable(a, b);
  if (!pair) return op === 'ne';
  const [x, y] = pair;
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
  }
}

function value(operand: Operand, read: PathReader): unknown {
  return operand.kind === 'literal' ? (operand.value satisfies Literal) : read(operand.path);
}

/** True when the record passes the filter. */
export function evaluateFilter(expr: FilterExpr, read: PathReader): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluateFilter(expr.left, read) && evaluateFilter(expr.right, read);
    case 'or':
      return evaluateFilter(expr.left, read) || evaluateFilter(expr.right, read);
    case 'not':
      return !evaluateFilter(expr.operand, read);
    case 'compare':
      return compare(expr.op, value(expr.left, read), value(expr.right, read));
    case 'startswith': {
      const target = value(expr.target, read);
      const prefix = value(expr.prefix, read);
      return typeof target === 'string' && typeof prefix === 'string' && target.startsWith(prefix);
    }
  }
}

/** Orders two values for $orderby: nulls first, then the same rules as comparisons. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  const pair = comparable(a, b);
  if (!pair) return String(a) < String(b) ? -1 : 1;
  return pair[0] < pair[1] ? -1 : pair[0] > pair[1] ? 1 : 0;
}
