import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph';

// Issue #12, point 2: the import graph of src/ is a DAG, so every file can be read (and moved)
// after the files it depends on. A cycle is named file by file so it can be cut where it belongs.
describe('import cycles', () => {
  it('src/ has none (static, type-only and dynamic imports all count)', () => {
    const cycles = importCycles(importGraph('src')).map((cycle) => cycle.join(' → '));
    expect(cycles).toEqual([]);
  });

  describe('the scanner', () => {
    const root = mkdtempSync(join(tmpdir(), 'punkt-cycles-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (files: Record<string, string>): string => {
      const dir = mkdtempSync(join(root, 'case-'));
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      return dir;
    };

    it('finds a cycle through import type, export from, import() and an index file', () => {
      const dir = write({
        'a.ts': "import type { B } from './b';\nexport type A = B;\n",
        'b.ts': "export { c } from './lib';\nexport type B = string;\n",
        'lib/index.ts': "export const c = () => import('../d');\n",
        'd.tsx': "import { x } from './a.ts';\nexport const y: import('./a').A = x;\n",
      });
      expect(importCycles(importGraph(dir))).toEqual([['a.ts', 'b.ts', 'lib/index.ts', 'd.tsx', 'a.ts']]);
    });

    it('ignores packages, comments, strings and non-literal import()', () => {
      const dir = write({
        'a.ts':
          "import React from 'react';\n// import { b } from './b';\nexport const s = \"import './b'\";\nexport const l = (p: string) => import(p);\n",
        'b.ts': "import { s } from './a';\nexport const b = s;\n",
      });
      expect(importGraph(dir).get('a.ts')).toEqual([]);
      expect(importCycles(importGraph(dir))).toEqual([]);
    });

    it('names each tangle once, by its shortest loop, and a file that imports itself', () => {
      const dir = write({
        'a.ts': "import './b';\nimport './c';\n",
        'b.ts': "import './a';\n",
        'c.ts': "import './b';\n",
        'self.ts': "export * from './self';\n",
      });
      expect(importCycles(importGraph(dir))).toEqual([
        ['a.ts', 'b.ts', 'a.ts'],
        ['self.ts', 'self.ts'],
      ]);
    });
  });
});
