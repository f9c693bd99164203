/**
 * `punkt parse FILE`: an agenda/minutes document → the meeting as JSON on stdout
 * (the shape and key order of src/domain/meeting-json.ts). Errors: `FILE:LINE: problem`, exit 2.
 */
import { meetingToJson } from '../../src/domain/meeting-json';
import { CliError, readMeeting, runCli } from '../cli-io';

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  return runCli(() => {
    if (args.length !== 1 || !args[0]) throw new CliError('usage: punkt parse FILE');
    const meeting = readMeeting(args[0]);
    process.stdout.write(`${JSON.stringify(meetingToJson(meeting), null, 2)}\n`);
  });
}
