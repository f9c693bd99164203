/**
 * Moving a driveItem over HTTP as Graph does (https://learn.microsoft.com/graph/api/driveitem-move):
 * by parentReference id or path, with a new name, the conflict behaviors, 404 for what is not
 * there, the versions kept, and a file moved into the restricted folder gone from the reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { webSession } from '../../tests/helpers/local-graph/web-sign-in';
import type { LocalGraph } from './index';

let graph: LocalGraph;
beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-drive-move-', { seed: false });
});
afterAll(async () => {
  await graph.close();
});

const SECRETARY = { authorization: 'Bearer punkt-dev-token' };
const READER = { authorization: 'Bearer punkt-dev-token-reader' };
const JSON_TYPE = { 'content-type': 'application/json' };
const drive = () => `${graph.url}/sites/punkt-demo/drive`;
const at = (path: string) => `${drive()}/root:/${path.split('/').map(encodeURIComponent).join('/')}:`;
interface Item {
  id: string;
  name: string;
  webUrl: string;
  parentReference: { id: string; path: string };
}

async function put(path: string, bytes: number[], query = ''): Promise<Item> {
  const response = await fetch(`${at(path)}/content${query}`, {
    method: 'PUT',
    headers: { ...SECRETARY, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  return (await response.json()) as Item;
}
const patch = (id: string, body: unknown, query = '', headers: Record<string, string> = SECRETARY) =>
  fetch(`${drive()}/items/${id}${query}`, { method: 'PATCH', headers: { ...headers, ...JSON_TYPE }, body: JSON.stringify(body) });
const code = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('moving a driveItem', () => {
  it('moves a file by parentReference path, keeping its id and versions, and gives it a new link', async () => {
    const first = await put('A/Notat.pdf', [1]);
    await put('A/Notat.pdf', [2, 2], '?@microsoft.graph.conflictBehavior=replace');
    await put('B/keep.txt', [0]);
    const response = await patch(first.id, { parentReference: { path: '/drive/root:/B' } });
    expect(response.status).toBe(200);
    const moved = (await response.json()) as Item;
    expect(moved).toMatchObject({ id: first.id, name: 'Notat.pdf', parentReference: { path: '/drive/root:/B' } });
    expect(moved.webUrl).not.toBe(first.webUrl);
    const session = webSession('Sekretær Demo');
    expect((await session.open(first.webUrl)).status).toBe(404);
    expect(new Uint8Array(await (await session.open(moved.webUrl)).arrayBuffer())).toEqual(new Uint8Array([2, 2]));
    expect((await fetch(at('A/Notat.pdf'), { headers: SECRETARY })).status).toBe(404);
    const versions = await fetch(`${drive()}/items/${first.id}/versions`, { headers: SECRETARY });
    expect(((await versions.json()) as { value: unknown[] }).value).toHaveLength(2);
  });

  it('moves by parentReference id and renames in the same request', async () => {
    const file = await put('C/x.txt', [1]);
    const folder = (await (await fetch(at('B'), { headers: SECRETARY })).json()) as Item;
    const response = await patch(file.id, { parentReference: { id: folder.id }, name: 'y.txt' });
    expect(await response.json()).toMatchObject({ id: file.id, name: 'y.txt', parentReference: { id: folder.id } });
  });

  it('answers 409 nameAlreadyExists by default, renames or replaces when asked', async () => {
    const one = await put('D/same.txt', [1]);
    const two = await put('E/same.txt', [2]);
    const fail = await patch(two.id, { parentReference: { path: '/drive/root:/D' } });
    expect([fail.status, await code(fail)]).toEqual([409, 'nameAlreadyExists']);
    const renamed = await patch(two.id, { parentReference: { path: '/drive/root:/D' } }, '?@microsoft.graph.conflictBehavior=rename');
    expect(((await renamed.json()) as Item).name).toBe('same 1.txt');
    const three = await put('E/same.txt', [3]);
    const replaced = await patch(three.id, { parentReference: { path: '/drive/root:/D' } }, '?@microsoft.graph.conflictBehavior=replace');
    expect(replaced.status).toBe(200);
    expect((await fetch(`${drive()}/items/${one.id}`, { headers: SECRETARY })).status).toBe(404);
  });

  it('answers 404 itemNotFound for a missing item or destination, and 403 to the reader', async () => {
    const file = await put('F/z.txt', [1]);
    const noItem = await patch('nope', { name: 'a.txt' });
    expect([noItem.status, await code(noItem)]).toEqual([404, 'itemNotFound']);
    const noFolder = await patch(file.id, { parentReference: { path: '/drive/root:/Nowhere' } });
    expect([noFolder.status, await code(noFolder)]).toEqual([404, 'itemNotFound']);
    expect((await patch(file.id, { name: 'r.txt' }, '', READER)).status).toBe(403);
  });

  it('creates a folder with POST children, 409 when it exists', async () => {
    const post = () =>
      fetch(`${at('G')}/children`, { method: 'POST', headers: { ...SECRETARY, ...JSON_TYPE }, body: '{"name":"H","folder":{}}' });
    await put('G/g.txt', [1]);
    expect((await post()).status).toBe(201);
    const again = await post();
    expect([again.status, await code(again)]).toEqual([409, 'nameAlreadyExists']);
  });

  it('hides a file moved into the restricted folder from the reader by path, id, link and listing', async () => {
    const file = await put('Bilag/2026/2026-11-30/Sag.pdf', [7]);
    const folder = (url: string, name: string) =>
      fetch(url, { method: 'POST', headers: { ...SECRETARY, ...JSON_TYPE }, body: JSON.stringify({ name, folder: {} }) });
    expect((await folder(`${drive()}/root/children`, 'Bilag (lukket)')).status).toBe(201);
    expect((await folder(`${at('Bilag (lukket)')}/children`, '2026')).status).toBe(201);
    const moved = (await (await patch(file.id, { parentReference: { path: '/drive/root:/Bilag (lukket)/2026' } })).json()) as Item;
    expect((await fetch(`${drive()}/items/${file.id}/content`, { headers: READER, redirect: 'manual' })).status).toBe(404);
    expect((await fetch(at('Bilag (lukket)/2026/Sag.pdf'), { headers: READER })).status).toBe(404);
    const share = `u!${Buffer.from(moved.webUrl).toString('base64url')}`;
    expect((await fetch(`${graph.url}/shares/${share}/driveItem`, { headers: READER })).status).toBe(404);
    expect(await (await fetch(`${graph.url}/shares/${share}/driveItem`, { headers: SECRETARY })).json()).toMatchObject({ id: file.id });
    const listing = await fetch(`${at('Bilag/2026/2026-11-30')}/children`, { headers: READER });
    expect(((await listing.json()) as { value: unknown[] }).value).toEqual([]);
  });
});
