import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { meetingToJson } from '../../src/domain/meeting-json';
import { parseDocument } from '../../src/domain/parse';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(root, 'tests/fixtures/referater/chefforum-2024-03-13.txt');
const tmp = mkdtempSync(join(tmpdir(), 'punkt-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const punkt = (...args: string[]) => {
  const r = spawnSync('npx', ['tsx', 'scripts/punkt.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
};
const write = (name: string, text: string): string => {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
};

describe('punkt parse', () => {
  it('prints the meeting JSON, two-space indented with a final newline, independent of the path', () => {
    const r = punkt('parse', fixture);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${JSON.stringify(meetingToJson(parseDocument(readFileSync(fixture, 'utf8'))), null, 2)}\n`);
    const copy = join(tmp, 'andet navn.txt');
    copyFileSync(fixture, copy);
    expect(punkt('parse', copy).stdout).toBe(r.stdout);
  });

  it('reports a malformed document as one line FILE:LINE: problem with exit code 2', () => {
    const file = write('bad.txt', 'REFERAT Chefforum d. 13-03-2024\nMødedato Onsdag d. 13. marts 2024 kl. 09:00\n\nPunkt 3: CF - Budget\nAnledning\n');
    const r = punkt('parse', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${file}:5: expected a case number (dd.dd.dd-Xdd-n-yy) after 'Punkt 3: CF - Budget', found 'Anledning'\n`);
  });

  it('reports a missing file with exit code 2', () => {
    const r = punkt('parse', join(tmp, 'findes-ikke.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('findes-ikke.txt');
  });
});

describe('punkt render', () => {
  it('prints the document from the JSON, which parses back to the same meeting', () => {
    const json = write('m.json', punkt('parse', fixture).stdout);
    const r = punkt('render', json);
    expect(r.code).toBe(0);
    expect(parseDocument(r.stdout)).toEqual(parseDocument(readFileSync(fixture, 'utf8')));
  });

  it('reports a JSON syntax error with its line', () => {
    const file = write('syntax.json', '{\n  "kind": "referat",\n  "forum": \n}\n');
    const r = punkt('render', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: not valid JSON: .+\\n$`));
  });

  it('reports a schema error with the line of the key and the JSON path', () => {
    const json = JSON.parse(punkt('parse', fixture).stdout) as { items: { caseNumber: string }[] };
    json.items[1]!.caseNumber = 'ikke et sagsnummer';
    const text = JSON.stringify(json, null, 2);
    const file = write('schema.json', text);
    const line = text.split('\n').findIndex((l) => l.includes('ikke et sagsnummer')) + 1;
    const r = punkt('render', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}:${line}: not a meeting: items[1].caseNumber: expected a case number dd.dd.dd-Xdd-n-yy\n`);
  });
});
