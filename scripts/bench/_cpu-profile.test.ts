import { describe, expect, it } from 'vitest';
import { addInto, cpuByModule, moduleName, type CpuProfile } from './_cpu-profile';

const ROOT = '/repo';

const frame = (id: number, url: string, functionName = 'f', lineNumber = 0) => ({
  id,
  callFrame: { functionName, url, lineNumber, columnNumber: 0 },
});

describe('moduleName', () => {
  it('names a file in node_modules by its package, scoped or not', () => {
    expect(moduleName('/repo/node_modules/react-dom/cjs/react-dom-client.production.js', ROOT)).toBe('react-dom');
    expect(moduleName('../../node_modules/@griffel/core/src/makeStyles.esm.js', ROOT)).toBe('@griffel/core');
    // A package inside another's node_modules is the inner one.
    expect(moduleName('/repo/node_modules/a/node_modules/@x/y/index.js', ROOT)).toBe('@x/y');
  });

  it("names the project's own files by their path in the repository", () => {
    expect(moduleName('/repo/src/domain/clock.ts', ROOT)).toBe('src/domain/clock.ts');
    expect(moduleName('src/ui/format.ts', ROOT)).toBe('src/ui/format.ts');
  });
});

describe('cpuByModule', () => {
  const profile: CpuProfile = {
    nodes: [
      frame(1, '', '(program)', -1),
      frame(2, 'http://h/assets/boot.js', 'a', 1),
      frame(3, 'http://h/assets/boot.js', 'b', 2),
      frame(4, '', '(idle)', -1),
      frame(5, 'http://h/other.js', 'c', 3),
    ],
    samples: [2, 3, 1, 4, 5, 2],
    timeDeltas: [0, 100, 200, 300, 400, 500],
  };
  const locate = (url: string, line: number) =>
    url.endsWith('/boot.js') ? (line === 1 ? '/repo/src/domain/clock.ts' : '/repo/node_modules/zod/v4/core.js') : null;

  it('gives each sample the time until the next one, under the module the sourcemap names', () => {
    const totals = cpuByModule(profile, locate, ROOT);
    expect(Object.fromEntries(totals)).toEqual({
      'src/domain/clock.ts': 100,
      zod: 200,
      '(program)': 300,
      // Not mapped: the script's file name. The last sample has no next one and counts nothing.
      'other.js': 500,
    });
  });

  it('leaves idle time out', () => {
    expect(cpuByModule(profile, locate, ROOT).has('(idle)')).toBe(false);
  });

  it('adds opens together', () => {
    const sum = new Map<string, number>();
    addInto(sum, cpuByModule(profile, locate, ROOT));
    addInto(sum, cpuByModule(profile, locate, ROOT));
    expect(sum.get('zod')).toBe(400);
  });
});
