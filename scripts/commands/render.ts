/**
 * `punkt render FILE.json`: meeting JSON (as `punkt parse` prints it) → the document format on
 * stdout. Errors: `FILE:LINE: problem`, exit 2; for a schema error the line of the offending key
 * (or its nearest enclosing value) and the JSON path.
 */
import { lineOfPath, syntaxErrorLine } from '../../src/domain/json-lines';
import { MeetingJsonError, meetingFromJson } from '../../src/domain/meeting-json';
import { renderDocument } from '../../src/domain/render';
import { CliError, readText, runCli } from '../cli-io';

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  return runCli(() => {
    if (args.length !== 1 || !args[0]) throw new CliError('usage: punkt render FILE.json');
    const file = args[0];
    const text = readText(file).replace(/^\uFEFF/, '');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      throw new CliError(`${file}:${syntaxErrorLine(text, message)}: not valid JSON: ${message}`);
    }
    try {
      process.stdout.write(renderDocument(meetingFromJson(value)));
    } catch (error) {
      if (error instanceof MeetingJsonError) {
        throw new CliError(`${file}:${lineOfPath(text, error.path)}: not a meeting: ${error.message}`);
      }
      throw error;
    }
  });
}
