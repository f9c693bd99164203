/**
 * The Bilag library against the local service over HTTP: a punkt's paper stored under the meeting's
 * date and returned as a linked Bilag, a second file of the same name kept beside the first, a large
 * file through an upload session with progress, browsing the folders, and a closed punkt's paper
 * out of the reader's reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { openAs } from '../../tests/helpers/local-graph/web-sign-in';
import type { LocalGraph } from '../../local-graph/src/index';
import { createBilagLibrary, bilagPath, safeFileName } from './bilag-library';
import { createGraphClient } from './client';
import { drivePath } from './drive-upload';
import { GraphError } from './errors';

let graph: LocalGraph;
const paths: string[] = [];
const client = (token: string) =>
  createGraphClient({
    baseUrl: graph.url,
    tokens: { getAccessToken: async () => token },
    onRequest: (e) => paths.push(`${e.method} ${decodeURIComponent(e.path.replace(graph.url, ''))}`),
  });
const library = (token = 'punkt-dev-token') => createBilagLibrary(client(token), { siteId: 'punkt-demo' });
const open = { date: '2026-11-30', closed: false };
const closed = { date: '2026-11-30', closed: true };
const pdf = (bytes: Uint8Array, name = 'Notat.pdf') => ({ name, bytes, type: 'application/pdf' });
const download = (url: string) => openAs(url, 'Referent Demo');

beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-bilag-lib-');
});
afterAll(async () => {
  await graph.close();
});

describe('the Bilag library', () => {
  it("files a punkt's paper by year and meeting date, the closed ones apart, with a safe name", () => {
    expect(bilagPath(open, 'Notat.pdf')).toBe('Bilag/2026/2026-11-30/Notat.pdf');
    expect(bilagPath(closed, 'Sag.docx')).toBe('Bilag (lukket)/2026/2026-11-30/Sag.docx');
    expect(safeFileName('a:b?c*.pdf')).toBe('a_b_c_.pdf');
    expect(safeFileName(' .. ')).toBe('Bilag');
  });

  it('uploads a file and returns it as a Bilag linking to the same bytes', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 1, 2, 3]);
    const progress: number[] = [];
    const bilag = await library().upload(open, pdf(bytes), (sent) => progress.push(sent));
    expect(bilag.name).toBe('Notat.pdf');
    expect(await download(bilag.url!)).toEqual(bytes);
    expect(progress).toEqual([7]);
    expect(paths).toContain(
      'PUT /sites/punkt-demo/drive/root:/Bilag/2026/2026-11-30/Notat.pdf:/content?@microsoft.graph.conflictBehavior=rename',
    );
  });

  it('keeps an earlier paper of the same name: the new one gets a number', async () => {
    const first = await library().upload(open, pdf(new Uint8Array([1]), 'Samme.pdf'));
    const second = await library().upload(open, pdf(new Uint8Array([2]), 'Samme.pdf'));
    expect([first.name, second.name]).toEqual(['Samme.pdf', 'Samme 1.pdf']);
    expect(await download(first.url!)).toEqual(new Uint8Array([1]));
  });

  it('sends a file over 4 MB in an upload session, reporting progress per fragment', async () => {
    const bytes = new Uint8Array(4 * 1024 * 1024 + 5).map((_, i) => i % 251);
    const progress: number[] = [];
    const bilag = await library().upload(open, pdf(bytes, 'Stort bilag.pdf'), (sent) => progress.push(sent));
    // Byte by byte in one comparison: toEqual walks 4 million elements far too slowly.
    expect(Buffer.compare(await download(bilag.url!), bytes)).toBe(0);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(paths).toContain('POST /sites/punkt-demo/drive/root:/Bilag/2026/2026-11-30/Stort bilag.pdf:/createUploadSession');
  });

  it('browses the Bilag folder: years, then meeting dates, then their files; [] where nothing is', async () => {
    expect((await library().browse(false, [])).map((e) => [e.name, e.folder])).toEqual([['2026', true]]);
    expect((await library().browse(false, ['2026'])).map((e) => e.name)).toEqual(['2026-11-30']);
    const files = await library().browse(false, ['2026', '2026-11-30']);
    expect(files.map((e) => e.name)).toEqual(['Notat.pdf', 'Samme 1.pdf', 'Samme.pdf', 'Stort bilag.pdf']);
    expect(files[0]).toMatchObject({ folder: false, size: 7 });
    expect(await library().browse(false, ['1999'])).toEqual([]);
  });

  it("puts a closed punkt's paper where the reader cannot list or read it", async () => {
    const bilag = await library().upload(closed, pdf(new Uint8Array([9, 9]), 'Personsag.pdf'));
    expect(bilag.url).toBeTruthy();
    expect((await library('punkt-dev-token-notetaker').browse(true, ['2026', '2026-11-30'])).map((e) => e.name)).toEqual(['Personsag.pdf']);
    const reader = library('punkt-dev-token-reader');
    expect(await reader.browse(true, [])).toEqual([]);
    expect(await reader.browse(true, ['2026', '2026-11-30'])).toEqual([]);
    const item = client('punkt-dev-token-reader').get(drivePath('punkt-demo', 'Bilag (lukket)/2026/2026-11-30/Personsag.pdf'));
    await expect(item).rejects.toSatisfy((e) => e instanceof GraphError && e.status === 404);
    // The open papers stay readable to the reader.
    expect((await reader.browse(false, ['2026', '2026-11-30'])).length).toBe(4);
  });

  it('refuses the reader an upload (403)', async () => {
    const upload = library('punkt-dev-token-reader').upload(open, pdf(new Uint8Array([1]), 'Leder.pdf'));
    await expect(upload).rejects.toSatisfy((e) => e instanceof GraphError && e.status === 403);
  });
});
