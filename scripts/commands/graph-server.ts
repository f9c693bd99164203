/**
 * `punkt graph-server --port P --data DIR [--seed] [--latency MS] [--fail-rate R]
 * [--throttle-rate R] [--drop-rate R] [--fault-seed N] [--allow-origin URL…] [--allow-host NAME…]`:
 * runs the local Graph-compatible service. Only the app's origins get CORS headers (default the
 * Vite dev server's, http://localhost:5173 and http://127.0.0.1:5173, plus the server's own) and
 * only Host names of this machine are served; both options repeat or take a comma-separated list.
 * Prints exactly one line, `listening on http://127.0.0.1:P/v1.0`, when ready (tools wait for it);
 * SIGTERM/SIGINT close it cleanly. Bad options: one line on stderr, exit code 2.
 */
import { CliError, parseCommandArgs, runCli } from '../cli-io';
import { normalizeOrigin } from '../../local-graph/src/access-policy';
import { startLocalGraph } from '../../local-graph/src/index';
import type { FaultOptions, StartLocalGraphOptions } from '../../local-graph/src/index';

const USAGE =
  'usage: punkt graph-server --port P --data DIR [--seed] [--latency MS] [--fail-rate R] [--throttle-rate R] [--drop-rate R] [--fault-seed N] [--allow-origin URL] [--allow-host NAME]';

/** Repeated and comma-separated values as one list; undefined when the option is absent. */
function list(values: string[] | undefined): string[] | undefined {
  return values
    ?.flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function origins(values: string[] | undefined): string[] | undefined {
  return list(values)?.map((value) => {
    try {
      return normalizeOrigin(value);
    } catch {
      throw new CliError(`graph-server: --allow-origin must be an origin like http://localhost:5173, got '${value}'`);
    }
  });
}

function number(name: string, raw: string | undefined, check: (n: number) => boolean, what: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value))
    throw new CliError(`graph-server: --${name} must be ${what}, got '${raw}'`);
  return value;
}

/** Reads the command line into the service's options; throws CliError on anything invalid. */
export function parseOptions(args: string[]): StartLocalGraphOptions {
  const { values } = parseCommandArgs('graph-server', USAGE, {
    args,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'boolean' },
      latency: { type: 'string' },
      'fail-rate': { type: 'string' },
      'throttle-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      'fault-seed': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'allow-host': { type: 'string', multiple: true },
    },
  });
  if (values.port === undefined || values.data === undefined || values.data === '') throw new CliError(USAGE);
  const rate = (n: number): boolean => n >= 0 && n <= 1;
  const faults: FaultOptions = {
    latencyMs: number('latency', values.latency, (n) => Number.isInteger(n) && n >= 0, 'a whole number of milliseconds'),
    failRate: number('fail-rate', values['fail-rate'], rate, 'a rate between 0 and 1'),
    throttleRate: number('throttle-rate', values['throttle-rate'], rate, 'a rate between 0 and 1'),
    dropRate: number('drop-rate', values['drop-rate'], rate, 'a rate between 0 and 1'),
    seed: number('fault-seed', values['fault-seed'], Number.isInteger, 'an integer'),
  };
  if ((faults.failRate ?? 0) + (faults.throttleRate ?? 0) + (faults.dropRate ?? 0) > 1) {
    throw new CliError('graph-server: the fault rates add up to more than 1');
  }
  return {
    port: number('port', values.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number (0–65535)'),
    dataDir: values.data,
    seed: values.seed === true,
    faults,
    allowOrigins: origins(values['allow-origin']),
    allowHosts: list(values['allow-host']),
  };
}

/**
 * Why the service did not start, as one line: the port only when the socket failed (EADDRINUSE,
 * EACCES); another failure (a data folder from a newer Punkt, an unreadable store) in its own words.
 */
export function startFailure(error: unknown, port: number | undefined): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return `graph-server: cannot start on port ${port} (${code})`;
  return `graph-server: cannot start: ${error instanceof Error ? error.message : String(error)}`;
}

/** Runs the server until SIGTERM or SIGINT; 0 after a clean close, 2 for bad options. */
export async function run(args: string[]): Promise<number> {
  let options: StartLocalGraphOptions | undefined;
  const code = await runCli(() => {
    options = parseOptions(args);
  });
  if (code !== 0 || !options) return code;
  let service;
  try {
    service = await startLocalGraph(options);
  } catch (error) {
    process.stderr.write(`${startFailure(error, options.port)}\n`);
    return 2;
  }
  process.stdout.write(`listening on ${service.url}\n`);
  const running = service;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      running.close().then(resolve, resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return 0;
}
