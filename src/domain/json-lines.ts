/**
 * Where things are in a JSON text, for one-line error messages (`FILE:LINE: problem`):
 * the line of a syntax error, and the line of the value at a JSON path.
 */

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * The line of a JSON syntax error. V8 names the position for some errors only ("Unexpected
 * token '}', … is not valid JSON" has none), so the text is scanned for the first offending
 * character; the message is the fallback.
 */
export function syntaxErrorLine(text: string, message: string): number {
  const offset = syntaxErrorOffset(text);
  if (offset >= 0) return lineAt(text, offset);
  const m = /position (\d+)/.exec(message);
  return m ? lineAt(text, Number(m[1])) : 1;
}

/** Offset of the first character that makes `text` invalid JSON, or -1 when it is valid. */
export function syntaxErrorOffset(text: string): number {
  let pos = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(pos);
  };
  const ws = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos += 1;
  };
  const literal = (word: string): void => {
    for (const c of word) {
      if (text[pos] !== c) fail();
      pos += 1;
    }
  };
  const string = (): void => {
    pos += 1;
    for (;;) {
      if (pos >= text.length) fail();
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c < 32) fail();
      if (c === 92) {
        pos += 1;
        const e = text[pos];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 1, pos + 5))) fail();
          pos += 4;
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) fail();
      }
      pos += 1;
    }
    pos += 1;
  };
  const number = (): void => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = pos;
    if (!m.test(text)) fail();
    pos = m.lastIndex;
  };
  const value = (): void => {
    ws();
    const c = text[pos];
    if (c === '{') {
      pos += 1;
      ws();
      if (text[pos] === '}') return void (pos += 1);
      for (;;) {
        ws();
        if (text[pos] !== '"') fail();
        string();
        ws();
        if (text[pos] !== ':') fail();
        pos += 1;
        value();
        ws();
        if (text[pos] === ',') pos += 1;
        else if (text[pos] === '}') return void (pos += 1);
        else fail();
      }
    } else if (c === '[') {
      pos += 1;
      ws();
      if (text[pos] === ']') return void (pos += 1);
      for (;;) {
        value();
        ws();
        if (text[pos] === ',') pos += 1;
        else if (text[pos] === ']') return void (pos += 1);
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (pos < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    return 0; // e.g. nesting too deep for the stack: report the first line
  }
}

class JsonSyntaxAt {
  constructor(readonly offset: number) {}
}

/**
 * The line where the value at `path` starts (for a missing key, its parent's line) in a valid
 * JSON text; 1 when it cannot be found. A small scanner over the text, not a second parser:
 * it only tracks the container stack and keys.
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number {
  let best = 1;
  // One entry per open container: the key or index of its current member.
  const stack: { key: string | number; isArray: boolean }[] = [];
  let awaitingElement = false;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\n') {
      line += 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (awaitingElement && c !== ']') {
      // The first character of an array element: its line is where the element starts.
      if (isPrefix(stack, path)) best = line;
    }
    awaitingElement = false;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j;
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n')) k += 1;
      const top = stack[stack.length - 1];
      if (text[k] === ':' && top && !top.isArray) {
        top.key = JSON.parse(raw) as string;
        if (isPrefix(stack, path)) best = line;
      }
    } else if (c === '{' || c === '[') {
      stack.push({ key: c === '[' ? 0 : '', isArray: c === '[' });
      awaitingElement = c === '[';
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.isArray) {
        top.key = (top.key as number) + 1;
        awaitingElement = true;
      }
    }
  }
  return best;
}

/** True when the keys on the stack equal the start of `path` (the stack is no deeper than it). */
function isPrefix(stack: readonly { key: string | number }[], path: readonly (string | number)[]): boolean {
  if (stack.length > path.length) return false;
  for (let k = 0; k < stack.length; k += 1) if (stack[k]!.key !== path[k]) return false;
  return true;
}
