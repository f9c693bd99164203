import { describe, expect, it } from 'vitest';
import { FilterSyntaxError, filterPaths, parseFilter } from './odata-filter';
import { evaluateFilter } from './odata-evaluate';

const record: Record<string, unknown> = {
  'fields/Title': "Kommunens o'hare budget",
  'fields/Number': 3,
  'fields/Closed': false,
  'fields/PostponedTo': null,
  'start/dateTime': '2024-03-13T08:00:00.0000000',
};
const test = (filter: string): boolean => evaluateFilter(parseFilter(filter), (p) => record[p]);

describe('OData $filter', () => {
  it('compares strings with doubled quotes as escaped quotes', () => {
    expect(test("fields/Title eq 'Kommunens o''hare budget'")).toBe(true);
    expect(test("fields/Title ne 'Kommunens o''hare budget'")).toBe(false);
  });

  it('compares numbers, booleans and null', () => {
    expect(test('fields/Number gt 2 and fields/Number le 3')).toBe(true);
    expect(test('fields/Number lt 3 or fields/Number ge 4')).toBe(false);
    expect(test('fields/Closed eq false')).toBe(true);
    expect(test('fields/PostponedTo eq null')).toBe(true);
    expect(test('fields/Number ne null')).toBe(true);
  });

  it('gives and precedence over or, and honours parentheses and not', () => {
    expect(test('fields/Number eq 1 and fields/Number eq 2 or fields/Closed eq false')).toBe(true);
    expect(test('fields/Number eq 1 and (fields/Number eq 2 or fields/Closed eq false)')).toBe(false);
    expect(test('not (fields/Number eq 3)')).toBe(false);
    expect(test('not fields/Number eq 4')).toBe(true);
  });

  it('compares date-times as instants, quoted or not', () => {
    expect(test("start/dateTime eq '2024-03-13T08:00:00Z'")).toBe(true);
    expect(test('start/dateTime ge 2024-03-13T07:59:59Z')).toBe(true);
    expect(test("start/dateTime lt '2024-03-13T08:00:00Z'")).toBe(false);
  });

  it('supports startswith', () => {
    expect(test("startswith(fields/Title,'Kommunens')")).toBe(true);
    expect(test("startswith(fields/Title, 'Budget')")).toBe(false);
  });

  it('lists the paths an expression reads', () => {
    expect(filterPaths(parseFilter("fields/A eq 'x' and (fields/B gt 1 or not startswith(fields/C,'y'))"))).toEqual([
      'fields/A',
      'fields/B',
      'fields/C',
    ]);
  });

  it.each([
    "fields/Title eq 'open",
    'fields/Number eq',
    'fields/Number 3',
    '(fields/Number eq 3',
    'fields/Number eq 3)',
    'and eq 3',
    '',
    'fields/Number eq 3 fields/Closed eq true',
    'fields/Number = 3',
  ])('rejects the malformed filter %j', (filter) => {
    expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
  });
});
