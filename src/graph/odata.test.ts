import { describe, expect, it } from 'vitest';
import { and, expandFields, fieldEq, literal, property, queryString, quote } from './odata';

describe('quote', () => {
  it("doubles a single quote: O'Brien becomes 'O''Brien'", () => {
    expect(quote("O'Brien")).toBe("'O''Brien'");
  });

  it('keeps an attempt to close the literal and add a clause inside one literal', () => {
    const attack = "x' or fields/Closed eq true or 'a'='a";
    const quoted = quote(attack);
    expect(quoted).toBe("'x'' or fields/Closed eq true or ''a''=''a'");
    // Reading the literal back the OData way (a doubled quote is one quote) gives the input and ends at the last char.
    expect(unquote(quoted)).toEqual({ value: attack, rest: '' });
  });

  it('leaves a value without quotes as it is and quotes the empty string', () => {
    expect(quote('abc|2024-03-13T08:00:00Z')).toBe("'abc|2024-03-13T08:00:00Z'");
    expect(quote('')).toBe("''");
    expect(quote("''")).toBe("''''''");
  });
});

describe('filters', () => {
  it('builds a column filter on list item fields', () => {
    expect(fieldEq('MeetingKey', "a'b|2024")).toBe("fields/MeetingKey eq 'a''b|2024'");
    expect(fieldEq('Number', 3)).toBe('fields/Number eq 3');
    expect(fieldEq('Closed', true)).toBe('fields/Closed eq true');
  });

  it('rejects property paths that could carry an expression', () => {
    expect(() => property('MeetingKey eq 1 or Closed')).toThrow(RangeError);
    expect(() => fieldEq("x') or (1", 'a')).toThrow(RangeError);
    expect(() => expandFields(['Title', 'A,B)'])).toThrow(RangeError);
  });

  it('rejects numbers that are not finite', () => {
    expect(() => literal(Number.NaN)).toThrow(RangeError);
  });

  it('parenthesises joined clauses', () => {
    expect(and('a eq 1', 'b eq 2')).toBe('(a eq 1) and (b eq 2)');
    expect(and('a eq 1')).toBe('a eq 1');
  });
});

describe('queryString', () => {
  it('encodes values, drops undefined ones and keeps $ keys', () => {
    const q = queryString({ $filter: "fields/MeetingKey eq 'a&b=c'", $top: 500, $orderby: undefined });
    expect(q).toBe(`?$filter=${encodeURIComponent("fields/MeetingKey eq 'a&b=c'")}&$top=500`);
    expect(new URLSearchParams(q).get('$filter')).toBe("fields/MeetingKey eq 'a&b=c'");
    expect(queryString({})).toBe('');
  });

  it('expands only the selected fields', () => {
    expect(expandFields(['MeetingKey', 'Number'])).toBe('fields($select=MeetingKey,Number)');
  });
});

/** Reads one OData string literal from the start of `text`, as a server would. */
function unquote(text: string): { value: string; rest: string } {
  if (text[0] !== "'") throw new Error('not a literal');
  let value = '';
  let i = 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) throw new Error('unterminated');
    if (ch === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, rest: text.slice(i + 1) };
    }
    value += ch;
    i++;
  }
}
