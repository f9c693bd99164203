/**
 * A folder's webUrl over HTTP, like a file's since d73c8cd: path-based under the service, behind
 * the same account picker and rights, and it opens a listing of what the signed-in user may see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { webSession } from '../../tests/helpers/local-graph/web-sign-in';
import type { LocalGraph } from './index';
import { RESTRICTED_BILAG_FOLDER } from './drive-model';

let graph: LocalGraph;
beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-folder-links-', { seed: false });
  for (const path of ['Bilag/2026/Budget.pdf', `${RESTRICTED_BILAG_FOLDER}/2026/Personsag.pdf`]) {
    const response = await fetch(`${drive()}/root:/${path.split('/').map(encodeURIComponent).join('/')}:/content`, {
      method: 'PUT',
      headers: { ...SECRETARY, 'content-type': 'application/octet-stream' },
      body: new Uint8Array([1]),
    });
    expect(response.status).toBe(201);
  }
});
afterAll(async () => {
  await graph.close();
});

const SECRETARY = { authorization: 'Bearer punkt-dev-token' };
const drive = () => `${graph.url}/sites/punkt-demo/drive`;
const LIBRARY = () => `${graph.url}/_punkt/sites/punkt-demo/Delte%20dokumenter`;
const get = async (url: string) =>
  (await (await fetch(url, { headers: SECRETARY })).json()) as { webUrl: string; value?: { webUrl: string }[] };

describe("a folder's webUrl", () => {
  it("is path-based under the service, as a file's, for folders, the library's root and the drive", async () => {
    expect((await get(`${drive()}/root:/Bilag/2026:`)).webUrl).toBe(`${LIBRARY()}/Bilag/2026`);
    expect((await get(`${drive()}/root`)).webUrl).toBe(LIBRARY());
    expect((await get(drive())).webUrl).toBe(LIBRARY());
    const children = (await get(`${drive()}/root/children`)).value ?? [];
    expect(children.map((c) => c.webUrl).sort()).toEqual([`${LIBRARY()}/Bilag`, `${LIBRARY()}/Bilag%20(lukket)`]);
  });

  it('leads to the account picker without a session', async () => {
    const first = await fetch(`${LIBRARY()}/Bilag`, { redirect: 'manual' });
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toContain('/_punkt/signin?return=');
  });

  it('lists the folder with links to its children and the way up', async () => {
    const response = await webSession('Referent Demo').open(`${LIBRARY()}/Bilag`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain(`<a href="${LIBRARY()}/Bilag/2026">2026/</a>`);
    expect(page).toContain(`<a href="${LIBRARY()}">Up</a>`);
    expect(page).toContain('Signed in as Referent Demo');
  });

  it("shows the reader the library without the closed folder, and answers her 403 'Access denied' inside it", async () => {
    const reader = webSession('Leder Demo');
    const root = await (await reader.open(LIBRARY())).text();
    expect(root).toContain('>Bilag/</a>');
    expect(root).not.toContain('lukket');
    const denied = await reader.open(`${LIBRARY()}/Bilag%20(lukket)/2026`);
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain('Access denied');
    const secretary = await (await webSession('Sekretær Demo').open(LIBRARY())).text();
    expect(secretary).toContain('>Bilag (lukket)/</a>');
  });

  it('answers 404 for a folder that is not there', async () => {
    expect((await webSession('Sekretær Demo').open(`${LIBRARY()}/Bilag/1999`)).status).toBe(404);
  });
});
