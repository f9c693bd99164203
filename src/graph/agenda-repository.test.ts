import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { localTime } from '../domain/brands';
import type { Meeting } from '../domain/meeting';
import { parseDocument } from '../domain/parse';
import { createAgendaRepository } from './agenda-repository';
import { GraphError } from './errors';
import { MappingError } from './row-mapping';
import { ListMissingError } from './meeting-repository';
import { provision } from './provision';
import type { FakeGraphClient } from '../../tests/fakes/fake-graph-client';
import { createFakeGraphClient } from '../../tests/fakes/fake-graph-client';

const fixture = (name: string): Meeting =>
  parseDocument(readFileSync(new URL(`../../tests/fixtures/referater/${name}`, import.meta.url), 'utf8'));
const march = fixture('chefforum-2024-03-13.txt');
const ref = { iCalUId: "uid-o'brien", start: '2024-03-13T08:00:00Z' };
/** The March meeting with punkt 7 closed (the fixtures have no closed punkt). */
const withClosed: Meeting = { ...march, items: march.items.map((i) => (i.number === 7 ? { ...i, closed: true, prefix: null } : i)) };

let fake: FakeGraphClient;
beforeEach(async () => {
  fake = createFakeGraphClient();
  await provision(fake, 'punkt-demo');
});

describe('agenda repository', () => {
  it('names the missing list and the command to run on a site that was never provisioned', async () => {
    const bare = createAgendaRepository(createFakeGraphClient(), { siteId: 'other-site' });
    await expect(bare.loadAgenda(ref)).rejects.toBeInstanceOf(ListMissingError);
    await expect(bare.loadAgenda(ref)).rejects.toThrow(/no list PunktMeetings; run `punkt provision --site other-site`/);
  });

  it('finds no agenda for a meeting nobody prepared', async () => {
    expect(await createAgendaRepository(fake, { siteId: 'punkt-demo' }).loadAgenda(ref)).toBeNull();
  });

  it('saves a meeting and reads it back whole, in order', async () => {
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const saved = await repo.saveAgenda(ref, march);
    expect(saved.meeting).toEqual(march);
    expect(saved.items.map((i) => i.readable)).toEqual(march.items.map(() => true));
    expect(saved.ref).toEqual(ref);
  });

  it('opens an agenda in one round trip once the list ids are known', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, march);
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    await repo.loadAgenda(ref);
    const before = fake.roundTrips;
    const loaded = await repo.loadAgenda(ref);
    expect(fake.roundTrips - before).toBe(1);
    expect(loaded?.meeting.items).toHaveLength(10);
  });

  it('opens an agenda in one round trip from a fresh repository, addressing the lists by title', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, march);
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const before = fake.roundTrips;
    const mark = fake.requests.length;
    const loaded = await repo.loadAgenda(ref);
    expect(fake.roundTrips - before).toBe(1);
    expect(fake.requests.slice(mark).every((r) => !r.path.endsWith('/lists') && !r.path.includes('/lists?'))).toBe(true);
    expect(loaded?.meeting).toEqual(march);
  });

  it('reorders by updating only SortOrder and Number', async () => {
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    await repo.saveAgenda(ref, march);
    const swapped = [march.items[1]!, march.items[0]!, ...march.items.slice(2)].map((i, n) => ({ ...i, number: n + 1 }));
    const mark = fake.requests.length;
    const saved = await repo.saveAgenda(ref, { ...march, items: swapped });
    const writes = fake.requests.slice(mark).filter((r) => r.method !== 'GET');
    expect(writes.map((w) => [w.method, Object.keys(w.body as object).sort()])).toEqual([
      ['PATCH', ['Number', 'SortOrder']],
      ['PATCH', ['Number', 'SortOrder']],
    ]);
    expect(saved.meeting.items.map((i) => i.caseNumber)).toEqual(swapped.map((i) => i.caseNumber));
  });

  it('adds and removes punkter', async () => {
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    await repo.saveAgenda(ref, march);
    const fewer = { ...march, items: march.items.slice(0, 3) };
    expect((await repo.saveAgenda(ref, fewer)).meeting).toEqual(fewer);
    expect((await repo.saveAgenda(ref, march)).meeting).toEqual(march);
  });

  it('keeps a closed punkt out of the main list and shows it whole to a full user', async () => {
    const saved = await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, withClosed);
    expect(saved.meeting).toEqual(withClosed);
    const main = [...fake.lists.values()].find((l) => l.displayName === 'PunktItems')!;
    const row = [...main.items.values()].find((r) => r.fields.Number === 7)!;
    expect(row.fields).toMatchObject({ Title: 'Lukket', Closed: true, SectionsJson: null, Decision: null });
  });

  it('shows a closed punkt as Lukket, not an error, to a user who cannot read the restricted list', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, withClosed);
    const loaded = await createAgendaRepository(fake.as({ reader: true }), { siteId: 'punkt-demo' }).loadAgenda(ref);
    const seven = loaded!.items.find((i) => i.item.number === 7)!;
    expect(seven.readable).toBe(false);
    expect(seven.item).toMatchObject({ closed: true, title: 'Lukket', caseNumber: march.items[6]!.caseNumber, sections: [] });
    expect(loaded!.items.filter((i) => !i.readable)).toHaveLength(1);
  });

  it('reports a meeting row without a readable start as a MappingError naming list, item and column', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, march);
    const meetings = [...fake.lists.values()].find((l) => l.displayName === 'PunktMeetings')!;
    const [id, row] = [...meetings.items.entries()][0]!;
    row.fields.StartTime = '9.00';
    const failure = createAgendaRepository(fake, { siteId: 'punkt-demo' }).loadAgenda(ref);
    await expect(failure).rejects.toBeInstanceOf(MappingError);
    await expect(failure).rejects.toMatchObject({ list: 'PunktMeetings', itemId: id, column: 'StartTime' });
  });

  it('loads a meeting whose participants column is malformed, with the problem on the agenda', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, march);
    const meetings = [...fake.lists.values()].find((l) => l.displayName === 'PunktMeetings')!;
    const [id, row] = [...meetings.items.entries()][0]!;
    row.fields.ParticipantsJson = '[{"name":';
    const loaded = (await createAgendaRepository(fake, { siteId: 'punkt-demo' }).loadAgenda(ref))!;
    expect(loaded.meeting).toEqual({ ...march, participants: [] });
    expect(loaded.problems).toEqual([{ list: 'PunktMeetings', itemId: id, column: 'ParticipantsJson', message: 'not valid JSON' }]);
  });

  it('loads a meeting with one malformed item row: the others intact, that punkt with its problem', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, march);
    const main = [...fake.lists.values()].find((l) => l.displayName === 'PunktItems')!;
    const rows = [...main.items.entries()];
    const [badId, bad] = rows.find(([, r]) => r.fields.Number === 3)!;
    bad.fields.Status = 'Godkendt med ændringer';
    bad.fields.SectionsJson = '[{"heading":';
    const [, unnumbered] = rows.find(([, r]) => r.fields.Number === 5)!;
    delete unnumbered.fields.Number;
    delete unnumbered.fields.SortOrder;
    const loaded = (await createAgendaRepository(fake, { siteId: 'punkt-demo' }).loadAgenda(ref))!;
    expect(loaded.items).toHaveLength(march.items.length);
    const others = loaded.items.filter((s) => s.item.number !== 3 && s.item.title !== march.items[4]!.title);
    expect(others.map((s) => s.item)).toEqual(march.items.filter((i) => i.number !== 3 && i.number !== 5));
    expect(others.every((s) => s.problems === undefined)).toBe(true);
    const three = loaded.items.find((s) => s.item.number === 3)!;
    expect(three.item).toMatchObject({ title: march.items[2]!.title, status: 'none', decision: march.items[2]!.decision });
    expect(three.item.sections.filter((s) => s.heading !== 'Beslutning')).toEqual([]);
    expect(three.problems).toEqual([
      { list: 'PunktItems', itemId: badId, column: 'Status', message: expect.any(String) },
      { list: 'PunktItems', itemId: badId, column: 'SectionsJson', message: 'not valid JSON' },
    ]);
    // The row without Number or SortOrder is still shown: last, with the next free number.
    const last = loaded.items.at(-1)!;
    expect(last.item).toMatchObject({ title: march.items[4]!.title, number: Math.max(...march.items.map((i) => i.number)) + 1 });
    expect(last.problems?.map((p) => p.column)).toEqual(['Number', 'SortOrder']);
    expect(loaded.meeting.items).toEqual(loaded.items.map((s) => s.item));
  });

  it('keeps an unreadable column the secretary did not change when she saves, and writes the one she did', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, march);
    const main = [...fake.lists.values()].find((l) => l.displayName === 'PunktItems')!;
    const bad = [...main.items.values()].find((r) => r.fields.Number === 3)!;
    // Edited by hand in SharePoint: not JSON Punkt can read, but text an administrator can still recover.
    const raw = '[{"heading":"Sagsfremstilling","text":"Håndskrevet i SharePoint"';
    bad.fields.SectionsJson = raw;
    bad.fields.SlotStart = '9.00';
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const base = (await repo.loadAgenda(ref))!;
    const draft: Meeting = {
      ...base.meeting,
      items: base.meeting.items.map((i) =>
        i.number === 3 ? { ...i, title: `${i.title} (rettet)`, slot: { start: localTime('09:15'), end: localTime('09:30') } } : i,
      ),
    };
    await repo.saveAgenda(ref, draft, { base });
    expect(bad.fields.Title).toBe(`${march.items[2]!.title} (rettet)`);
    expect(bad.fields.SectionsJson).toBe(raw);
    expect(bad.fields.SlotStart).toBe('09:15');
  });

  it('writes a decision to a punkt whose Status is unknown, which repairs the row', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, march);
    const main = [...fake.lists.values()].find((l) => l.displayName === 'PunktItems')!;
    [...main.items.values()].find((r) => r.fields.Number === 3)!.fields.Status = 'maybe';
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const three = (await repo.loadAgenda(ref))!.items.find((s) => s.item.number === 3)!;
    expect(await repo.readDecision(three.id)).toMatchObject({ value: { status: 'none' } });
    const value = { decision: 'Godkendt.', status: 'approved' as const, postponedTo: null };
    expect(await repo.writeDecision(three.id, value, three.etag)).toMatchObject({ ok: true });
    const again = (await repo.loadAgenda(ref))!.items.find((s) => s.item.number === 3)!;
    expect(again.item).toMatchObject({ decision: 'Godkendt.', status: 'approved' });
    expect(again.problems).toBeUndefined();
  });
});

describe('decisions', () => {
  const written = { decision: 'Chefforum godkendte indstillingen.', status: 'approved' as const, postponedTo: null };

  it('writes with the ETag and returns the new one', async () => {
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const item = (await repo.saveAgenda(ref, march)).items[1]!;
    const result = await repo.writeDecision(item.id, written, item.etag);
    expect(result.ok).toBe(true);
    expect(result.ok && result.etag).not.toBe(item.etag);
    expect(await repo.readDecision(item.id)).toEqual({ etag: result.ok ? result.etag : '', value: written });
    expect((await repo.loadAgenda(ref))!.items[1]!.item.decision).toBe(written.decision);
  });

  it('returns the current version on a stale ETag instead of overwriting', async () => {
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const item = (await repo.saveAgenda(ref, march)).items[0]!;
    const first = await repo.writeDecision(item.id, written, item.etag);
    const second = await repo.writeDecision(item.id, { ...written, decision: 'Andet' }, item.etag);
    expect(second).toEqual({ ok: false, current: { etag: first.ok ? first.etag : '', value: written } });
  });

  it('writes a closed punkt decision to the restricted list', async () => {
    const repo = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const seven = (await repo.saveAgenda(ref, withClosed)).items.find((i) => i.item.number === 7)!;
    // A fresh repository has no cached target: it must find the content row by itself.
    const other = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    expect(await other.writeDecision(seven.id, written, seven.etag)).toMatchObject({ ok: true });
    const closed = [...fake.lists.values()].find((l) => l.displayName === 'PunktClosedItems')!;
    expect([...closed.items.values()][0]!.fields.Decision).toBe(written.decision);
    const main = [...fake.lists.values()].find((l) => l.displayName === 'PunktItems')!;
    // A punkt's id is its ClientKey (kept when closing replaces the main row).
    expect([...main.items.values()].find((r) => r.fields.ClientKey === seven.id)!.fields.Decision).toBeNull();
  });

  it('never aims a closed punkt decision at the main row when the restricted list is unreadable', async () => {
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, withClosed);
    const reader = createAgendaRepository(fake.as({ reader: true }), { siteId: 'punkt-demo' });
    const seven = (await reader.loadAgenda(ref))!.items.find((i) => i.item.number === 7)!;
    const mark = fake.requests.length;
    await expect(reader.readDecision(seven.id)).rejects.toMatchObject({ status: 403 });
    expect(fake.requests.slice(mark).some((r) => r.path.includes(`/items/${seven.id}/fields`))).toBe(false);
  });

  it('keeps a decision the note-taker wrote when the secretary saves a stale copy', async () => {
    const secretary = createAgendaRepository(fake, { siteId: 'punkt-demo' });
    const agenda = await secretary.saveAgenda(ref, march);
    const item = agenda.items[1]!;
    await createAgendaRepository(fake, { siteId: 'punkt-demo' }).writeDecision(item.id, written, item.etag);
    const swapped = [march.items[1]!, march.items[0]!, ...march.items.slice(2)].map((i, n) => ({ ...i, number: n + 1 }));
    const saved = await secretary.saveAgenda(ref, { ...march, items: swapped });
    expect(saved.items[0]!.item.decision).toBe(written.decision);
    expect(saved.items[0]!.item.status).toBe('approved');
  });

  it('throws a typed 403 when a read-only user writes', async () => {
    const item = (await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(ref, march)).items[0]!;
    const reader = createAgendaRepository(fake.as({ reader: true }), { siteId: 'punkt-demo' });
    const failure = reader.writeDecision(item.id, written, item.etag);
    await expect(failure).rejects.toBeInstanceOf(GraphError);
    await expect(failure).rejects.toMatchObject({ status: 403, code: 'accessDenied' });
  });
});
