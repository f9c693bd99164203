import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseSource } from './import-graph';

// Issue #13, the Teams side panel: teams-js 2.x is ES modules, so the bundler keeps only the
// namespaces a page imports by name. `import('@microsoft/teams-js')` hands out the whole module
// object, which keeps every namespace: about 54 kB gzip on the panel's first open, where `app`
// alone is about 16 kB (src/hosts/teams-sdk-app.ts).
const TEAMS_JS = '@microsoft/teams-js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** How one file takes teams-js at run time: the names it imports or re-exports, or '*' / 'import()' for all of it. */
function teamsJsUses(file: string): string[] {
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === TEAMS_JS) {
      const clause = node.importClause;
      if (!clause?.isTypeOnly) {
        const bindings = clause?.namedBindings;
        if (!clause || clause.name || (bindings && ts.isNamespaceImport(bindings))) uses.push('*');
        else if (bindings) uses.push(...bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text));
      }
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text === TEAMS_JS &&
      !node.isTypeOnly
    ) {
      const clause = node.exportClause;
      if (clause && ts.isNamedExports(clause))
        uses.push(...clause.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text));
      else uses.push('*');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg !== undefined && ts.isStringLiteralLike(arg) && arg.text === TEAMS_JS) uses.push('import()');
    }
    ts.forEachChild(node, visit);
  };
  visit(parseSource(file));
  return uses;
}

describe('teams-js by the slice each page uses (issue #13)', () => {
  const users = new Map(
    sourceFiles('src')
      .map((file) => [file.replaceAll('\\', '/'), teamsJsUses(file)] as const)
      .filter(([, uses]) => uses.length > 0),
  );

  it('imports teams-js only by name, never the whole library (import() or a namespace)', () => {
    const whole = [...users].filter(([, uses]) => uses.some((use) => use === '*' || use === 'import()')).map(([file]) => file);
    expect(whole).toEqual([]);
  });

  it("gives the side panel's Teams host app alone: the host's slice names nothing else, and the entry loads that slice", () => {
    expect(users.get('src/hosts/teams-sdk-app.ts')).toEqual(['app']);
    expect(readFileSync('src/hosts/teams-entry.ts', 'utf8')).toContain("import('./teams-sdk-app')");
  });
});
