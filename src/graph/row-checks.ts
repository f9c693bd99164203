/**
 * How the row mapping checks a value and words what does not fit. The checks are valibot's
 * (https://valibot.dev/guides/introduction/): each schema is a plain object and each check its own
 * function, so the first open carries and builds only the few it uses (about 2 kB gzip where zod/mini
 * took about 9 kB for the same schema, and zod's schemas cost CPU to build at load: issue #13).
 * The messages keep zod's words, which RowProblems and MappingErrors have always shown.
 */
import * as v from 'valibot';

/** The first problem of a failed check: the column it is in (the first key of its path) and what was wrong. */
export interface CheckProblem {
  column: string;
  message: string;
}

/** What a check gives: the value it read, or its first problem. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: CheckProblem };

/** zod's name for the type of a value ('array', 'null', 'number' ...), as its messages use. */
function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

/** zod's word for a schema type valibot names otherwise. */
const SCHEMA_WORD: Record<string, string> = { loose_object: 'object', picklist: 'option' };

/** A valibot issue in zod's words, e.g. 'Invalid input: expected string, received number'. */
export function problemMessage(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.at(-1);
  if (issue.kind === 'schema') {
    if (issue.type === 'object' && last?.origin === 'key' && issue.input === undefined)
      return 'Invalid input: expected a value, received undefined';
    // valibot writes the options as `("a" | "b")`, zod as `"a"|"b"`.
    if (issue.type === 'picklist')
      return `Invalid option: expected one of ${(issue.expected ?? '').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', '|')}`;
    return `Invalid input: expected ${SCHEMA_WORD[issue.type] ?? issue.type}, received ${typeName(issue.input)}`;
  }
  switch (issue.type) {
    case 'regex':
      return `Invalid string: must match pattern ${String(issue.requirement)}`;
    case 'min_value':
      return `Too small: expected number to be >=${String(issue.requirement)}`;
    case 'gt_value':
      return `Too small: expected number to be >${String(issue.requirement)}`;
    case 'min_length':
      return `Too small: expected string to have >=${String(issue.requirement)} characters`;
    case 'safe_integer':
      return `Invalid input: expected int, received ${typeName(issue.input)}`;
    case 'finite':
      return `Invalid input: expected number, received ${String(issue.input)}`;
    default:
      return 'Invalid input';
  }
}

// abortEarly: only the first problem is shown, so the rest are not looked for.
const CONFIG: v.Config<v.BaseIssue<unknown>> = { message: problemMessage, abortEarly: true };

/** Checks `input` against `schema`: the value read, or the first problem in zod's words. */
export function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, CONFIG);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const key = issue.path?.[0]?.key;
  return { ok: false, problem: { column: key === undefined ? '?' : String(key), message: issue.message } };
}

/** A number column: finite, as zod's z.number() (valibot's number() lets Infinity through). */
export const finiteNumber = () => v.pipe(v.number(), v.finite());

/** An integer column: a safe integer, as zod's z.int(). */
export const safeInt = () => v.pipe(v.number(), v.safeInteger());
