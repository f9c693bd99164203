/**
 * Closing, reopening and saving against the local service over HTTP, with the three roles on one
 * meeting: the secretary (saves from the agenda she loaded), the note-taker (writes decisions meanwhile)
 * and the read-only manager (`punkt-dev-token-reader`), who must never receive a closed punkt's content,
 * neither in the agenda's $batch nor in any row or row version of the main list.
 */
import { describe, expect, it } from 'vitest';
import { useProvisionedSite } from '../../tests/helpers/local-graph/provisioned-site';
import type { AgendaItem, Meeting } from '../domain/meeting';
import type { DecisionWrite, StoredAgenda } from '../domain/ports';
import { READER_TOKEN } from '../../local-graph/src/auth';

const WRITER = 'punkt-dev-token';
const site = useProvisionedSite('closing');
const { client, repository } = site;

/** A fetch that keeps every response body it passes on, to search them for text. */
function recordingFetch(into: string[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    into.push(await response.clone().text());
    return response;
  };
}

const withItem = (meeting: Meeting, number: number, change: Partial<AgendaItem>): Meeting => ({
  ...meeting,
  items: meeting.items.map((i) => (i.number === number ? { ...i, ...change } : i)),
});
const byNumber = (agenda: StoredAgenda | null, number: number) => agenda!.items.find((i) => i.item.number === number)!;
const decision = (text: string): DecisionWrite => ({ decision: text, status: 'approved', postponedTo: null });

/** A decision write as the note-taker's sync engine makes it: on a 412 it merges and writes again on the server's ETag. */
async function noteTakerWrites(repo: ReturnType<typeof repository>, id: string, value: DecisionWrite, etag: string) {
  const first = await repo.writeDecision(id, value, etag);
  return first.ok ? first : repo.writeDecision(id, value, first.current.etag);
}

/** Everything the reader can get of the main list for this meeting: its rows and every version of each. */
async function readerViewOfMainList(): Promise<string> {
  const reader = client(READER_TOKEN);
  const filter = encodeURIComponent(`fields/MeetingKey eq '${site.ref.iCalUId}|${site.ref.start}'`);
  const rows = await reader.getAll<{ id: string }>(`/sites/punkt-demo/lists/PunktItems/items?$expand=fields&$filter=${filter}`);
  const texts = [JSON.stringify(rows)];
  for (const row of rows) {
    texts.push(JSON.stringify(await reader.getAll(`/sites/punkt-demo/lists/PunktItems/items/${row.id}/versions?$expand=fields`)));
  }
  return texts.join('\n');
}

describe('closing a punkt (issue 9, points 1–3)', () => {
  it('leaves no trace of title, sections or decision in what the reader receives, nor in any main row version', async () => {
    const secretary = repository(WRITER);
    const base = await secretary.saveAgenda(site.ref, site.march, { base: null });
    const five = byNumber(base, 5);
    const text = 'Chefforum besluttede at udskyde sagen til efteråret.';
    expect(await repository(WRITER).writeDecision(five.id, decision(text), five.etag)).toMatchObject({ ok: true });

    // The secretary closes punkt 5 from the agenda she loaded before the decision was written.
    await secretary.saveAgenda(site.ref, withItem(site.march, 5, { closed: true }), { base });

    const received: string[] = [];
    const seen = await repository(READER_TOKEN, { fetch: recordingFetch(received) }).loadAgenda(site.ref);
    expect(byNumber(seen, 5).item).toMatchObject({ closed: true, title: 'Lukket', decision: null, sections: [] });
    const secret = [text, five.item.title, five.item.sections.find((s) => s.text.length > 20)!.text.slice(0, 20)];
    const everything = `${received.join('\n')}\n${await readerViewOfMainList()}`;
    for (const s of secret) expect(everything).not.toContain(s);
  });

  it('keeps showing the decision of a closed punkt to the secretary and the note-taker, read from the restricted list', async () => {
    const secretary = repository(WRITER);
    const base = await secretary.saveAgenda(site.ref, site.march, { base: null });
    const five = byNumber(base, 5);
    await repository(WRITER).writeDecision(five.id, decision('Godkendt.'), five.etag);
    const saved = await secretary.saveAgenda(site.ref, withItem(site.march, 5, { closed: true }), { base });
    expect(byNumber(saved, 5).item).toMatchObject({ closed: true, title: five.item.title, decision: 'Godkendt.', status: 'approved' });

    const noteTaker = repository(WRITER);
    const loaded = await noteTaker.loadAgenda(site.ref);
    expect(byNumber(loaded, 5)).toMatchObject({ id: five.id, readable: true, item: { decision: 'Godkendt.' } });
    expect((await noteTaker.readDecision(five.id)).value).toEqual(decision('Godkendt.'));
  });

  it('moves everything back on reopening, decision included, and leaves nothing in the restricted list', async () => {
    const secretary = repository(WRITER);
    const base = await secretary.saveAgenda(site.ref, site.march, { base: null });
    const five = byNumber(base, 5);
    const closed = await secretary.saveAgenda(site.ref, withItem(site.march, 5, { closed: true }), { base });
    // Written while the punkt is closed: it lives only in the restricted list.
    expect(await repository(WRITER).writeDecision(five.id, decision('Godkendt.'), byNumber(closed, 5).etag)).toMatchObject({ ok: true });
    const reopened = await secretary.saveAgenda(site.ref, site.march, { base: closed });
    expect(byNumber(reopened, 5).item).toMatchObject({ closed: false, title: five.item.title, decision: 'Godkendt.', status: 'approved' });

    const reader = await repository(READER_TOKEN).loadAgenda(site.ref);
    expect(byNumber(reader, 5)).toMatchObject({ readable: true, item: { title: five.item.title, decision: 'Godkendt.' } });
    const rest = await client(WRITER).getAll(
      `/sites/punkt-demo/lists/PunktClosedItems/items?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingKey eq '${site.ref.iCalUId}|${site.ref.start}'`)}`,
    );
    expect(rest).toEqual([]);
  });

  it('keeps a decision written between the secretary’s base and her save through a save, a close and a reopen', async () => {
    const secretary = repository(WRITER);
    const noteTaker = repository(WRITER);
    const base = await secretary.saveAgenda(site.ref, site.march, { base: null });
    const three = byNumber(base, 3);
    const first = await noteTaker.writeDecision(three.id, decision('Første udgave.'), three.etag);

    // A save from the stale base that changes the punkt's title.
    const retitled = withItem(site.march, 3, { title: 'Ny titel' });
    const afterSave = await secretary.saveAgenda(site.ref, retitled, { base });
    expect(byNumber(afterSave, 3).item).toMatchObject({ title: 'Ny titel', decision: 'Første udgave.' });

    // The note-taker writes again; the secretary closes the punkt from her (now stale) copy.
    // Her save changed the row the decision is on, so the note-taker's ETag is stale: the engine writes again.
    const second = await noteTakerWrites(noteTaker, three.id, decision('Anden udgave.'), first.ok ? first.etag : '');
    expect(second.ok).toBe(true);
    const afterClose = await secretary.saveAgenda(site.ref, withItem(retitled, 3, { closed: true }), { base: afterSave });
    expect(byNumber(afterClose, 3).item).toMatchObject({ closed: true, decision: 'Anden udgave.' });

    // Once more while closed, then a reopen from the stale copy.
    const third = await noteTakerWrites(noteTaker, three.id, decision('Tredje udgave.'), second.ok ? second.etag : '');
    expect(third.ok).toBe(true);
    const afterReopen = await secretary.saveAgenda(site.ref, retitled, { base: afterClose });
    expect(byNumber(afterReopen, 3).item).toMatchObject({ closed: false, title: 'Ny titel', decision: 'Tredje udgave.' });
  });

  it('lands a note-taker’s write in the restricted list when the punkt was closed after the note-taker loaded it', async () => {
    const secretary = repository(WRITER);
    const base = await secretary.saveAgenda(site.ref, site.march, { base: null });
    const noteTaker = repository(WRITER);
    const four = byNumber(await noteTaker.loadAgenda(site.ref), 4);
    await secretary.saveAgenda(site.ref, withItem(site.march, 4, { closed: true }), { base });

    // The note-taker's view still holds the open row's id and ETag.
    let result = await noteTaker.writeDecision(four.id, decision('Skrevet under lukningen.'), four.etag);
    if (!result.ok) {
      // A 412 hands back the server's version (the decision the close carried along); the sync engine writes again on it.
      expect(result.current.value.decision).toBe(four.item.decision ?? '');
      result = await noteTaker.writeDecision(four.id, decision('Skrevet under lukningen.'), result.current.etag);
    }
    expect(result.ok).toBe(true);
    expect(byNumber(await repository(WRITER).loadAgenda(site.ref), 4).item).toMatchObject({
      closed: true,
      decision: 'Skrevet under lukningen.',
    });
    expect(await readerViewOfMainList()).not.toContain('Skrevet under lukningen.');
  });
});

describe('the secretary’s save (issue 9, point 8)', () => {
  it('is one read batch and one write batch, with If-Match on every row it changes', async () => {
    const seen: Array<{ method: string; path: string }> = [];
    const bodies: unknown[] = [];
    const secretary = repository(WRITER, {
      onRequest: ({ method, path }) => seen.push({ method, path }),
      fetch: async (input, init) => {
        if (typeof init?.body === 'string') bodies.push(JSON.parse(init.body));
        return fetch(input, init);
      },
    });
    const base = await secretary.saveAgenda(site.ref, site.march, { base: null });
    seen.length = 0;
    bodies.length = 0;
    const edited = withItem(withItem(site.march, 2, { title: 'Ændret titel' }), 6, { closed: true });
    await secretary.saveAgenda(site.ref, { ...edited, location: 'Mødelokale 7' }, { base });
    expect(seen).toEqual([
      { method: 'POST', path: '/$batch' },
      { method: 'POST', path: '/$batch' },
    ]);
    const writes = (bodies[1] as { requests: Array<{ method: string; url: string; headers?: Record<string, string> }> }).requests;
    const changing = writes.filter((w) => w.method === 'PATCH' || w.method === 'DELETE');
    expect(changing.length).toBeGreaterThanOrEqual(3);
    // The one exception: a replaced row's DELETE right after the PATCH that retired it, which checked its ETag.
    const retired = (w: { method: string; url: string }, i: number) =>
      w.method === 'DELETE' && writes.slice(0, i).some((p) => p.method === 'PATCH' && p.url === `${w.url}/fields`);
    expect(writes.every((w, i) => !changing.includes(w) || typeof w.headers?.['If-Match'] === 'string' || retired(w, i))).toBe(true);
    expect(writes.filter((w, i) => retired(w, i))).toHaveLength(1);
  });

  it('reads and plans again once after a 412 in the write batch, keeping the decision that caused it', async () => {
    const setup = await repository(WRITER).saveAgenda(site.ref, site.march, { base: null });
    const two = byNumber(setup, 2);
    let batches = 0;
    const secretary = repository(WRITER, {
      fetch: async (input, init) => {
        if (String(input).endsWith('/$batch') && ++batches === 2) {
          // Between her read and her write, the note-taker writes punkt 2's decision.
          await repository(WRITER).writeDecision(two.id, decision('Midt i gemningen.'), two.etag);
        }
        return fetch(input, init);
      },
    });
    const saved = await secretary.saveAgenda(site.ref, withItem(site.march, 2, { title: 'Ændret titel' }), { base: setup });
    expect(batches).toBe(4);
    expect(byNumber(saved, 2).item).toMatchObject({ title: 'Ændret titel', decision: 'Midt i gemningen.' });
  });

  it("keeps a decision written to a closed punkt between the secretary's read and her reopening write", async () => {
    const closed = withItem(site.march, 2, { closed: true, prefix: null });
    const setup = await repository(WRITER).saveAgenda(site.ref, closed, { base: null });
    const two = byNumber(setup, 2);
    const written = await repository(WRITER).writeDecision(two.id, decision('Før genåbningen.'), two.etag);
    if (!written.ok) throw new Error('setup write failed');
    const base = await repository(WRITER).loadAgenda(site.ref);
    let batches = 0;
    const secretary = repository(WRITER, {
      fetch: async (input, init) => {
        if (String(input).endsWith('/$batch') && ++batches === 2) {
          // Between her read and her write, the note-taker adds to punkt 2's decision (still in the restricted list).
          const current = await repository(WRITER).readDecision(two.id);
          await repository(WRITER).writeDecision(two.id, decision('Før genåbningen. Og mere.'), current.etag);
        }
        return fetch(input, init);
      },
    });
    const saved = await secretary.saveAgenda(site.ref, withItem(site.march, 2, {}), { base });
    expect(byNumber(saved, 2).item).toMatchObject({ closed: false, decision: 'Før genåbningen. Og mere.' });
    const again = byNumber(await repository(READER_TOKEN).loadAgenda(site.ref), 2).item;
    expect(again).toMatchObject({ closed: false, decision: 'Før genåbningen. Og mere.' });
  });

  it('reports a real clash (the same punkt changed differently by someone else) as a conflict, and writes nothing', async () => {
    const base = await repository(WRITER).saveAgenda(site.ref, site.march, { base: null });
    await repository(WRITER).saveAgenda(site.ref, withItem(site.march, 1, { title: 'Den andens titel' }), { base });
    const failure = repository(WRITER).saveAgenda(site.ref, withItem(site.march, 1, { title: 'Min titel' }), { base });
    await expect(failure).rejects.toMatchObject({ name: 'AgendaConflictError', status: 412 });
    expect(byNumber(await repository(WRITER).loadAgenda(site.ref), 1).item.title).toBe('Den andens titel');
  });

  it('reports deleting a punkt whose decision was written since the base as a conflict, and refuses it even when saving over on purpose', async () => {
    const base = await repository(WRITER).saveAgenda(site.ref, site.march, { base: null });
    const nine = byNumber(base, 9);
    await repository(WRITER).writeDecision(nine.id, decision('Taget til efterretning.'), nine.etag);
    const fewer = { ...site.march, items: site.march.items.filter((i) => i.number !== 9).map((i, n) => ({ ...i, number: n + 1 })) };
    await expect(repository(WRITER).saveAgenda(site.ref, fewer, { base })).rejects.toMatchObject({ name: 'AgendaConflictError' });
    const forced = repository(WRITER).saveAgenda(site.ref, fewer, { base, force: true });
    await expect(forced).rejects.toMatchObject({ name: 'PunktHasDecisionError', number: 9, title: nine.item.title });
    expect(byNumber(await repository(WRITER).loadAgenda(site.ref), 9).item.decision).toBe('Taget til efterretning.');
  });
});

/**
 * A fetch under which the first write batch that deletes a row stops at its step `k`: the steps before
 * it are applied, step k answers 500 and the rest 424, as Graph answers a sequential batch whose
 * request fails (https://learn.microsoft.com/graph/json-batching#sequencing-requests-with-the-dependson-property).
 */
function stoppingAt(k: number): typeof fetch {
  let done = false;
  return async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    if (done || !String(input).endsWith('/$batch') || !body.includes('"method":"DELETE"')) return fetch(input, init);
    done = true;
    const { requests } = JSON.parse(body) as { requests: { id: string }[] };
    const applied =
      k === 0
        ? []
        : (
            (await (await fetch(input, { ...init, body: JSON.stringify({ requests: requests.slice(0, k) }) })).json()) as {
              responses: unknown[];
            }
          ).responses;
    const error = (status: number) => ({ error: { code: status === 424 ? 'failedDependency' : 'generalException', message: 'Simulated' } });
    const rest = requests.slice(k).map((r, i) => ({
      id: r.id,
      status: i === 0 ? 500 : 424,
      headers: { 'content-type': 'application/json' },
      body: error(i === 0 ? 500 : 424),
    }));
    return new Response(JSON.stringify({ responses: [...applied, ...rest] }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}

describe('a close that stops half-way', () => {
  it.each([0, 1, 2])(
    'never loses the punkt or its decision when the write batch stops at step %i, and the next save closes it',
    async (k) => {
      const base = await repository(WRITER).saveAgenda(site.ref, site.march, { base: null });
      const five = byNumber(base, 5);
      await repository(WRITER).writeDecision(five.id, decision('Godkendt.'), five.etag);
      const closing = withItem(site.march, 5, { closed: true });

      await expect(repository(WRITER, { fetch: stoppingAt(k) }).saveAgenda(site.ref, closing, { base })).rejects.toThrow();
      const meanwhile = await repository(READER_TOKEN).loadAgenda(site.ref);
      expect(meanwhile!.items.map((i) => i.item.number)).toEqual(site.march.items.map((i) => i.number));
      expect((await repository(WRITER).loadAgenda(site.ref))!.items.filter((i) => i.item.number === 5)).toHaveLength(1);

      const saved = await repository(WRITER).saveAgenda(site.ref, closing, { base });
      expect(byNumber(saved, 5).item).toMatchObject({ closed: true, title: five.item.title, decision: 'Godkendt.' });
      const seen = await repository(READER_TOKEN).loadAgenda(site.ref);
      expect(seen!.items.filter((i) => i.item.number === 5).map((i) => i.item)).toMatchObject([{ closed: true, title: 'Lukket' }]);
      expect(await readerViewOfMainList()).not.toContain(five.item.title);
      expect((await repository(WRITER).readDecision(five.id)).value).toEqual(decision('Godkendt.'));
    },
  );
});
