import { describe, expect, it } from 'vitest';
import { edgesOf, firstOpenModules, type ModuleGraph } from './boot-chunk';

/** A module graph from code per id; importedIds are the ids the specifiers name. */
function graphOf(modules: Record<string, { code: string; imports: string[] }>): ModuleGraph {
  return {
    getModuleInfo: (id) => (modules[id] ? { code: modules[id].code, importedIds: modules[id].imports } : null),
  };
}

const UI = '/app/node_modules/ui/lib/index.js';
const BUTTON = '/app/node_modules/ui-button/lib/index.js';
const DIALOG = '/app/node_modules/ui-dialog/lib/index.js';
const FOCUS = '/app/node_modules/ui-focus/lib/index.js';
const FOCUS_CORE = '/app/node_modules/focus-core/index.js';

const modules = {
  '/app/src/agenda.tsx': {
    code: `import { Button as B } from 'ui';\nimport { formatSlot } from './time';`,
    imports: [UI, '/app/src/time.ts'],
  },
  '/app/src/time.ts': { code: `export const formatSlot = () => '';`, imports: [] },
  '/app/src/prepare.tsx': { code: `import { Dialog, Button } from "ui";`, imports: [UI] },
  // A barrel re-exporting several packages, one of them with an import and a local export list.
  [UI]: {
    code: `/** docs */\nexport { Button, buttonClassNames } from "ui-button";\nexport { Dialog } from "ui-dialog";\nexport { useFocus } from "ui-focus";`,
    imports: [BUTTON, DIALOG, FOCUS],
  },
  [BUTTON]: { code: `import { useFocus } from "ui-focus";\nexport const Button = () => useFocus();`, imports: [FOCUS] },
  [DIALOG]: { code: `export const Dialog = 1;`, imports: [] },
  [FOCUS]: { code: `import { focusCore as core } from "focus-core";\nexport { core as useFocus };`, imports: [FOCUS_CORE] },
  [FOCUS_CORE]: { code: `export const focusCore = 1;`, imports: [] },
};

describe('the modules the first open runs (the boot chunk)', () => {
  it('follows a barrel only along the names taken from it, so another view’s components stay out', () => {
    const boot = firstOpenModules(graphOf(modules), ['/app/src/agenda.tsx']);
    expect([...boot].sort()).toEqual(['/app/src/agenda.tsx', '/app/src/time.ts', BUTTON, FOCUS, FOCUS_CORE, UI].sort());
    expect(boot.has(DIALOG)).toBe(false);
  });

  it('takes what every root needs', () => {
    const boot = firstOpenModules(graphOf(modules), ['/app/src/agenda.tsx', '/app/src/prepare.tsx']);
    expect(boot.has(DIALOG)).toBe(true);
  });

  it('reads minified statements, default and namespace imports and export *', () => {
    expect(edgesOf(`import{a as b,c}from"x";import d from'y';import*as e from"z";export*from"w";import"s"`)).toEqual([
      {
        specifier: 'x',
        names: new Map([
          ['a', 'b'],
          ['c', 'c'],
        ]),
        reexport: false,
      },
      { specifier: 'y', names: new Map([['default', 'default']]), reexport: false },
      { specifier: 'z', names: '*', reexport: false },
      { specifier: 'w', names: 'pass', reexport: true },
      { specifier: 's', names: new Map(), reexport: false },
    ]);
  });
});
