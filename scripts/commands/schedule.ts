/**
 * `punkt schedule FILE`: the meeting's time schedule by the spec's rule, as JSON on stdout.
 * Other tools read this output: keep the shape and key order stable.
 */
import { CliError, readMeeting, runCli } from '../cli-io';
import { computeSchedule, type Schedule } from '../../src/domain/schedule';

/** The printed shape: items without their UTC instants, the reports as the domain gives them. */
export function scheduleOutput(schedule: Schedule): object {
  return {
    items: schedule.items.map(({ number, start, end, source }) => ({ number, start, end, source })),
    gaps: schedule.gaps,
    overlaps: schedule.overlaps,
    overrun: schedule.overrun,
  };
}

/** Runs the command; 0 on success, 2 with one line on stderr for a usage or document error. */
export async function run(args: string[]): Promise<number> {
  return runCli(() => {
    const [file, ...extra] = args;
    if (file === undefined || extra.length > 0) throw new CliError('usage: punkt schedule FILE');
    const meeting = readMeeting(file);
    let schedule: Schedule;
    try {
      schedule = computeSchedule(meeting);
    } catch (error) {
      // The parser vets dates and times, so this is a safety net, still in the one-line form.
      if (error instanceof RangeError) throw new CliError(`${file}: cannot compute the schedule: ${error.message}`);
      throw error;
    }
    process.stdout.write(`${JSON.stringify(scheduleOutput(schedule), null, 2)}\n`);
  });
}
