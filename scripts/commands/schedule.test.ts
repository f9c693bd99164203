import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures/referater', name);

/** Runs the real CLI the way other tools do, in a child process. */
function punkt(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/punkt.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const none = (number: number, at: string) => ({ number, start: at, end: at, source: 'none' });

describe('punkt schedule FILE', () => {
  it('prints the 2021-09-02 fixture: slots, punkter without time, the break before punkt 4', () => {
    const { code, stdout, stderr } = punkt('schedule', fixture('chefforum-2021-09-02.txt'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const slot = (number: number, start: string, end: string) => ({ number, start, end, source: 'slot' });
    const expected = {
      items: [
        slot(1, '08:30', '09:30'),
        none(2, '09:30'),
        slot(3, '09:30', '10:15'),
        slot(4, '10:25', '10:45'),
        slot(5, '10:45', '11:10'),
        slot(6, '11:10', '11:25'),
        slot(7, '11:25', '11:45'),
        slot(8, '11:45', '11:55'),
        none(9, '11:55'),
      ],
      gaps: [{ after: 3, before: 4, start: '10:15', end: '10:25', minutes: 10 }],
      overlaps: [],
      overrun: [],
    };
    // Exactly this text: pretty-printed with two spaces, one trailing newline.
    expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('prints every punkt of a meeting without times at the meeting start (2024-03-13, 2017-03-02)', () => {
    const recent = punkt('schedule', fixture('chefforum-2024-03-13.txt'));
    expect(recent.code).toBe(0);
    expect(JSON.parse(recent.stdout)).toEqual({
      items: Array.from({ length: 10 }, (_, i) => none(i + 1, '09:00')),
      gaps: [],
      overlaps: [],
      overrun: [],
    });
    const old = punkt('schedule', fixture('chefforum-2017-03-02.txt'));
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout).items).toEqual(Array.from({ length: 7 }, (_, i) => none(i + 1, '09:00')));
  });

  it('exits 2 with one line naming the file and line for a malformed document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'punkt-schedule-'));
    const file = join(dir, 'broken.txt');
    writeFileSync(file, 'Dette er ikke et referat\n');
    const { code, stdout, stderr } = punkt('schedule', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: .+\\n$`));
  });

  it('exits 2 with one line for a missing file or missing argument', () => {
    const missing = punkt('schedule', join(root, 'no-such-file.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const usage = punkt('schedule');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage');
  });
});
