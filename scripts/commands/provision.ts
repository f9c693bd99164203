/**
 * `punkt provision --graph URL --site SITE-ID [--dry-run]`: creates Punkt's lists, columns and
 * indexes on a SharePoint site (or the local service), idempotently. Prints one line per action
 * ("would …" on a dry run), or that everything is in place. Errors: one line on stderr, exit code 2.
 */
import { describeAction, provision } from '../../src/graph/provision';
import { CliError, parseCommandArgs, runCli } from '../cli-io';
import { LOCAL_GRAPH_URL, graphClientFor } from '../graph-cli';
import { withGraphErrors } from './graph-errors';

const USAGE = 'usage: punkt provision --graph URL --site SITE-ID [--dry-run]';

/** Runs the command; `out` is where the action lines go (stdout). */
export async function run(args: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  return runCli(async () => {
    const { values } = parseCommandArgs('provision', USAGE, {
      args,
      options: { graph: { type: 'string' }, site: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
    if (!values.site) throw new CliError(`provision: --site is required; ${USAGE}`);
    const url = values.graph ?? LOCAL_GRAPH_URL;
    const dryRun = values['dry-run'] === true;
    const site = values.site;
    const actions = await withGraphErrors('provision', url, () => provision(graphClientFor(url), site, { dryRun }));
    if (actions.length === 0) out(`nothing to do: the lists on ${values.site} are up to date`);
    for (const action of actions) out(`${dryRun ? 'would ' : ''}${describeAction(action)}`);
  });
}
