/**
 * Shared plumbing for the CLI commands: read a document, turn typed errors into the one-line,
 * exit-code-2 form other tools rely on (`FILE:LINE: problem`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParseError, parseDocument } from '../src/domain/parse';
import type { Meeting } from '../src/domain/meeting';

/** An error the CLI reports as one line on stderr with exit code 2. */
export class CliError extends Error {}

/**
 * A command's arguments read by node:util's parseArgs, strict as is its default (an unknown option,
 * a missing value or a stray positional is refused); its error becomes the one line
 * `COMMAND: problem; USAGE`.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new CliError(`${command}: ${error instanceof Error ? error.message : String(error)}; ${usage}`);
  }
}

/**
 * Reads a UTF-8 text file (a byte order mark is dropped). Any other encoding is refused, naming
 * the likely one: a Windows-1252 file (Word's "Plain text" on a Danish PC) would otherwise fail
 * much later with a puzzling "expected a line 'Mødedato …'", as its æ/ø/å are not UTF-8.
 */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new CliError(`${file}: cannot read the file (${code})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const guess = likelyEncoding(bytes);
    throw new CliError(`${file}: not UTF-8${guess ? ` (looks like ${guess})` : ''}; save it as UTF-8`);
  }
}

/** The encoding a non-UTF-8 text most likely has, or null when it does not look like text. */
function likelyEncoding(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  // Windows-1252: Danish letters (æ ø å Æ Ø Å are single bytes), and no control bytes but tab and
  // line ends nor the five bytes the code page leaves undefined. Read from the bytes: Node's
  // TextDecoder('windows-1252') decodes 0x80–0x9f as Latin-1 controls.
  const danish = bytes.some((b) => b === 0xe6 || b === 0xf8 || b === 0xe5 || b === 0xc6 || b === 0xd8 || b === 0xc5);
  const binary = bytes.some(
    (b) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f || [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b),
  );
  return danish && !binary ? 'Windows-1252' : null;
}

/** Reads and parses an agenda/minutes document, naming the file and line on failure. */
export function readMeeting(file: string): Meeting {
  const text = readText(file);
  try {
    return parseDocument(text);
  } catch (error) {
    if (error instanceof ParseError) throw new CliError(`${file}:${error.line}: ${error.message}`);
    throw error;
  }
}

/** Runs a command body: prints CliError as one line and returns 2. */
export async function runCli(body: () => Promise<void> | void): Promise<number> {
  try {
    await body();
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    throw error;
  }
}
