/**
 * `punkt render [--internal] FILE.json`: meeting JSON (as `punkt parse` prints it) → the document
 * format on stdout. A closed punkt is written as `Punkt N: Lukket` and its case number only, unless
 * `--internal` asks for its content. Errors: `FILE:LINE: problem`, exit 2; for a schema error or a
 * value the document cannot hold, the line of the offending key (or its nearest enclosing value)
 * and the JSON path.
 */
import { lineOfPath, syntaxErrorLine } from '../../src/domain/json-lines';
import { MeetingJsonError, meetingFromJson } from '../../src/domain/meeting-json';
import { RenderError, renderDocument } from '../../src/domain/render';
import { CliError, readText, runCli } from '../cli-io';

const USAGE = 'usage: punkt render [--internal] FILE.json';

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  return runCli(() => {
    const internal = args.includes('--internal');
    const rest = args.filter((a) => a !== '--internal');
    if (rest.length !== 1 || !rest[0] || rest[0].startsWith('-')) throw new CliError(USAGE);
    const file = rest[0];
    const text = readText(file).replace(/^\uFEFF/, '');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      throw new CliError(`${file}:${syntaxErrorLine(text, message)}: not valid JSON: ${message}`);
    }
    try {
      process.stdout.write(renderDocument(meetingFromJson(value), { internal }));
    } catch (error) {
      if (error instanceof MeetingJsonError) {
        throw new CliError(`${file}:${lineOfPath(text, error.path)}: not a meeting: ${error.message}`);
      }
      if (error instanceof RenderError) {
        throw new CliError(`${file}:${lineOfPath(text, error.path)}: cannot render: ${error.message}`);
      }
      throw error;
    }
  });
}
