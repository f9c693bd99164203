import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseSource, resolveImport } from './import-graph';

// Issue #13: the first open of the managers' view downloads only what every open runs. The build's
// entry chunk is what main.tsx imports statically (the data layer and the hosts), its boot chunk what
// the UI half and the agenda view import statically (vite.config.ts, scripts/boot-chunk.ts), so code
// that only some hosts or themes need must be imported on demand.
const ROOTS = ['src/app/main.tsx', 'src/app/ui-start.ts', 'src/features/agenda/index.tsx'];

/** One static import that stays in the bundle: its specifier and the names it binds ('*' for all). */
interface RuntimeImport {
  specifier: string;
  names: string[] | '*';
}

/** The static imports and re-exports of a file that bring code: `import type`, type-only names and import() left out. */
function runtimeImports(file: string): RuntimeImport[] {
  const source = parseSource(file);
  const found: RuntimeImport[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) found.push({ specifier: statement.moduleSpecifier.text, names: '*' });
      else {
        const names = bindings ? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text) : [];
        if (clause?.name) names.push('default');
        // `import { type A } from 'x'` is erased; `import 'x'` (no clause) runs the module.
        if (!clause || names.length > 0) found.push({ specifier: statement.moduleSpecifier.text, names });
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const clause = statement.exportClause;
      const names =
        clause && ts.isNamedExports(clause)
          ? clause.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text)
          : '*';
      if (names === '*' || names.length > 0) found.push({ specifier: statement.moduleSpecifier.text, names });
    }
  }
  return found;
}

/** Every file of src/ the roots reach through runtime static imports, with the package imports each makes. */
function firstOpen(roots: string[] = ROOTS): Map<string, RuntimeImport[]> {
  const reached = new Map<string, RuntimeImport[]>();
  const visit = (file: string): void => {
    const key = relative(process.cwd(), file).replaceAll('\\', '/');
    if (reached.has(key)) return;
    const imports = runtimeImports(file);
    reached.set(
      key,
      imports.filter((i) => !i.specifier.startsWith('.')),
    );
    for (const i of imports) {
      const next = resolveImport(file, i.specifier);
      if (next) visit(next);
    }
  };
  for (const root of roots) visit(resolve(root));
  return reached;
}

/**
 * Plain modules of src/ui and src/features the static first paint shares with the React views, so both
 * show the same words, dates and local copy (the view's texts, the date and clock formats, the cache).
 */
const FIRST_PAINT_HELPERS = ['src/features/agenda/messages.ts', 'src/ui/agenda-cache.ts', 'src/ui/format.ts', 'src/ui/messages.ts'];

describe("the first open's code (issue #13)", () => {
  const reached = firstOpen();
  const importersOf = (test: (i: RuntimeImport) => boolean): string[] =>
    [...reached].filter(([, imports]) => imports.some(test)).map(([file]) => file);

  it('reaches the agenda view and the data layer (the walk follows the app)', () => {
    expect([...reached.keys()]).toEqual(
      expect.arrayContaining(['src/features/agenda/components/AgendaView.tsx', 'src/graph/agenda-repository.ts']),
    );
  });

  it('starts the data layer before the UI: the entry reaches no React, Fluent or view, so its Graph request goes out while the boot chunk evaluates', () => {
    const entry = firstOpen(['src/app/main.tsx']);
    expect([...entry.keys()]).toEqual(expect.arrayContaining(['src/app/compose.ts', 'src/graph/agenda-repository.ts']));
    const ui = [...entry]
      .filter(
        ([file, imports]) =>
          (/^src\/(ui|features)\//.test(file) && !FIRST_PAINT_HELPERS.includes(file)) ||
          imports.some((i) => /^(react|react-dom|@fluentui\/|@griffel\/)/.test(i.specifier)),
      )
      .map(([file]) => file);
    expect(ui).toEqual([]);
  });

  it('paints the managers’ agenda from the entry, before React: the first paint (src/app/first-paint) is in the entry chunk, with only the texts, formats and local copy it shares with the views, and no React or Fluent', () => {
    const entry = firstOpen(['src/app/main.tsx']);
    expect([...entry.keys()]).toEqual(expect.arrayContaining(['src/app/first-paint/paint-agenda.ts', 'src/app/first-paint/start.ts']));
    const shared = [...entry.keys()].filter((file) => /^src\/(ui|features)\//.test(file));
    expect(shared.sort()).toEqual([...FIRST_PAINT_HELPERS].sort());
    // The shared helpers are plain TypeScript: their only package is the validator the data layer has already.
    for (const file of FIRST_PAINT_HELPERS)
      expect([file, entry.get(file)!.map((i) => i.specifier)]).toEqual([file, file === 'src/ui/agenda-cache.ts' ? ['valibot'] : []]);
  });

  it("starts the role's view from the entry, without React: ?role=notes, ?role=prepare and Teams ask for their view's chunk beside the data layer, not after the boot chunk", () => {
    const entry = firstOpen(['src/app/main.tsx']);
    expect([...entry.keys()]).toContain('src/app/role-chunks.ts');
    expect(entry.has('src/app/roles.tsx')).toBe(false);
    const roleChunks = readFileSync('src/app/role-chunks.ts', 'utf8');
    for (const role of ['agenda', 'notes', 'prepare']) expect(roleChunks).toContain(`import('../features/${role}')`);
  });

  it("holds none of the write side no first open uses: the Bilag library loads with the secretary's first upload, the agenda's save with the first save", () => {
    const writeSide = ['src/graph/bilag-library.ts', 'src/graph/agenda-save.ts', 'src/graph/agenda-clash.ts', 'src/graph/bilag-moves.ts'];
    expect([...reached.keys()].filter((file) => writeSide.includes(file))).toEqual([]);
  });

  it('holds no Outlook or Teams host code: each loads only inside its host', () => {
    const hostOnly = [...reached.keys()].filter((file) => /^src\/hosts\/(outlook-|teams-host|teams-config|office-dialog)/.test(file));
    expect(hostOnly).toEqual([]);
  });

  it('validates with valibot: no zod on the first open, classic or mini (zod/mini alone was about 13 kB gzip of the boot chunk, its schemas built at load)', () => {
    expect(importersOf((i) => i.specifier === 'zod' || i.specifier.startsWith('zod/'))).toEqual([]);
    expect(importersOf((i) => i.specifier === 'valibot')).toEqual(expect.arrayContaining(['src/graph/row-mapping.ts']));
  });

  it('holds no date library: the schedule and the live state do their zone math with Intl (src/domain/clock.ts), luxon loads with the views that edit', () => {
    expect(importersOf((i) => i.specifier === 'luxon' || i.specifier.startsWith('luxon/'))).toEqual([]);
  });

  it('holds no sign-in library, Word writer or HTML sanitizer: MSAL loads only for a tenant, docx and DOMPurify with the referat', () => {
    const heavy = /^(@azure\/msal-|docx$|dompurify$)/;
    expect(importersOf((i) => heavy.test(i.specifier))).toEqual([]);
  });

  it("holds none of the Fluent components only some opens show: the approval's dialog, the meeting picker's select and the demo's user menu load on demand", () => {
    const onDemand = new Set(['Dialog', 'DialogSurface', 'Select', 'Field', 'Menu', 'MenuPopover', 'MenuList']);
    const users = importersOf((i) => i.specifier.startsWith('@fluentui/') && (i.names === '*' || i.names.some((n) => onDemand.has(n))));
    expect(users).toEqual([]);
  });

  it('sorts without ICU collation: localeCompare or Intl.Collator builds a collator first, about 15 ms of the first open', () => {
    const collating = [...reached.keys()].filter((file) => /\.localeCompare\(|Intl\.Collator/.test(readFileSync(file, 'utf8')));
    expect(collating).toEqual([]);
  });

  it('holds only the web light theme of Fluent: the others load on demand', () => {
    const otherThemes = importersOf(
      (i) => i.specifier.startsWith('@fluentui/') && (i.names === '*' || i.names.some((n) => /Theme$/.test(n) && n !== 'webLightTheme')),
    );
    expect(otherThemes).toEqual([]);
  });
});
