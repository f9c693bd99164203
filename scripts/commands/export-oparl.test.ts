/**
 * `punkt export --format oparl` against the local service (issue #14, Open data): the output is valid
 * against the official OParl 1.1 Meeting schema (vendor/oparl-1.1) for every fixture; a linked Bilag
 * and the saved public referat come out as Files whose accessUrl the service serves; an unsaved
 * referat is no resultsProtocol at all.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalGraph } from '../../local-graph/src/index';
import type { LocalGraph } from '../../local-graph/src/index';
import { parseDocument } from '../../src/domain/parse';
import { createReferatLibrary } from '../../src/graph/referat-library';
import { openAs } from '../../tests/helpers/local-graph/web-sign-in';
import { oparlMeetingValidator } from '../../tests/helpers/oparl-schema';
import { graphClientFor } from '../graph-cli';
import { run as exportRun } from './export';
import { run as importRun } from './import';
import { run as provisionRun } from './provision';

const FIXTURE_DIR = new URL('../../tests/fixtures/referater/', import.meta.url).pathname;
const FIXTURES = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.txt'));
const validate = oparlMeetingValidator();
type Json = Record<string, unknown>;

let dir: string;
let graph: LocalGraph;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'punkt-oparl-'));
  graph = await startLocalGraph({ port: 0, dataDir: dir });
  await provisionRun(['--graph', graph.url, '--site', 'punkt-demo'], () => {});
});
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Imports a document, returns its meeting key (the command's last line). */
async function importText(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const lines: string[] = [];
  expect(await importRun([file, '--graph', graph.url, '--site', 'punkt-demo'], (l) => lines.push(l))).toBe(0);
  return lines.at(-1)!;
}

async function exportOparl(key: string): Promise<Json & { agendaItem: Json[] }> {
  let data = '';
  expect(await exportRun(['--graph', graph.url, '--meeting', key, '--format', 'oparl'], (d) => (data = String(d)))).toBe(0);
  return JSON.parse(data) as Json & { agendaItem: Json[] };
}

describe('punkt export --format oparl', () => {
  it.each(FIXTURES)('%s: imported and exported, it is valid against the official OParl 1.1 Meeting schema', async (name) => {
    const source = readFileSync(join(FIXTURE_DIR, name), 'utf8');
    const out = await exportOparl(await importText(name, source));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.agendaItem).toHaveLength(parseDocument(source).items.length);
    // Nothing saved to the library yet: no resultsProtocol, rather than a link that opens nothing.
    expect(out).not.toHaveProperty('resultsProtocol');
  });

  it('a linked Bilag and the saved public referat are Files whose accessUrl opens the file', async () => {
    const source = readFileSync(join(FIXTURE_DIR, 'chefforum-2021-09-02.txt'), 'utf8');
    const library = createReferatLibrary(graphClientFor(graph.url), { siteId: 'punkt-demo' });
    const meeting = parseDocument(source);
    const saved = await library.save(meeting, 'public', new Uint8Array([80, 75, 3, 4]));
    await library.save(meeting, 'internal', new Uint8Array([80, 75, 3, 4, 1]));
    const bilagUrl = saved.webUrl; // a file the service serves, standing in for the Bilag's own
    const linked = source.replace(
      '1. Notat_Oplæg Tættere kobling til CF_BF den 10. august 2021.docx',
      `1. Notat_Oplæg Tættere kobling til CF_BF den 10. august 2021.docx <${bilagUrl}>`,
    );
    expect(linked).not.toBe(source);
    const out = await exportOparl(await importText('linked.txt', linked));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    const protocol = out.resultsProtocol as Json;
    expect(protocol).toMatchObject({ type: 'https://schema.oparl.org/1.1/File', fileName: saved.name, accessUrl: saved.webUrl });
    const files = out.agendaItem.flatMap((a) => (a.auxiliaryFile as Json[] | undefined) ?? []);
    expect(files.map((f) => [f.fileName, f.accessUrl])).toEqual([
      ['1. Notat_Oplæg Tættere kobling til CF_BF den 10. august 2021.docx', bilagUrl],
    ]);
    for (const f of [protocol, ...files]) expect(await openAs(f.accessUrl as string)).toEqual(new Uint8Array([80, 75, 3, 4]));
  });
});
