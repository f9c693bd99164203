/**
 * A Graph failure during a CLI command as the one line the commands print (exit code 2): the URL,
 * the status and Graph's error code, or that the service could not be reached.
 */
import { isGraphError } from '../../src/graph/errors';
import { ListMissingError } from '../../src/graph/meeting-repository';
import { CliError } from '../cli-io';

/** Runs `body`, turning Graph's typed failures into a CliError that names `command` and `url`. */
export async function withGraphErrors<T>(command: string, url: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (isGraphError(error)) throw new CliError(`${command}: ${url}: ${error.status} ${error.code}: ${error.message}`);
    if (error instanceof ListMissingError) throw new CliError(`${command}: ${url}: ${error.message}; run punkt provision first`);
    if (error instanceof Error && error.name === 'NetworkError')
      throw new CliError(`${command}: ${url}: cannot connect (${error.message})`);
    throw error;
  }
}
