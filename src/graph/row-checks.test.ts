import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { progressFromFields } from './live-progress';
import { check, finiteNumber, safeInt } from './row-checks';
import { itemFromRows } from './row-mapping';

// The row checks moved from zod to valibot (issue #13); these hold them to zod's strictness where
// valibot's defaults are looser, and to zod's words where a RowProblem shows them.
describe('row checks', () => {
  const item = (fields: Record<string, unknown>) =>
    itemFromRows({ id: '42', fields: { MeetingKey: 'K', Number: 1, SortOrder: 1, Title: 'Punkt', ...fields } }).problems;

  it('refuses an infinite number and an integer beyond 2^53, as zod did (valibot alone lets both through)', () => {
    expect(check(finiteNumber(), Infinity).ok).toBe(false);
    expect(check(safeInt(), 2 ** 53).ok).toBe(false);
    expect(check(safeInt(), 1.5).ok).toBe(false);
    expect(check(safeInt(), -7).ok).toBe(true);
    expect(item({ SortOrder: Infinity }).map((p) => p.column)).toEqual(['SortOrder']);
    expect(item({ Number: 2 ** 53 }).map((p) => p.column)).toEqual(['Number']);
    expect(progressFromFields({ PunktLiveNumber: 0, PunktLiveStartedAt: '2024-03-13T08:52:00Z' })).toBeNull();
    expect(progressFromFields({ PunktLiveNumber: 1.5, PunktLiveStartedAt: '2024-03-13T08:52:00Z' })).toBeNull();
  });

  it('words each kind of problem as zod did', () => {
    expect(item({ Status: 'maybe' })[0]?.message).toBe('Invalid option: expected one of "approved"|"noted"|"discussed"|"postponed"|"none"');
    expect(item({ Number: 1.5 })[0]?.message).toBe('Invalid input: expected int, received number');
    expect(item({ Closed: 'yes' })[0]?.message).toBe('Invalid input: expected boolean, received string');
    expect(item({ SectionsJson: '{"heading":"x"}' })[0]?.message).toBe('Invalid input: expected array, received object');
    const named = check(v.object({ by: v.pipe(v.string(), v.minLength(1)) }), { by: '' });
    expect(named).toEqual({ ok: false, problem: { column: 'by', message: 'Too small: expected string to have >=1 characters' } });
  });

  it('names the column of the first problem, and a missing column as missing a value', () => {
    const shape = v.object({ a: v.string(), b: v.string() });
    expect(check(shape, { b: 1 })).toEqual({
      ok: false,
      problem: { column: 'a', message: 'Invalid input: expected a value, received undefined' },
    });
    expect(check(shape, { a: 'x', b: null })).toEqual({
      ok: false,
      problem: { column: 'b', message: 'Invalid input: expected string, received null' },
    });
  });
});
