/**
 * The `punkt` command line: `npm run --silent punkt -- COMMAND ARGS`.
 * Each command lives in scripts/commands/COMMAND.ts and exports `run(args): Promise<number>`.
 * Other tools depend on the commands' output: keep it stable.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COMMANDS = ['parse', 'render', 'schedule', 'graph-server', 'provision', 'export', 'import'] as const;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || !(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`usage: punkt <${COMMANDS.join('|')}> ...\n`);
    return 2;
  }
  const file = fileURLToPath(new URL(`./commands/${name}.ts`, import.meta.url));
  if (!existsSync(file)) {
    process.stderr.write(`punkt: the command '${name}' is not available yet\n`);
    return 2;
  }
  const command = (await import(file)) as { run: (args: string[]) => Promise<number> };
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`punkt: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
