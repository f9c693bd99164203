/**
 * The referat library against the local service over HTTP: file names and folders, replacing with
 * versions, upload sessions for large files, and the internal version hidden from a reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { openAs } from '../../tests/helpers/local-graph/web-sign-in';
import type { LocalGraph } from '../../local-graph/src/index';
import { isoDate } from '../domain/brands';
import { createGraphClient } from './client';
import type { GraphClient } from './client';
import { GraphError } from './errors';
import { createReferatLibrary, referatPath } from './referat-library';

let graph: LocalGraph;
const paths: string[] = [];
const client = (token: string): GraphClient =>
  createGraphClient({
    baseUrl: graph.url,
    tokens: { getAccessToken: async () => token },
    onRequest: (e) => paths.push(`${e.method} ${decodeURIComponent(e.path.replace(graph.url, ''))}`),
  });
const meeting = { forum: 'Chefforum', date: isoDate('2026-11-30') };

beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-referat-lib-');
});
afterAll(async () => {
  await graph.close();
});

const download = (url: string) => openAs(url, 'Referent Demo');

describe('the referat library', () => {
  it('names the files by forum, date and version in a folder per year', () => {
    expect(referatPath(meeting, 'public')).toBe('Referater/2026/Referat Chefforum 2026-11-30 (offentlig).docx');
    expect(referatPath(meeting, 'internal')).toBe('Referater (lukket)/2026/Referat Chefforum 2026-11-30 (intern).docx');
  });

  it('uploads both versions with a simple PUT, replaces them on a second save and lists them with links', async () => {
    const library = createReferatLibrary(client('punkt-dev-token-notetaker'), { siteId: 'punkt-demo' });
    paths.length = 0;
    await library.save(meeting, 'public', new Uint8Array([1, 2, 3]));
    expect(paths).toEqual([
      'PUT /sites/punkt-demo/drive/root:/Referater/2026/Referat Chefforum 2026-11-30 (offentlig).docx:/content?@microsoft.graph.conflictBehavior=replace',
    ]);
    await library.save(meeting, 'internal', new Uint8Array([4]));
    const saved = await library.save(meeting, 'public', new Uint8Array([5, 6]));
    expect(saved).toMatchObject({ version: 'public', name: 'Referat Chefforum 2026-11-30 (offentlig).docx', size: 2 });
    expect(await download(saved.webUrl)).toEqual(new Uint8Array([5, 6]));
    const files = await library.list(meeting);
    expect(files.map((f) => [f.version, f.size])).toEqual([
      ['public', 2],
      ['internal', 1],
    ]);
  });

  it('sends a file over 4 MB through an upload session in ranged PUTs without the token', async () => {
    const library = createReferatLibrary(client('punkt-dev-token-notetaker'), { siteId: 'punkt-demo' });
    const big = new Uint8Array(5 * 1024 * 1024).map((_, i) => i % 251);
    paths.length = 0;
    const saved = await library.save({ forum: 'Chefforum', date: isoDate('2027-01-05') }, 'public', big);
    expect(paths[0]).toMatch(/^POST .*:\/createUploadSession$/);
    expect(paths.filter((p) => p.includes('/_punkt/upload/'))).toHaveLength(2);
    expect(saved.size).toBe(big.length);
    // Byte by byte in one comparison: toEqual walks 5 million elements far too slowly.
    expect(Buffer.compare(await download(saved.webUrl), big)).toBe(0);
  });

  it('lists only the public version for a reader, who may not save', async () => {
    const reader = createReferatLibrary(client('punkt-dev-token-reader'), { siteId: 'punkt-demo' });
    expect((await reader.list(meeting)).map((f) => f.version)).toEqual(['public']);
    await expect(reader.save(meeting, 'public', new Uint8Array([1]))).rejects.toSatisfy((e) => e instanceof GraphError && e.status === 403);
    expect(await reader.list({ forum: 'Chefforum', date: isoDate('2020-01-01') })).toEqual([]);
  });
});
