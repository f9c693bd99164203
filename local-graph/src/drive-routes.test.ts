/**
 * The document library over HTTP, as strictly as Graph answers: uploads by path (simple and
 * resumable), replacing with versions, the restricted folder hidden from a reader, and the errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import type { LocalGraph } from './index';
import { RESTRICTED_BILAG_FOLDER, RESTRICTED_FOLDER } from './drive-model';

let graph: LocalGraph;
beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-drive-');
});
afterAll(async () => {
  await graph.close();
});

const SECRETARY = { authorization: 'Bearer punkt-dev-token' };
const READER = { authorization: 'Bearer punkt-dev-token-reader' };
const BINARY = { 'content-type': 'application/octet-stream' };
const drive = () => `${graph.url}/sites/punkt-demo/drive`;
const at = (path: string) => `${drive()}/root:/${path.split('/').map(encodeURIComponent).join('/')}:`;

async function put(path: string, bytes: Uint8Array, query = '', headers: Record<string, string> = SECRETARY) {
  return fetch(`${at(path)}/content${query}`, { method: 'PUT', headers: { ...headers, ...BINARY }, body: bytes });
}

const code = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('the site drive', () => {
  it('stores a file by path, creating its folders, and serves the same bytes from its download link', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
    const created = await put('Referater/2026/Referat Chefforum 2026-11-30 (offentlig).docx', bytes);
    expect(created.status).toBe(201);
    const item = (await created.json()) as Record<string, unknown>;
    expect(item.name).toBe('Referat Chefforum 2026-11-30 (offentlig).docx');
    expect(item.size).toBe(bytes.length);
    expect(item.file).toEqual({ mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(item.parentReference).toMatchObject({ path: '/drive/root:/Referater/2026' });
    const download = await fetch(item['@microsoft.graph.downloadUrl'] as string);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    const folder = await fetch(`${at('Referater/2026')}/children`, { headers: SECRETARY });
    expect(((await folder.json()) as { value: { name: string }[] }).value.map((v) => v.name)).toEqual([item.name]);
  });

  it('replaces the same file on a second save and keeps the earlier one as a version', async () => {
    const path = 'Referater/2025/Referat x.docx';
    const first = (await (await put(path, new Uint8Array([1]))).json()) as { id: string };
    const again = await put(path, new Uint8Array([2, 2]), '?@microsoft.graph.conflictBehavior=replace');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(first.id);
    const versions = await fetch(`${drive()}/items/${first.id}/versions`, { headers: SECRETARY });
    expect(((await versions.json()) as { value: { id: string; size: number }[] }).value).toEqual([
      expect.objectContaining({ id: '2.0', size: 2 }),
      expect.objectContaining({ id: '1.0', size: 1 }),
    ]);
    const refused = await put(path, new Uint8Array([3]), '?@microsoft.graph.conflictBehavior=fail');
    expect([refused.status, await code(refused)]).toEqual([409, 'nameAlreadyExists']);
  });

  it('answers 404 itemNotFound for an unknown path and 400 for a bad name or conflict behaviour', async () => {
    const missing = await fetch(at('Referater/1999/nope.docx'), { headers: SECRETARY });
    expect([missing.status, await code(missing)]).toEqual([404, 'itemNotFound']);
    const badName = await put('Referater/a<b.docx', new Uint8Array([1]));
    expect(badName.status).toBe(400);
    const badBehaviour = await put('Referater/ok.docx', new Uint8Array([1]), '?@microsoft.graph.conflictBehavior=merge');
    expect(badBehaviour.status).toBe(400);
  });

  it('hides the restricted folder from a reader (404) and refuses the reader any upload (403)', async () => {
    const path = `${RESTRICTED_FOLDER}/2026/Referat (intern).docx`;
    expect((await put(path, new Uint8Array([9]))).status).toBe(201);
    const read = await fetch(at(path), { headers: READER });
    expect([read.status, await code(read)]).toEqual([404, 'itemNotFound']);
    const root = await fetch(`${drive()}/root/children`, { headers: READER });
    expect(((await root.json()) as { value: { name: string }[] }).value.map((v) => v.name)).not.toContain(RESTRICTED_FOLDER);
    const secretaryRoot = await fetch(`${drive()}/root/children`, { headers: SECRETARY });
    expect(((await secretaryRoot.json()) as { value: { name: string }[] }).value.map((v) => v.name)).toContain(RESTRICTED_FOLDER);
    expect((await put('Referater/reader.docx', new Uint8Array([1]), '', READER)).status).toBe(403);
  });

  it("hides the closed punkter's papers from a reader by path, by id and in the root's children (404)", async () => {
    const path = `${RESTRICTED_BILAG_FOLDER}/2026/2026-11-30/Personsag.pdf`;
    const created = await put(path, new Uint8Array([7]));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (const url of [at(path), `${drive()}/items/${id}`, `${drive()}/items/${id}/content`]) {
      const read = await fetch(url, { headers: READER, redirect: 'manual' });
      expect([read.status, await code(read)]).toEqual([404, 'itemNotFound']);
    }
    const root = await fetch(`${drive()}/root/children`, { headers: READER });
    expect(((await root.json()) as { value: { name: string }[] }).value.map((v) => v.name)).not.toContain(RESTRICTED_BILAG_FOLDER);
    expect((await fetch(at(path), { headers: SECRETARY })).status).toBe(200);
  });
});

describe('upload sessions', () => {
  async function session(path: string): Promise<string> {
    const response = await fetch(`${at(path)}/createUploadSession`, {
      method: 'POST',
      headers: { ...SECRETARY, 'content-type': 'application/json' },
      body: JSON.stringify({ item: { '@microsoft.graph.conflictBehavior': 'replace' } }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { uploadUrl: string; nextExpectedRanges: string[] };
    expect(body.nextExpectedRanges).toEqual(['0-']);
    return body.uploadUrl;
  }
  const fragment = (url: string, bytes: Uint8Array, range: string | null, extra: Record<string, string> = {}) =>
    fetch(url, { method: 'PUT', headers: { ...BINARY, ...(range === null ? {} : { 'content-range': range }), ...extra }, body: bytes });

  it('takes the file in ranged PUTs without a token and answers 202, then 201 with the item', async () => {
    const url = await session('Referater/2026/big.docx');
    const bytes = new Uint8Array(10).map((_, i) => i * 7);
    const first = await fragment(url, bytes.slice(0, 6), 'bytes 0-5/10');
    expect(first.status).toBe(202);
    expect(((await first.json()) as { nextExpectedRanges: string[] }).nextExpectedRanges).toEqual(['6-']);
    const last = await fragment(url, bytes.slice(6), 'bytes 6-9/10');
    expect(last.status).toBe(201);
    const item = (await last.json()) as { '@microsoft.graph.downloadUrl': string; size: number };
    expect(item.size).toBe(10);
    expect(new Uint8Array(await (await fetch(item['@microsoft.graph.downloadUrl'])).arrayBuffer())).toEqual(bytes);
  });

  it('refuses a missing Content-Range (400), a gap (416), a wrong length (400) and a token (401)', async () => {
    const url = await session('Referater/2026/strict.docx');
    const bytes = new Uint8Array([1, 2, 3, 4]);
    expect((await fragment(url, bytes, null)).status).toBe(400);
    const gap = await fragment(url, bytes.slice(2), 'bytes 2-3/4');
    expect([gap.status, await code(gap)]).toEqual([416, 'invalidRange']);
    expect((await fragment(url, bytes.slice(0, 1), 'bytes 0-1/4')).status).toBe(400);
    expect((await fragment(url, bytes, 'bytes 0-3/4', SECRETARY)).status).toBe(401);
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(204);
    expect((await fragment(url, bytes, 'bytes 0-3/4')).status).toBe(404);
  });
});
