/**
 * `npm run bench`: runs every benchmark in scripts/bench/*.ts (each exports
 * `run(): Promise<void>` and prints its own figures) in name order.
 * Figures are medians with a baseline measured in the same run; no targets are asserted here.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .filter((f) => !only || f.includes(only))
  .sort();
for (const file of files) {
  console.log(`\n== ${file.replace(/\.ts$/, '')} ==`);
  const bench = (await import(`${dir}${file}`)) as { run: () => Promise<void> };
  await bench.run();
}
