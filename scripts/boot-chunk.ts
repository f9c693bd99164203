/**
 * Which modules go in the build's one `boot` chunk (vite.config.ts): what the first open of the
 * managers' view runs, instead of the 20-odd shared chunks rolldown would cut it into. Over HTTP/1.1
 * a browser opens six connections per host, so those chunks arrived in waves and held up office.js's
 * own follow-up files (issue #13).
 *
 * "Runs" follows static imports from the roots, but through a re-export-only module (a barrel such
 * as `@fluentui/react-components`) only along the names actually imported: following every edge of
 * the barrel would pull every Fluent component another view uses (dialogs, menus, comboboxes) into
 * the first open's chunk.
 */
import { dirname, join } from 'node:path';

/** The part of rolldown's chunking context this reads. */
export interface ModuleGraph {
  getModuleInfo(id: string): { code: string | null; importedIds: readonly string[] } | null;
}

/** One static `import … from` or `export … from` statement: its specifier and the names it takes. */
interface Edge {
  specifier: string;
  /** Imported name → the name it has in this module; '*' for a namespace; 'pass' for `export * from`. */
  names: Map<string, string> | '*' | 'pass';
  /** `import` binds local names; `export … from` exports them. */
  reexport: boolean;
}

/** `export { a as b }` lists without `from`: local name → the names it is exported as. */
function localExports(code: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of code.matchAll(/\bexport\s*\{([^}]*)\}(?!\s*from)/g)) {
    for (const part of m[1]!.split(',')) {
      const [local, exported] = part.trim().split(/\s+as\s+/);
      if (local) out.set(local, [...(out.get(local) ?? []), exported ?? local]);
    }
  }
  return out;
}

const withoutComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

const STATEMENT = /\b(import|export)\s*(type\s+)?([\w$*{}\s,]*?)\s*from\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g;

/** The static import and re-export statements of a module's code. */
export function edgesOf(code: string): Edge[] {
  const edges: Edge[] = [];
  for (const m of code.matchAll(STATEMENT)) {
    if (m[5]) {
      edges.push({ specifier: m[5], names: new Map(), reexport: false });
      continue;
    }
    if (m[2]) continue; // `import type` is gone after the transform, but never needs code.
    const clause = m[3] ?? '';
    const braces = /\{([^}]*)\}/.exec(clause);
    const outside = clause.replace(/\{[^}]*\}/, '');
    if (m[1] === 'export' && outside.trim() === '*') {
      edges.push({ specifier: m[4]!, names: 'pass', reexport: true });
      continue;
    }
    if (outside.includes('*')) {
      edges.push({ specifier: m[4]!, names: '*', reexport: m[1] === 'export' });
      continue;
    }
    const names = new Map<string, string>();
    for (const part of (braces?.[1] ?? '').split(',')) {
      const [imported, local] = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      if (imported) names.set(imported, local ?? imported);
    }
    if (/\w/.test(outside.replace(/,/g, ''))) names.set('default', 'default');
    edges.push({ specifier: m[4]!, names, reexport: m[1] === 'export' });
  }
  return edges;
}

/** True when the module only imports and re-exports (comments dropped first). */
function isBarrel(code: string): boolean {
  const rest = code
    .replace(STATEMENT, '')
    .replace(/\bexport\s*\{[^}]*\}/g, '')
    .replace(/["']use client["'];?/g, '')
    .replace(/[;\s]/g, '');
  return rest === '' && /\bexport\b/.test(code);
}

/** The imported module id a specifier of `from` resolved to, by its path. */
function resolveIn(from: string, specifier: string, ids: readonly string[]): string | undefined {
  if (specifier.startsWith('.')) {
    const base = join(dirname(from), specifier);
    return ids.find((id) => id === base || new RegExp(`^${escape(base)}(\\.[cm]?[jt]sx?|/index\\.[cm]?[jt]sx?)$`).test(id));
  }
  const pkg = `/node_modules/${specifier}/`;
  return ids.find((id) => id.includes(pkg)) ?? ids.find((id) => id.includes(`/node_modules/${specifier}.`));
}
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The modules the roots run, following barrels only along the names taken from them. */
export function firstOpenModules(graph: ModuleGraph, roots: string[]): Set<string> {
  const wanted = new Map<string, Set<string> | '*'>();
  const queue: Array<[string, Set<string> | '*']> = roots.map((root) => [root, '*']);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [id, names] = next;
    const before = wanted.get(id);
    if (before === '*' || (before && names !== '*' && [...names].every((n) => before.has(n)))) continue;
    const merged: Set<string> | '*' = names === '*' || !before ? names : new Set([...before, ...names]);
    wanted.set(id, merged);
    const info = graph.getModuleInfo(id);
    if (!info) continue;
    const code = withoutComments(info.code ?? '');
    const barrel = code !== '' && isBarrel(code);
    const exportedAs = barrel ? localExports(code) : new Map<string, string[]>();
    const edges = code === '' ? [] : edgesOf(code);
    const matched = new Set<string>();
    for (const edge of edges) {
      const target = resolveIn(id, edge.specifier, info.importedIds);
      if (!target) continue;
      matched.add(target);
      if (edge.names === '*' || edge.names === 'pass') {
        // `export * from` passes the names asked of the barrel on; a namespace takes everything.
        queue.push([target, edge.names === 'pass' ? merged : '*']);
      } else if (!barrel || merged === '*') {
        queue.push([target, new Set(edge.names.keys())]);
      } else {
        // A barrel's `export { a as b } from 'x'` (or `import { a } from 'x'; export { a as b }`): followed only when someone takes b.
        const exportNames = (local: string) => (edge.reexport ? [local] : (exportedAs.get(local) ?? []));
        const taken = [...edge.names].filter(([, local]) => exportNames(local).some((n) => merged.has(n))).map(([imported]) => imported);
        if (taken.length > 0) queue.push([target, new Set(taken)]);
      }
    }
    // An import the statements above did not account for (a helper the transform added): take it whole.
    for (const other of info.importedIds) if (!matched.has(other) && !barrel) queue.push([other, '*']);
  }
  return new Set(wanted.keys());
}
