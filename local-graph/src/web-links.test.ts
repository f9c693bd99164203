/**
 * A file's links over HTTP, as strict as SharePoint's: the webUrl opens only for a signed-in user
 * with rights on the item (account picker, 403 page, 404 after a move), the downloadUrl needs no
 * token but expires (driveitem-get-content: "a short period of time"), /shares resolves a webUrl by
 * its path, and the old `/_punkt/files/{id}/{secret}` links only redirect to the webUrl.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { createHarness } from '../../tests/helpers/local-graph/test-harness';
import { webSession } from '../../tests/helpers/local-graph/web-sign-in';
import type { LocalGraph } from './index';
import { ITEM_KIND, RESTRICTED_BILAG_FOLDER } from './drive-model';
import type { DriveItemDoc } from './drive-model';
import { DOWNLOAD_LIFETIME_MS } from './file-links';

let graph: LocalGraph;
let clock = Date.parse('2026-11-30T08:00:00Z');
beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-web-links-', { seed: false, now: () => new Date(clock) });
});
afterAll(async () => {
  await graph.close();
});

const SECRETARY = { authorization: 'Bearer punkt-dev-token' };
const READER = { authorization: 'Bearer punkt-dev-token-reader' };
const drive = () => `${graph.url}/sites/punkt-demo/drive`;
const at = (path: string) => `${drive()}/root:/${path.split('/').map(encodeURIComponent).join('/')}:`;
interface Item {
  id: string;
  webUrl: string;
  '@microsoft.graph.downloadUrl': string;
}

async function put(path: string, bytes: number[]): Promise<Item> {
  const response = await fetch(`${at(path)}/content`, {
    method: 'PUT',
    headers: { ...SECRETARY, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Item;
}
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const share = (link: string) => `${graph.url}/shares/u!${Buffer.from(link).toString('base64url')}/driveItem`;

describe("a file's webUrl", () => {
  it("opens a closed Bilag for the note-taker and answers the reader with the 403 'Access denied' page", async () => {
    const file = await put(`${RESTRICTED_BILAG_FOLDER}/2026/2026-11-30/Personsag (lukket) æ.pdf`, [37, 80, 68, 70]);
    expect(file.webUrl).toBe(
      `${graph.url}/_punkt/sites/punkt-demo/Delte%20dokumenter/Bilag%20(lukket)/2026/2026-11-30/Personsag%20(lukket)%20%C3%A6.pdf`,
    );
    const denied = await webSession('Leder Demo').open(file.webUrl);
    expect(denied.status).toBe(403);
    expect(denied.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await denied.text();
    expect(page).toContain('Access denied');
    expect(page).toContain('Signed in as Leder Demo');
    expect(page).toContain('Sign out or switch account');
    const opened = await webSession('Referent Demo').open(file.webUrl);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toBe('application/pdf');
    expect(opened.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Personsag%20%28lukket%29%20%C3%A6.pdf");
    expect(await bytesOf(opened)).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it('without a session leads to the account picker, not the bytes, and signing in sets a HttpOnly, SameSite=Lax cookie for the links only', async () => {
    const file = await put('Bilag/2026/2026-11-30/Budget.pdf', [1, 2, 3]);
    const first = await fetch(file.webUrl, { redirect: 'manual' });
    expect(first.status).toBe(302);
    const picker = new URL(first.headers.get('location')!);
    expect(picker.pathname).toBe('/v1.0/_punkt/signin');
    const page = await fetch(picker);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('Pick an account');
    for (const name of ['Sekretær Demo', 'Referent Demo', 'Leder Demo']) expect(html).toContain(name);
    const session = webSession('Leder Demo');
    expect(await bytesOf(await session.open(file.webUrl))).toEqual(new Uint8Array([1, 2, 3]));
    const signIn = await fetch(`${graph.url}/_punkt/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user: 'user-reader', return: picker.searchParams.get('return')! }).toString(),
      redirect: 'manual',
    });
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get('set-cookie')).toMatch(/^FedAuth=user-reader\.[\w-]+; Path=\/v1\.0\/_punkt\/; HttpOnly; SameSite=Lax$/);
    expect(signIn.headers.get('location')).toBe(file.webUrl);
  });

  it('refuses a forged session cookie, a form from another site and a return address outside the library', async () => {
    const file = await put('Bilag/2026/2026-11-30/Forged.pdf', [4]);
    const forged = await fetch(file.webUrl, { headers: { cookie: 'FedAuth=user-notetaker.forged' }, redirect: 'manual' });
    expect(forged.status).toBe(302);
    const post = (body: Record<string, string>, origin?: string) =>
      fetch(`${graph.url}/_punkt/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
        body: new URLSearchParams(body).toString(),
        redirect: 'manual',
      });
    expect((await post({ user: 'user-secretary', return: 'sites/punkt-demo/Delte%20dokumenter/x' }, 'https://evil.example')).status).toBe(
      403,
    );
    expect((await post({ user: 'user-secretary', return: '//evil.example/x' })).status).toBe(400);
    expect((await post({ user: 'user-secretary', return: 'sites/punkt-demo/Delte%20dokumenter/%2E%2E/%2E%2E' })).status).toBe(400);
  });

  it('signs out: the cookie is cleared and the file leads to the account picker again', async () => {
    const file = await put('Bilag/2026/2026-11-30/Ud.pdf', [5]);
    const session = webSession('Sekretær Demo');
    expect((await session.open(file.webUrl)).status).toBe(200);
    const out = await fetch(`${graph.url}/_punkt/signout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie()! },
      body: new URLSearchParams({ return: file.webUrl.split('/_punkt/')[1]! }).toString(),
      redirect: 'manual',
    });
    expect(out.status).toBe(302);
    expect(out.headers.get('set-cookie')).toMatch(/^FedAuth=; Path=\/v1\.0\/_punkt\/;.*Max-Age=0$/);
    expect(new URL(out.headers.get('location')!).pathname).toBe('/v1.0/_punkt/signin');
  });

  it("is 404 at a moved file's old address, and /shares resolves the new one by path (404 to the reader when closed)", async () => {
    const file = await put('Bilag/2026/2026-11-30/Flyttes.pdf', [6, 6]);
    const sharedBefore = await fetch(share(file.webUrl), { headers: READER });
    expect(((await sharedBefore.json()) as Item).id).toBe(file.id);
    const patched = await fetch(`${drive()}/items/${file.id}`, {
      method: 'PATCH',
      headers: { ...SECRETARY, 'content-type': 'application/json' },
      body: JSON.stringify({ parentReference: { path: `/drive/root:/${RESTRICTED_BILAG_FOLDER}/2026/2026-11-30` } }),
    });
    const moved = (await patched.json()) as Item;
    expect(moved.webUrl).not.toBe(file.webUrl);
    const session = webSession('Referent Demo');
    const old = await session.open(file.webUrl);
    expect([old.status, (await old.text()).includes('404 FILE NOT FOUND')]).toEqual([404, true]);
    expect(await bytesOf(await session.open(moved.webUrl))).toEqual(new Uint8Array([6, 6]));
    expect((await fetch(share(file.webUrl), { headers: SECRETARY })).status).toBe(404);
    expect(((await (await fetch(share(moved.webUrl), { headers: SECRETARY })).json()) as Item).id).toBe(file.id);
    expect((await fetch(share(moved.webUrl), { headers: READER })).status).toBe(404);
  });
});

describe("a file's downloadUrl", () => {
  it('needs no token, is not the webUrl, and answers 401 once its lifetime has passed', async () => {
    const file = await put('Referater/2026/Referat.docx', [9, 8, 7]);
    const downloadUrl = file['@microsoft.graph.downloadUrl'];
    expect(downloadUrl).not.toBe(file.webUrl);
    const fresh = await fetch(downloadUrl);
    expect([fresh.status, [...(await bytesOf(fresh))]]).toEqual([200, [9, 8, 7]]);
    const tampered = downloadUrl.replace(/tempauth=(\d+)/, (_, t: string) => `tempauth=${Number(t) + 60_000}`);
    expect((await fetch(tampered)).status).toBe(401);
    const content = await fetch(`${drive()}/items/${file.id}/content`, { headers: SECRETARY, redirect: 'manual' });
    expect(content.status).toBe(302);
    clock += DOWNLOAD_LIFETIME_MS;
    expect((await fetch(downloadUrl)).status).toBe(401);
    expect((await fetch(content.headers.get('location')!)).status).toBe(401);
    const again = (await (await fetch(at('Referater/2026/Referat.docx'), { headers: SECRETARY })).json()) as Item;
    expect((await fetch(again['@microsoft.graph.downloadUrl'])).status).toBe(200);
  });
});

describe('an old /_punkt/files/{id}/{secret} link', () => {
  it("redirects to the file's current webUrl without serving the bytes, and still resolves through /shares", () => {
    const harness = createHarness();
    try {
      const created = harness.call('PUT', `/sites/punkt-demo/drive/root:/${encodeURIComponent(RESTRICTED_BILAG_FOLDER)}/a.pdf:/content`, {
        body: Buffer.from([1, 2]),
      });
      const item = harness.service.store.get<DriveItemDoc>(ITEM_KIND, created.json.id as string)!;
      const legacy = `http://127.0.0.1:4100/v1.0/_punkt/files/${item.id}/${item.secret}`;
      const opened = harness.call('GET', `/_punkt/files/${item.id}/${item.secret}`, { token: null });
      expect(opened.status).toBe(302);
      expect(opened.headers?.location).toBe(created.json.webUrl);
      expect(opened.body).toBeUndefined();
      expect(harness.call('GET', `/_punkt/files/${item.id}/wrong`, { token: null }).status).toBe(404);
      const token = `u!${Buffer.from(legacy).toString('base64url')}`;
      expect(harness.call('GET', `/shares/${token}/driveItem`).json.id).toBe(item.id);
      expect(harness.call('GET', `/shares/${token}/driveItem`, { token: 'punkt-dev-token-reader' }).status).toBe(404);
    } finally {
      harness.dispose();
    }
  });
});
