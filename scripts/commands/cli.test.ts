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
/** The fixture as `punkt parse` prints it, made in process (each spawn costs seconds). */
const fixtureJson = (): string => `${JSON.stringify(meetingToJson(parseDocument(readFileSync(fixture, 'utf8'))), null, 2)}\n`;
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
    const file = write(
      'bad.txt',
      'REFERAT Chefforum d. 13-03-2024\nMødedato Onsdag d. 13. marts 2024 kl. 09:00\n\nPunkt 3: CF - Budget\nAnledning\n',
    );
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

describe('punkt render: closed punkter (issue #9, point 4)', () => {
  // Punkt 2 is closed and holds content: only --internal may print it.
  const closedJson = (): string => {
    const json = JSON.parse(fixtureJson()) as { items: Record<string, unknown>[] };
    Object.assign(json.items[1]!, {
      closed: true,
      prefix: null,
      title: 'Lukket',
      sections: [{ heading: 'Sagsfremstilling', text: 'Fortrolig personsag.' }],
      decision: 'Hemmelig beslutning.',
    });
    return write('closed.json', JSON.stringify(json, null, 2));
  };

  it('prints a closed punkt as number, Lukket and case number only by default', () => {
    const r = punkt('render', closedJson());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n\nPunkt 2: Lukket\n\n\d{2}\.\d{2}\.\d{2}-[A-Z]\d{2}-\d+-\d{2}\n\nPunkt 3: /);
    expect(r.stdout).not.toContain('Fortrolig');
    expect(r.stdout).not.toContain('Hemmelig');
  });

  it('prints the closed content with --internal, before or after the file name', () => {
    const file = closedJson();
    const r = punkt('render', '--internal', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sagsfremstilling\n\nFortrolig personsag.');
    expect(r.stdout).toContain('Beslutning\n\nHemmelig beslutning.');
    expect(punkt('render', file, '--internal').stdout).toBe(r.stdout);
    expect(punkt('render', '--intern', file)).toMatchObject({ code: 2, stderr: 'usage: punkt render [--internal] FILE.json\n' });
  });
});

describe('punkt render refuses what punkt parse would reject (issue #9, point 11)', () => {
  const edited = (name: string, edit: (json: { date: string; items: { title: string }[] }) => void) => {
    const json = JSON.parse(fixtureJson()) as { date: string; items: { title: string }[] };
    edit(json);
    const text = JSON.stringify(json, null, 2);
    return { file: write(name, text), lines: text.split('\n') };
  };

  it('a date not in the calendar: exit 2, FILE:LINE of the date', () => {
    const { file, lines } = edited('feb30.json', (j) => (j.date = '2024-02-30'));
    const r = punkt('render', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const line = lines.findIndex((l) => l.includes('"date": "2024-02-30"')) + 1;
    expect(r.stderr).toBe(`${file}:${line}: cannot render: date: 2024-02-30 is not a date in the calendar\n`);
  });

  it('a line break in a title that would inject a Punkt 99 heading: exit 2, FILE:LINE of the title', () => {
    const { file, lines } = edited('inject.json', (j) => (j.items[1]!.title = 'Budget\nPunkt 99: Falsk punkt'));
    const r = punkt('render', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const line = lines.findIndex((l) => l.includes('Punkt 99')) + 1;
    expect(r.stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: cannot render: items\\[1\\]\\.title: [^\\n]+\\n$`),
    );
  });
});

describe('punkt parse and schedule: the text encoding (issue #9, point 11)', () => {
  const cp1252 = (name: string): string => {
    const file = join(tmp, name);
    // The fixture as Windows-1252 would store it: æ, ø, å, – each one byte.
    const text = readFileSync(fixture, 'utf8');
    const bytes = Buffer.from(
      [...text].map((c) => ({ '–': 0x96, '’': 0x92, '“': 0x93, '”': 0x94 })[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)),
    );
    writeFileSync(file, bytes);
    return file;
  };

  it.each(['parse', 'schedule'])('%s refuses a Windows-1252 file with exit 2 and names the encoding', (command) => {
    const file = cp1252(`cp1252-${command}.txt`);
    const r = punkt(command, file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${file}: not UTF-8 (looks like Windows-1252); save it as UTF-8\n`);
  });

  it('refuses a file that is not text in any encoding it knows, still as one line', () => {
    const file = join(tmp, 'binary.txt');
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x80, 0x81]));
    const r = punkt('parse', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not UTF-8[^\\n]*; save it as UTF-8\\n$`));
  });

  it('accepts UTF-8 with a byte order mark', () => {
    const file = join(tmp, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture)]));
    const r = punkt('parse', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fixtureJson());
  });
});
