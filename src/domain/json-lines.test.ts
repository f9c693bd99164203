import { describe, expect, it } from 'vitest';
import { lineOfPath, syntaxErrorLine, syntaxErrorOffset } from './json-lines';

const TEXT = JSON.stringify(
  {
    kind: 'referat',
    items: [
      { number: 1, caseNumber: 'x' },
      { number: 2, sections: [{ heading: 'A' }] },
    ],
  },
  null,
  2,
);

describe('json-lines', () => {
  it('finds the line of the value at a path', () => {
    const lines = TEXT.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(lineOfPath(TEXT, ['kind'])).toBe(lineOf('"kind"'));
    expect(lineOfPath(TEXT, ['items', 0, 'caseNumber'])).toBe(lineOf('"caseNumber"'));
    expect(lineOfPath(TEXT, ['items', 1, 'number'])).toBe(lineOf('"number": 2'));
    expect(lineOfPath(TEXT, ['items', 1, 'sections', 0, 'heading'])).toBe(lineOf('"heading"'));
  });

  it('falls back to the deepest existing ancestor for a missing key, and 1 for the root', () => {
    expect(lineOfPath(TEXT, ['items', 1, 'title'])).toBe(TEXT.split('\n').findIndex((l) => l.includes('"number": 2')));
    expect(lineOfPath(TEXT, [])).toBe(1);
  });

  it('reads the line of a syntax error from the position JSON.parse names', () => {
    const bad = '{\n  "a": 1,\n}';
    let message = '';
    try {
      JSON.parse(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(syntaxErrorLine(bad, message)).toBe(3);
    expect(syntaxErrorLine('{\n"a":', 'Unexpected end of JSON input')).toBe(2);
    expect(syntaxErrorLine('{\n  "a": 1,\n  "b": \n}', "Unexpected token '}'")).toBe(4);
    expect(syntaxErrorLine('[1,\n2,\n"x\\q"]', 'Bad escaped character')).toBe(3);
  });

  it('finds no error in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e6\\n"]} ', '"x"', '0']) {
      expect(syntaxErrorOffset(text), text).toBe(-1);
    }
  });
});
