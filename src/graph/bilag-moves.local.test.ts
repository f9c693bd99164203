/**
 * A closed punkt's papers leave the public folder (issue #15), against the local service over HTTP:
 * a file attached to an open punkt is moved into 'Bilag (lukket)' when the punkt is saved closed, so
 * the reader gets 404 for its old path, its id, its old link and the listing, while the secretary and
 * the note-taker open it by the rewritten link; reopening moves it back. A failed move fails the save.
 */
import { describe, expect, it } from 'vitest';
import { useProvisionedSite } from '../../tests/helpers/local-graph/provisioned-site';
import { openAs, webSession } from '../../tests/helpers/local-graph/web-sign-in';
import { formatBilag, parseBilag } from '../domain/bilag';
import type { AgendaItem, Meeting } from '../domain/meeting';
import type { StoredAgenda } from '../domain/ports';
import { READER_TOKEN } from '../../local-graph/src/auth';
import { createBilagLibrary } from './bilag-library';
import { drivePath } from './drive-upload';
import { GraphError } from './errors';

const WRITER = 'punkt-dev-token';
const NOTETAKER = 'punkt-dev-token-notetaker';
const site = useProvisionedSite('bilag-moves');
const { client, repository } = site;
const withItem = (meeting: Meeting, number: number, change: Partial<AgendaItem>): Meeting => ({
  ...meeting,
  items: meeting.items.map((i) => (i.number === number ? { ...i, ...change } : i)),
});
/** Punkt `number` with these Bilag lines: its Bilag section, from which `attachments` is derived. */
const withBilag = (meeting: Meeting, number: number, lines: string[], change: Partial<AgendaItem> = {}): Meeting => {
  const item = meeting.items.find((i) => i.number === number)!;
  const sections = [...item.sections.filter((s) => s.heading !== 'Bilag'), { heading: 'Bilag' as const, text: lines.join('\n') }];
  return withItem(meeting, number, { ...change, sections, attachments: lines });
};
const five = (agenda: StoredAgenda | null) => agenda!.items.find((i) => i.item.number === 5)!.item;
const status = async (token: string, path: string) => {
  const response = await fetch(`${site.url}${path}`, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' });
  return response.status;
};
const bytesAt = (url: string) => openAs(url, 'Referent Demo');
const names = async (token: string, folder: string) => {
  const response = await fetch(`${site.url}${drivePath('punkt-demo', folder)}/children`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status === 404 ? [] : ((await response.json()) as { value: { name: string }[] }).value.map((v) => v.name);
};

/** Saves site.march with a freshly uploaded file linked from punkt 5 (open), and returns what was saved. */
async function attached(name: string, bytes: Uint8Array) {
  const bilag = await createBilagLibrary(client(WRITER), { siteId: 'punkt-demo' }).upload(
    { date: '2024-03-13', closed: false },
    { name, bytes, type: 'application/pdf' },
  );
  const path = `Bilag/2024/2024-03-13/${bilag.name}`;
  const { id } = await client(WRITER).get<{ id: string }>(drivePath('punkt-demo', path));
  const draft = withBilag(site.march, 5, [formatBilag(bilag)]);
  const base = await repository(WRITER).saveAgenda(site.ref, draft, { base: null });
  return { bilag, path, id, draft, base };
}

describe("a closed punkt's Bilag", () => {
  it('moves into the restricted folder on closing: gone for the reader, open for the secretary and the note-taker by the new link', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 5]);
    const { bilag, path, id, draft, base } = await attached('Personsag.pdf', bytes);
    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(200);

    const saved = await repository(WRITER).saveAgenda(site.ref, withItem(draft, 5, { closed: true }), { base });
    const moved = parseBilag(five(saved).attachments[0]!);
    expect(moved.name).toBe('Personsag.pdf');
    expect(moved.url).not.toBe(bilag.url);

    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(404);
    expect(await status(READER_TOKEN, `/sites/punkt-demo/drive/items/${id}/content`)).toBe(404);
    expect(await status(READER_TOKEN, drivePath('punkt-demo', 'Bilag (lukket)/2024/2024-03-13/Personsag.pdf'))).toBe(404);
    expect(await names(READER_TOKEN, 'Bilag/2024/2024-03-13')).not.toContain('Personsag.pdf');
    expect((await webSession('Referent Demo').open(bilag.url!)).status).toBe(404);
    expect((await webSession('Leder Demo').open(moved.url!)).status).toBe(403);
    expect(JSON.stringify(await repository(READER_TOKEN).loadAgenda(site.ref))).not.toContain('Personsag');

    const noteTaker = parseBilag(five(await repository(NOTETAKER).loadAgenda(site.ref)).attachments[0]!);
    expect(noteTaker.url).toBe(moved.url);
    expect(await bytesAt(noteTaker.url!)).toEqual(bytes);
    expect(await status(NOTETAKER, `/sites/punkt-demo/drive/items/${id}/content`)).toBe(302);
  });

  it('keeps the moved link when the form saves its old lines again, and moves them back on reopening from that form', async () => {
    const bytes = new Uint8Array([4, 4]);
    const { draft, base, path } = await attached('Samme form.pdf', bytes);
    const secretary = repository(WRITER);
    const closedDraft = withItem(draft, 5, { closed: true });
    const closed = await secretary.saveAgenda(site.ref, closedDraft, { base });
    const again = await secretary.saveAgenda(site.ref, closedDraft, { base: closed });
    expect(again.unmovedBilag).toBeUndefined();
    expect(five(again).attachments).toEqual(five(closed).attachments);
    expect(await bytesAt(parseBilag(five(again).attachments[0]!).url!)).toEqual(bytes);
    const reopened = await secretary.saveAgenda(site.ref, draft, { base: again });
    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(200);
    expect(await bytesAt(parseBilag(five(reopened).attachments[0]!).url!)).toEqual(bytes);
  });

  it('moves back to the public folder on reopening, with the link rewritten again', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { path, id, draft, base } = await attached('Genåbnet.pdf', bytes);
    const closed = await repository(WRITER).saveAgenda(site.ref, withItem(draft, 5, { closed: true }), { base });
    const reopened = await repository(WRITER).saveAgenda(site.ref, withItem(closed.meeting, 5, { closed: false }), { base: closed });
    const link = parseBilag(five(reopened).attachments[0]!);
    expect(link.url).not.toBe(parseBilag(five(closed).attachments[0]!).url);
    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(200);
    expect(await status(READER_TOKEN, `/sites/punkt-demo/drive/items/${id}/content`)).toBe(302);
    expect(parseBilag(five(await repository(READER_TOKEN).loadAgenda(site.ref)).attachments[0]!).url).toBe(link.url);
    expect(await bytesAt(link.url!)).toEqual(bytes);
    expect(await names(WRITER, 'Bilag (lukket)/2024/2024-03-13')).not.toContain('Genåbnet.pdf');
  });

  it('fails the save, leaving the punkt open, when the move fails', async () => {
    const { path, draft, base } = await attached('Fejler.pdf', new Uint8Array([9]));
    const refusing: typeof fetch = async (input, init) =>
      init?.method === 'PATCH' && String(input).includes('/drive/items/')
        ? new Response(JSON.stringify({ error: { code: 'accessDenied', message: 'No.' } }), {
            status: 403,
            headers: { 'content-type': 'application/json' },
          })
        : fetch(input, init);
    const save = repository(WRITER, { fetch: refusing }).saveAgenda(site.ref, withItem(draft, 5, { closed: true }), { base });
    await expect(save).rejects.toSatisfy((e) => e instanceof GraphError && e.status === 403 && /could not be moved/.test(e.message));
    expect(five(await repository(READER_TOKEN).loadAgenda(site.ref))).toMatchObject({ closed: false });
    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(200);
  });

  it("keeps a reopened punkt's papers in the restricted folder when the rows' write fails", async () => {
    const { path, draft, base } = await attached('Stadig-lukket.pdf', new Uint8Array([4]));
    const closed = await repository(WRITER).saveAgenda(site.ref, withItem(draft, 5, { closed: true }), { base });
    const refusingWrites: typeof fetch = async (input, init) =>
      String(input).endsWith('/$batch') && /"method":"(PATCH|DELETE|POST)"/.test(String(init?.body))
        ? new Response(JSON.stringify({ error: { code: 'serviceNotAvailable', message: 'No.' } }), {
            status: 500,
            headers: { 'content-type': 'application/json' },
          })
        : fetch(input, init);
    const reopening = repository(WRITER, { fetch: refusingWrites }).saveAgenda(site.ref, withItem(closed.meeting, 5, { closed: false }), {
      base: closed,
    });
    await expect(reopening).rejects.toBeInstanceOf(GraphError);
    expect(five(await repository(WRITER).loadAgenda(site.ref))).toMatchObject({ closed: true });
    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(404);
    expect(await names(READER_TOKEN, 'Bilag/2024/2024-03-13')).not.toContain('Stadig-lukket.pdf');
    expect(await names(WRITER, 'Bilag (lukket)/2024/2024-03-13')).toContain('Stadig-lukket.pdf');
  });

  it('reports a reopened punkt’s papers left in the restricted folder when the move back fails, and moves them on the next save', async () => {
    const bytes = new Uint8Array([6, 6]);
    const { path, draft, base } = await attached('Tilbage.pdf', bytes);
    const closed = await repository(WRITER).saveAgenda(site.ref, withItem(draft, 5, { closed: true }), { base });
    let refuseMoves = true;
    const refusing: typeof fetch = async (input, init) =>
      refuseMoves && init?.method === 'PATCH' && String(input).includes('/drive/items/')
        ? new Response(JSON.stringify({ error: { code: 'accessDenied', message: 'No.' } }), {
            status: 403,
            headers: { 'content-type': 'application/json' },
          })
        : fetch(input, init);
    const secretary = repository(WRITER, { fetch: refusing });
    const reopened = await secretary.saveAgenda(site.ref, withItem(closed.meeting, 5, { closed: false }), { base: closed });
    expect(five(reopened)).toMatchObject({ closed: false });
    expect(reopened.bilagLeftClosed).toEqual([{ numbers: [5], name: 'Tilbage.pdf', url: parseBilag(five(closed).attachments[0]!).url }]);
    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(404);

    refuseMoves = false;
    const again = await secretary.saveAgenda(site.ref, reopened.meeting, { base: reopened });
    expect(again.bilagLeftClosed).toBeUndefined();
    const link = parseBilag(five(again).attachments[0]!);
    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(200);
    expect(parseBilag(five(await repository(READER_TOKEN).loadAgenda(site.ref)).attachments[0]!).url).toBe(link.url);
    expect(await bytesAt(link.url!)).toEqual(bytes);
  });

  it("reports a reopened punkt's papers left closed when even looking them up fails, and the punkt is saved open", async () => {
    const { path, draft, base } = await attached('Opslag.pdf', new Uint8Array([8]));
    const closed = await repository(WRITER).saveAgenda(site.ref, withItem(draft, 5, { closed: true }), { base });
    const noLookups: typeof fetch = async (input, init) =>
      String(input).endsWith('/$batch') && String(init?.body).includes('/shares/')
        ? new Response(JSON.stringify({ error: { code: 'generalException', message: 'No.' } }), {
            status: 500,
            headers: { 'content-type': 'application/json' },
          })
        : fetch(input, init);
    const reopened = await repository(WRITER, { fetch: noLookups }).saveAgenda(site.ref, withItem(closed.meeting, 5, { closed: false }), {
      base: closed,
    });
    expect(five(reopened)).toMatchObject({ closed: false });
    expect(reopened.bilagLeftClosed).toEqual([{ numbers: [5], name: 'Opslag.pdf', url: parseBilag(five(closed).attachments[0]!).url }]);
    expect(await status(READER_TOKEN, drivePath('punkt-demo', path))).toBe(404);
  });

  it('reports a closed punkt’s link outside the library as unmoved and still saves', async () => {
    const outside = 'https://example.org/andet-site/Notat.pdf';
    const draft = withBilag(site.march, 5, [`Notat.pdf <${outside}>`], { closed: true });
    const saved = await repository(WRITER).saveAgenda(site.ref, draft, { base: null });
    expect(saved.unmovedBilag).toEqual([{ numbers: [5], name: 'Notat.pdf', url: outside }]);
    expect(five(saved)).toMatchObject({ closed: true, attachments: [`Notat.pdf <${outside}>`] });
  });
});
