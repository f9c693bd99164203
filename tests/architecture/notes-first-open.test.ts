import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseSource, resolveImport } from './import-graph';

// Issue #13, the Teams side panel: a role-less panel opens the note-taker's view, whose chunk loads with
// the first open. What its files import statically comes with it; import() and `import type` do not.

/** The static imports of a file that bring code (type-only ones left out). */
function runtimeSpecifiers(file: string): string[] {
  return parseSource(file)
    .statements.filter(
      (s): s is ts.ImportDeclaration | ts.ExportDeclaration =>
        (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly) || (ts.isExportDeclaration(s) && !s.isTypeOnly),
    )
    .map((s) => s.moduleSpecifier)
    .filter((spec): spec is ts.StringLiteral => spec !== undefined && ts.isStringLiteral(spec))
    .map((spec) => spec.text);
}

/** Every package the note-taker's view reaches statically, with the first file that imports it. */
function packagesReached(root: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string): void => {
    const key = relative(process.cwd(), file).replaceAll('\\', '/');
    if (seen.has(key)) return;
    seen.add(key);
    for (const spec of runtimeSpecifiers(file)) {
      const next = resolveImport(file, spec);
      if (next) visit(next);
      else if (!spec.startsWith('.') && !packages.has(spec)) packages.set(spec, key);
    }
  };
  visit(resolve(root));
  return packages;
}

describe("the note-taker's view on a first open (issue #13)", () => {
  const packages = packagesReached('src/features/notes/index.tsx');

  it('reaches its view and the sync engine (the walk follows the view)', () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['react', '@fluentui/react-components', 'idb']));
  });

  it('needs no zod: its one check (the live progress kept in Web Storage) uses valibot, which the first open has already', () => {
    expect([...packages].filter(([spec]) => spec === 'zod' || spec.startsWith('zod/'))).toEqual([]);
  });
});
