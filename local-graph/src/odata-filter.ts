/**
 * The OData `$filter` subset Punkt's Graph calls use, parsed by a small tokenizer and a
 * recursive-descent parser (no eval, no regular-expression matching of whole expressions):
 * eq ne gt ge lt le, and or not, parentheses, 'strings' with doubled quotes, numbers,
 * true/false/null, and startswith(path,'text').
 * Grammar: or := and ('or' and)* ; and := unary ('and' unary)* ; unary := 'not' unary | primary ;
 * primary := '(' or ')' | startswith '(' operand ',' operand ')' | operand cmp operand.
 */

export type Literal = string | number | boolean | null;
export type Operand = { kind: 'path'; path: string } | { kind: 'literal'; value: Literal };
export type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'compare'; op: Comparison; left: Operand; right: Operand }
  | { kind: 'startswith'; target: Operand; prefix: Operand };

/** A $filter that does not parse; the service answers 400 invalidRequest. */
export class FilterSyntaxError extends Error {}

type Token = { type: 'word' | 'string' | 'number' | 'punct'; text: string; value?: Literal; at: number };

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
// Unquoted OData date-time literals (2024-03-13T08:00:00Z) are read as strings.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ type: 'punct', text: ch, at: i });
      i += 1;
    } else if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new FilterSyntaxError(`Unterminated string literal at position ${i}.`);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j += 1;
      }
      tokens.push({ type: 'string', text: text.slice(i, j + 1), value, at: i });
      i = j + 1;
    } else if (/[-\d]/.test(ch)) {
      const dateTime = DATE_TIME.exec(text.slice(i));
      const number = /^-?\d+(\.\d+)?/.exec(text.slice(i));
      if (dateTime) {
        tokens.push({ type: 'string', text: dateTime[0], value: dateTime[0], at: i });
        i += dateTime[0].length;
      } else if (number) {
        tokens.push({ type: 'number', text: number[0], value: Number(number[0]), at: i });
        i += number[0].length;
      } else {
        throw new FilterSyntaxError(`Unexpected '${ch}' at position ${i}.`);
      }
    } else if (/[A-Za-z_@]/.test(ch)) {
      const word = /^[A-Za-z_@][\w@.]*(\/[A-Za-z_][\w.]*)*/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ type: 'word', text: word[0], at: i });
      i += word[0].length;
    } else {
      throw new FilterSyntaxError(`Unexpected '${ch}' at position ${i}.`);
    }
  }
  return tokens;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterExpr {
    if (this.tokens.length === 0) throw new FilterSyntaxError('The $filter expression is empty.');
    const expr = this.or();
    const rest = this.peek();
    if (rest) throw new FilterSyntaxError(`Unexpected '${rest.text}' at position ${rest.at}.`);
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (!token) throw new FilterSyntaxError('The $filter expression ends too early.');
    this.index += 1;
    return token;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.text.toLowerCase() === word;
  }

  private expect(text: string): void {
    const token = this.next();
    if (token.text !== text) throw new FilterSyntaxError(`Expected '${text}' at position ${token.at}, found '${token.text}'.`);
  }

  private or(): FilterExpr {
    let left = this.and();
    while (this.isWord('or')) {
      this.index += 1;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterExpr {
    let left = this.unary();
    while (this.isWord('and')) {
      this.index += 1;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterExpr {
    if (this.isWord('not')) {
      this.index += 1;
      return { kind: 'not', operand: this.unary() };
    }
    const token = this.peek();
    if (token?.text === '(') {
      this.index += 1;
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (this.isWord('startswith') && this.tokens[this.index + 1]?.text === '(') {
      this.index += 2;
      const target = this.operand();
      this.expect(',');
      const prefix = this.operand();
      this.expect(')');
      return { kind: 'startswith', target, prefix };
    }
    const left = this.operand();
    const op = this.next();
    if (op.type !== 'word' || !COMPARISONS.has(op.text.toLowerCase())) {
      throw new FilterSyntaxError(`Expected a comparison operator at position ${op.at}, found '${op.text}'.`);
    }
    return { kind: 'compare', op: op.text.toLowerCase() as Comparison, left, right: this.operand() };
  }

  private operand(): Operand {
    const token = this.next();
    if (token.type === 'string' || token.type === 'number') return { kind: 'literal', value: token.value as Literal };
    if (token.type === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'true' || word === 'false') return { kind: 'literal', value: word === 'true' };
      if (word === 'null') return { kind: 'literal', value: null };
      if (['and', 'or', 'not', ...COMPARISONS].includes(word)) {
        throw new FilterSyntaxError(`Unexpected '${token.text}' at position ${token.at}.`);
      }
      return { kind: 'path', path: token.text };
    }
    throw new FilterSyntaxError(`Unexpected '${token.text}' at position ${token.at}.`);
  }
}

/** Parses a $filter expression; throws FilterSyntaxError on bad syntax. */
export function parseFilter(text: string): FilterExpr {
  return new Parser(tokenize(text)).parse();
}

/** Every property path the expression reads, so callers can check them (unknown, not indexed). */
export function filterPaths(expr: FilterExpr): string[] {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(expr.left), ...filterPaths(expr.right)];
    case 'not':
      return filterPaths(expr.operand);
    case 'compare':
      return [expr.left, expr.right].flatMap((o) => (o.kind === 'path' ? [o.path] : []));
    case 'startswith':
      return [expr.target, expr.prefix].flatMap((o) => (o.kind === 'path' ? [o.path] : []));
  }
}
