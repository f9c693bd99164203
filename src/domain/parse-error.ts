/**
 * The one error the document parser throws: it names the 1-based line and what was expected there,
 * so the CLI can print `FILE:LINE: problem` and the UI can point at the line.
 */
export class ParseError extends Error {
  /** 1-based line number in the input text. */
  readonly line: number;
  /** What the parser expected at that line, in words ("a case number (dd.dd.dd-Xdd-n-yy)"). */
  readonly expected: string;

  constructor(line: number, expected: string, context = '') {
    super(`expected ${expected}${context ? ` ${context}` : ''}`);
    this.name = 'ParseError';
    this.line = line;
    this.expected = expected;
  }
}

/** Shortens a line for an error message so a 1 MB line does not become a 1 MB message. */
export function quoteForMessage(text: string, max = 60): string {
  // Control characters (from binary input) would garble a one-line message.
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return flat.length > max ? `'${flat.slice(0, max)}…'` : `'${flat}'`;
}
