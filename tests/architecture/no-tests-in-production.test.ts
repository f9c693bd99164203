import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Production code (the app, the local Graph service, the CLI) never imports or reads tests/: a
// fixture edited for a test must not change the demo or a command (issue #12, point 1), and test
// doubles and helpers live in tests/fakes and tests/helpers, not beside the code (point 10). The
// benchmarks are left out on purpose: they measure the test fixtures and drive the e2e harness.
const root = join(import.meta.dirname, '../..');
const PRODUCTION = ['src', 'local-graph', 'scripts'];
const NOT_PRODUCTION = [/\.test\.tsx?$/, /^scripts\/bench(\.ts$|\/)/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

/** Quoted strings (imports, `new URL(...)`, paths) that lead into a tests/ folder. */
function pathsIntoTests(text: string): string[] {
  const strings = [...text.matchAll(/(['"`])((?:(?!\1)[^\n\\])*)\1/g)].map((m) => m[2] ?? '');
  return strings.filter((value) => /(^|\/)tests\//.test(value));
}

describe('production code leaves tests/ alone', () => {
  it('finds a path into tests/ in a string, not in prose', () => {
    expect(pathsIntoTests("const dir = new URL('../../tests/fixtures/referater/', import.meta.url);")).toEqual([
      '../../tests/fixtures/referater/',
    ]);
    expect(pathsIntoTests("import { x } from '../../../tests/fakes/fake-host';")).toEqual(['../../../tests/fakes/fake-host']);
    expect(pathsIntoTests("join(root, 'tests/fixtures', name)")).toEqual(['tests/fixtures']);
    expect(pathsIntoTests("// the tests/ folder holds fixtures\nconst e2e = 'my-tests/x';")).toEqual([]);
  });

  it.each(PRODUCTION)('no file under %s/ imports or reads tests/', (folder) => {
    const offenders = sourceFiles(join(root, folder))
      .map((file) => relative(root, file).replaceAll('\\', '/'))
      .filter((file) => !NOT_PRODUCTION.some((pattern) => pattern.test(file)))
      .flatMap((file) => pathsIntoTests(readFileSync(join(root, file), 'utf8')).map((path) => `${file}: ${path}`));
    expect(offenders).toEqual([]);
  });

  it.each(PRODUCTION)('%s/ holds no test doubles or test helpers (they live in tests/fakes and tests/helpers)', (folder) => {
    const misplaced = sourceFiles(join(root, folder))
      .map((file) => relative(root, file).replaceAll('\\', '/'))
      .filter((file) => /(^|\/)(testing|fakes|helpers)\/|(^|\/)(fake-[^/]*|test-harness\.ts|render-[^/]*-view\.tsx)$/.test(file));
    expect(misplaced).toEqual([]);
  });
});
