import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGraph } from './import-graph';

// Issue #12, point 7: every role's view is a literal import() in src/app/role-chunks.ts (which roles.tsx uses), so the type
// checker fails the build on a wrong path and tools (the import graph, bundle analysis, "go to
// definition") can follow the app into each feature. import.meta.glob hid notes and prepare.
describe('entry points tools can follow', () => {
  it('src/app/role-chunks.ts imports every feature folder’s view by its path', () => {
    const features = readdirSync('src/features', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `features/${entry.name}/index.tsx`);
    expect(features.length).toBeGreaterThanOrEqual(3);
    expect(importGraph('src').get('app/role-chunks.ts')).toEqual(expect.arrayContaining(features));
  });
});
