/**
 * Shared plumbing for the CLI commands: read a document, turn typed errors into the one-line,
 * exit-code-2 form other tools rely on (`FILE:LINE: problem`).
 */
import { readFileSync } from 'node:fs';
import { ParseError, parseDocument } from '../src/domain/parse';
import type { Meeting } from '../src/domain/meeting';

/** An error the CLI reports as one line on stderr with exit code 2. */
export class CliError extends Error {}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new CliError(`${file}: cannot read the file (${code})`);
  }
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
