/**
 * `punkt import FILE --graph URL --site SITE-ID`: brings an agenda or minutes document (the forum's
 * format) into the lists, so a municipality can move its archive of referater into Punkt. The
 * meeting's calendar event is reused, or created when none matches (import-event.ts); the agenda is
 * saved over the one already there, so importing the same document twice updates instead of
 * duplicating. Prints the meeting key as its last line. Errors: `FILE:LINE: problem`, exit 2.
 */
import type { Meeting } from '../../src/domain/meeting';
import { meetingKeyOf } from '../../src/domain/meeting-identity';
import type { DecisionStore, StoredAgenda } from '../../src/domain/ports';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import { CliError, parseCommandArgs, readMeeting, runCli } from '../cli-io';
import { LOCAL_GRAPH_URL, graphClientFor } from '../graph-cli';
import { withGraphErrors } from './graph-errors';
import { ensureMeetingEvent } from './import-event';

/**
 * Saving an agenda never takes a kept punkt's decision from the draft (it may be the note-taker's
 * newer text: ports.ts SaveAgendaOptions), so a document imported again with a corrected decision
 * writes that decision itself, against the row's ETag, and only where it differs.
 */
async function writeChangedDecisions(store: DecisionStore, stored: StoredAgenda, meeting: Meeting): Promise<void> {
  for (const { id, etag, item } of stored.items) {
    const wanted = meeting.items.find((i) => i.number === item.number);
    if (!wanted) continue;
    const value = { decision: wanted.decision ?? '', status: wanted.status, postponedTo: wanted.postponedTo };
    if ((item.decision ?? '') === value.decision && item.status === value.status && item.postponedTo === value.postponedTo) continue;
    const result = await store.writeDecision(id, value, etag);
    if (!result.ok) throw new CliError(`import: punkt ${item.number} was changed by someone else while importing; run the import again`);
  }
}

const USAGE = 'usage: punkt import FILE --graph URL --site SITE-ID';

/** Runs the command; `out` gets the output lines (stdout). */
export async function run(args: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  return runCli(async () => {
    const { values, positionals } = parseCommandArgs('import', USAGE, {
      args,
      allowPositionals: true,
      options: { graph: { type: 'string' }, site: { type: 'string' } },
    });
    if (positionals.length !== 1 || !positionals[0]) throw new CliError(`import: one FILE is required; ${USAGE}`);
    if (!values.site) throw new CliError(`import: --site is required; ${USAGE}`);
    const file = positionals[0];
    const meeting = readMeeting(file);
    const url = values.graph ?? LOCAL_GRAPH_URL;
    const client = graphClientFor(url);
    const site = values.site;
    const { ref, created } = await withGraphErrors('import', url, async () => {
      const event = await ensureMeetingEvent(client, meeting);
      const agendas = createAgendaRepository(client, { siteId: site });
      const stored = await agendas.saveAgenda(event.ref, meeting);
      await writeChangedDecisions(agendas, stored, meeting);
      return event;
    });
    out(`${created ? 'created' : 'found'} the calendar event ${meeting.forum} ${meeting.date} ${meeting.start}`);
    out(`saved ${meeting.items.length} punkter`);
    out(meetingKeyOf(ref));
  });
}
