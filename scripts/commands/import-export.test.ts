/**
 * `punkt import` and `punkt export` against the local service (issue #14, Tests): every fixture
 * imported and exported as text parses back equal to the fixture's own parse; importing twice
 * changes nothing; the other formats come out of the same meeting.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalGraph } from '../../local-graph/src/index';
import type { LocalGraph } from '../../local-graph/src/index';
import { parseMeetingKey } from '../../src/domain/meeting-identity';
import { parseDocument } from '../../src/domain/parse';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import { docxPart, docxText } from '../../tests/helpers/documents/docx-text';
import { graphClientFor } from '../graph-cli';
import { run as exportRun } from './export';
import { run as importRun } from './import';
import { run as provisionRun } from './provision';

const FIXTURES = ['chefforum-2017-03-02.txt', 'chefforum-2021-09-02.txt', 'chefforum-2024-03-13.txt'];
const fixturePath = (name: string) => new URL(`../../tests/fixtures/referater/${name}`, import.meta.url).pathname;

let dir: string;
let graph: LocalGraph;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'punkt-import-'));
  graph = await startLocalGraph({ port: 0, dataDir: dir });
  await provisionRun(['--graph', graph.url, '--site', 'punkt-demo'], () => {});
});
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importFile(
  file: string,
  args = ['--graph', graph.url, '--site', 'punkt-demo'],
): Promise<{ code: number; lines: string[]; stderr: string }> {
  const lines: string[] = [];
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await importRun([file, ...args], (l) => lines.push(l));
    return { code, lines, stderr: stderr.mock.calls.map((c) => String(c[0])).join('') };
  } finally {
    stderr.mockRestore();
  }
}

async function exportAs(
  key: string,
  format: string,
  extra: string[] = [],
): Promise<{ code: number; data: string | Uint8Array; stderr: string }> {
  let data: string | Uint8Array = '';
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await exportRun(['--graph', graph.url, '--meeting', key, '--format', format, ...extra], (d) => {
      data = d;
    });
    return { code, data, stderr: stderr.mock.calls.map((c) => String(c[0])).join('') };
  } finally {
    stderr.mockRestore();
  }
}

async function eventCount(): Promise<number> {
  const response = await fetch(`${graph.url}/me/events?$select=id`, { headers: { authorization: 'Bearer punkt-dev-token' } });
  return ((await response.json()) as { value: unknown[] }).value.length;
}

describe('punkt import, then punkt export', () => {
  it.each(FIXTURES)('%s: imported and exported as text, it parses back equal to the fixture’s own parse', async (name) => {
    const imported = await importFile(fixturePath(name));
    expect(imported.code, imported.stderr).toBe(0);
    const key = imported.lines.at(-1)!;
    expect(key).toMatch(/\|\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
    const exported = await exportAs(key, 'text', ['--internal']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(parseDocument(exported.data as string)).toEqual(parseDocument(readFileSync(fixturePath(name), 'utf8')));
  });

  it('importing the same document twice changes nothing: the same key, event and rows', async () => {
    const file = fixturePath('chefforum-2024-03-13.txt');
    const first = await importFile(file);
    const key = first.lines.at(-1)!;
    const agendas = createAgendaRepository(graphClientFor(graph.url), { siteId: 'punkt-demo' });
    const before = await agendas.loadAgenda(parseMeetingKey(key)!);
    const eventsBefore = await eventCount();
    const second = await importFile(file);
    expect(second.code).toBe(0);
    expect(second.lines[0]).toMatch(/^found the calendar event/);
    expect(second.lines.at(-1)).toBe(key);
    expect(await eventCount()).toBe(eventsBefore);
    const after = await agendas.loadAgenda(parseMeetingKey(key)!);
    expect(after!.etag).toBe(before!.etag);
    expect(after!.items.map((i) => i.etag)).toEqual(before!.items.map((i) => i.etag));
  });

  it('importing a changed document updates the meeting in place (a corrected decision)', async () => {
    const source = readFileSync(fixturePath('chefforum-2021-09-02.txt'), 'utf8');
    const key = (await importFile(fixturePath('chefforum-2021-09-02.txt'))).lines.at(-1)!;
    const changedFile = join(dir, 'changed.txt');
    writeFileSync(
      changedFile,
      source.replace('Dagsorden og referat blev godkendt.', 'Dagsorden og referat blev godkendt med en rettelse.'),
    );
    const again = await importFile(changedFile);
    expect(again.lines.at(-1)).toBe(key);
    const text = (await exportAs(key, 'text', ['--internal'])).data as string;
    expect(text).toContain('Dagsorden og referat blev godkendt med en rettelse.');
    expect(parseDocument(text)).toEqual(parseDocument(readFileSync(changedFile, 'utf8')));
  });

  it('exports the Word document, the print page and OParl of an imported meeting', async () => {
    const key = (await importFile(fixturePath('chefforum-2021-09-02.txt'))).lines.at(-1)!;
    const docx = await exportAs(key, 'docx');
    expect(docxText(docxPart(docx.data as Uint8Array, 'word/document.xml'))).toContain('Punkt 1: CF - Byudvikling');
    expect((await exportAs(key, 'html')).data).toMatch(/^<!doctype html>/);
    const oparl = JSON.parse((await exportAs(key, 'oparl')).data as string) as { type: string; agendaItem: unknown[] };
    expect(oparl.type).toBe('https://schema.oparl.org/1.1/Meeting');
    expect(oparl.agendaItem).toHaveLength(9);
  });

  it('writes to --out instead of stdout', async () => {
    const key = (await importFile(fixturePath('chefforum-2017-03-02.txt'))).lines.at(-1)!;
    const out = join(dir, 'referat.txt');
    const result = await exportAs(key, 'text', ['--out', out]);
    expect(result).toMatchObject({ code: 0, data: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^REFERAT Chefforum d. 02-03-2017\n/);
  });
});

describe('errors: one line, exit code 2', () => {
  it('a document that does not parse: FILE:LINE: problem', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'REFERAT Chefforum d. 13-03-2024\n\nnot a date line\n');
    const result = await importFile(bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: .+\\n$`));
  });

  it('a missing --site, an unknown format, a meeting without an agenda', async () => {
    const noSite = await importFile(fixturePath(FIXTURES[0]!), ['--graph', graph.url]);
    expect(noSite.code).toBe(2);
    expect(noSite.stderr).toMatch(/^import: --site is required/);
    expect((await exportAs('x|2024-03-13T08:00:00Z', 'pdf')).code).toBe(2);
    const none = await exportAs('nothing-here|2024-03-13T08:00:00Z', 'text');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no agenda for this meeting/);
  });
});
