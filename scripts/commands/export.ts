/**
 * `punkt export --graph URL --meeting KEY --format text|docx|html|oparl [--public|--internal]
 * [--site SITE-ID] [--out FILE]`: a meeting's referat from the lists, as text in the forum's format,
 * a Word document, a print page or OParl 1.1 JSON (with the public referat saved to the library as the
 * Meeting's resultsProtocol, when it is saved); on stdout unless `--out` names a file. The public
 * version (closed punkter as "Lukket" only) unless `--internal` asks for the content too: the public
 * one is what leaves the building by default, `--public` says so explicitly. The site is
 * `--site`, else PUNKT_SITE_ID, else the local service's demo site. Errors: one line, exit 2.
 */
import { writeFileSync } from 'node:fs';
import { parseMeetingKey } from '../../src/domain/meeting-identity';
import { oparlMeeting } from '../../src/domain/referat/oparl';
import { referatHtml } from '../../src/domain/referat/referat-html';
import { referatText } from '../../src/domain/referat/referat-text';
import { RenderError } from '../../src/domain/render';
import { referatDocxBytes } from '../../src/documents/referat-docx';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import { createReferatLibrary } from '../../src/graph/referat-library';
import { CliError, parseCommandArgs, runCli } from '../cli-io';
import { LOCAL_GRAPH_URL, graphClientFor, isLocalGraph } from '../graph-cli';
import { withGraphErrors } from './graph-errors';

const USAGE =
  'usage: punkt export --graph URL --meeting KEY --format text|docx|html|oparl [--public|--internal] [--site SITE-ID] [--out FILE]';
const FORMATS = ['text', 'docx', 'html', 'oparl'] as const;
type Format = (typeof FORMATS)[number];
/** The local service's one site (local-graph/src/list-model.ts). */
const LOCAL_SITE = 'punkt-demo';

/** Runs the command; `write` gets the document (stdout by default). */
export async function run(
  args: string[],
  write: (data: string | Uint8Array) => void = (d) => {
    process.stdout.write(d);
  },
): Promise<number> {
  return runCli(async () => {
    const { values } = parseCommandArgs('export', USAGE, {
      args,
      options: {
        graph: { type: 'string' },
        meeting: { type: 'string' },
        format: { type: 'string' },
        public: { type: 'boolean' },
        internal: { type: 'boolean' },
        site: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const format = values.format as Format | undefined;
    if (!format || !FORMATS.includes(format)) throw new CliError(`export: --format must be one of ${FORMATS.join(', ')}; ${USAGE}`);
    if (!values.meeting) throw new CliError(`export: --meeting is required; ${USAGE}`);
    if (values.public && values.internal) throw new CliError('export: --public and --internal exclude each other');
    const ref = parseMeetingKey(values.meeting);
    if (!ref) throw new CliError(`export: --meeting: not a meeting key (ICALUID|START): '${values.meeting}'`);
    const url = values.graph ?? LOCAL_GRAPH_URL;
    const site = values.site ?? process.env.PUNKT_SITE_ID ?? (isLocalGraph(url) ? LOCAL_SITE : undefined);
    if (!site) throw new CliError(`export: --site (or PUNKT_SITE_ID) is required for ${url}; ${USAGE}`);
    // One client for every read: against a tenant each new one would sign in with a device code again.
    const client = graphClientFor(url);
    const stored = await withGraphErrors('export', url, () => createAgendaRepository(client, { siteId: site }).loadAgenda(ref));
    if (!stored) throw new CliError(`export: ${values.meeting}: no agenda for this meeting on ${site}`);
    const internal = values.internal === true;
    let data: string | Uint8Array;
    try {
      if (format === 'text') data = referatText(stored.meeting, { internal });
      else if (format === 'html') data = referatHtml(stored.meeting, { internal });
      else if (format === 'docx') data = await referatDocxBytes(stored.meeting, { internal });
      else {
        // Open data: closed punkter are never written with content, whatever version was asked for.
        const base = `${url.replace(/\/$/, '')}/sites/${encodeURIComponent(site)}/oparl`;
        // The public referat saved to the library is the Meeting's resultsProtocol; unsaved, it is left out.
        const saved = await withGraphErrors('export', url, () => createReferatLibrary(client, { siteId: site }).list(stored.meeting));
        const referat = saved.find((file) => file.version === 'public');
        const options = { baseUrl: base, meetingId: values.meeting, start: ref.start, ...(referat ? { referat } : {}) };
        data = `${JSON.stringify(oparlMeeting(stored.meeting, options), null, 2)}\n`;
      }
    } catch (error) {
      if (error instanceof RenderError) throw new CliError(`export: ${values.meeting}: cannot render: ${error.message}`);
      throw error;
    }
    if (values.out) {
      try {
        writeFileSync(values.out, data);
      } catch (error) {
        throw new CliError(`${values.out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    } else write(data);
  });
}
