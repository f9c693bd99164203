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
 * The line of a JSON.parse syntax error: V8 names the position ("… in JSON at position 10") for
 * most errors; a truncated document ends at the last line.
 */
export function syntaxErrorLine(text: string, message: string): number {
  const m = /position (\d+)/.exec(message);
  if (m) return lineAt(text, Number(m[1]));
  if (/end of JSON input/i.test(message)) return lineAt(text, text.length);
  return 1;
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
