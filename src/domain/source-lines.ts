/**
 * The parser's view of a document: its lines, trimmed, with their 1-based numbers.
 * CRLF, a BOM, lines holding only spaces or NBSP all become ordinary (blank) lines here, so the
 * rest of the parser never thinks about encodings.
 */

/** One line of the input. */
export interface SourceLine {
  /** 1-based line number in the input. */
  no: number;
  /** The line without leading/trailing whitespace (String#trim also strips NBSP and a BOM). */
  text: string;
}

/** Splits text into trimmed lines; `\r\n`, `\r` and `\n` all end a line. */
export function toLines(input: string): SourceLine[] {
  // Splitting on a plain '\n' is several times faster than on a regex; CR only when present.
  const raw = input.includes('\r') ? input.split(/\r\n?|\n/) : input.split('\n');
  const lines: SourceLine[] = new Array<SourceLine>(raw.length);
  for (let i = 0; i < raw.length; i += 1) lines[i] = { no: i + 1, text: raw[i]!.trim() };
  return lines;
}

/**
 * A line's text with inner runs of whitespace (NBSP, tabs) folded to one space, for matching
 * fixed words such as section headings. Only used on short lines, so the cost stays small.
 */
export function matchKey(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Joins lines into section text: paragraphs separated by exactly one empty line, no leading or
 * trailing blank lines (the model's rule for `Section.text`).
 */
export function joinParagraphs(lines: readonly string[]): string {
  const out: string[] = [];
  let pendingBlank = false;
  for (const line of lines) {
    if (line === '') {
      pendingBlank = out.length > 0;
      continue;
    }
    if (pendingBlank) out.push('');
    pendingBlank = false;
    out.push(line);
  }
  return out.join('\n');
}
