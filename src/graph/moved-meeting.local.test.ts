/**
 * A meeting the organizer moves after its agenda was saved, against the local service over HTTP: a
 * single event whose start is PATCHed, and one occurrence of a series PATCHed into an exception (same
 * iCalUId, https://learn.microsoft.com/graph/api/resources/event). Each role finds the agenda from her
 * own copy of the event (her own event id), the decisions stay, the secretary's save moves the rows to
 * the new key, and the reader still gets no closed content.
 */
import { describe, expect, it } from 'vitest';
import { NOTETAKER_TOKEN, READER_TOKEN, SECRETARY_TOKEN } from '../../local-graph/src/auth';
import { useProvisionedSite } from '../../tests/helpers/local-graph/provisioned-site';
import { localTime } from '../domain/brands';
import type { AgendaItem, Meeting } from '../domain/meeting';
import { meetingKeyOf, meetingRefOf } from '../domain/meeting-identity';
import type { CalendarEvent, DecisionWrite, MeetingRef } from '../domain/ports';
import { createCalendarRepository } from './calendar-repository';
import { createLiveProgressRepository } from './live-progress-repository';
import { createReferatApprovalRepository } from './referat-approval';
import { fieldEq, queryString } from './odata';

const site = useProvisionedSite('moved');
const { client, repository } = site;

const at = (iso: string) => ({ dateTime: iso.replace('Z', ''), timeZone: 'UTC' });
const attendees = ['referent@punkt-demo.local', 'leder@punkt-demo.local'].map((address) => ({
  emailAddress: { address },
  type: 'required',
}));
const decision = (text: string): DecisionWrite => ({ decision: text, status: 'approved', postponedTo: null });
const withItem = (meeting: Meeting, number: number, change: Partial<AgendaItem>): Meeting => ({
  ...meeting,
  items: meeting.items.map((i) => (i.number === number ? { ...i, ...change } : i)),
});

/** The secretary's one-off meeting on 13 March 2024 at 09:00 Copenhagen, the note-taker and the reader invited. */
async function singleEvent(): Promise<{ id: string }> {
  const response = await client(SECRETARY_TOKEN).send<{ id: string }>({
    method: 'POST',
    path: '/me/events',
    body: { subject: 'Chefforum', start: at('2024-03-13T08:00:00Z'), end: at('2024-03-13T10:00:00Z'), attendees },
  });
  return response.body;
}

/** The user's own copy of the event with this iCalUId in March 2024 (her own id), as the hosts find it. */
async function eventOf(token: string, iCalUId: string): Promise<CalendarEvent> {
  const events = await createCalendarRepository(client(token)).listEvents('2024-03-01T00:00:00Z', '2024-04-01T00:00:00Z');
  const found = events.find((e) => e.iCalUId === iCalUId);
  if (!found) throw new Error(`no event ${iCalUId} for ${token}`);
  return found;
}

/** A single event of its own on 13 March 2024 at 09:00 Copenhagen, with its agenda, then moved to `to`: both refs. */
async function movedWithAgenda(to: string): Promise<{ oldRef: MeetingRef; newRef: MeetingRef }> {
  const { id } = await singleEvent();
  const calendar = createCalendarRepository(client(SECRETARY_TOKEN));
  const oldRef = meetingRefOf(await calendar.getEvent(id));
  await agendaWithDecisions(oldRef);
  const end = new Date(Date.parse(to) + 2 * 60 * 60 * 1000).toISOString();
  await client(SECRETARY_TOKEN).send({
    method: 'PATCH',
    path: `/me/events/${encodeURIComponent(id)}`,
    body: { start: at(to), end: at(end) },
  });
  return { oldRef, newRef: meetingRefOf(await calendar.getEvent(id)) };
}

/** The MeetingKeys of a list's rows under this key. */
async function keysUnder(list: string, key: string): Promise<number> {
  const query = queryString({ $expand: 'fields', $filter: fieldEq('MeetingKey', key) });
  return (await client(SECRETARY_TOKEN).getAll(`/sites/punkt-demo/lists/${list}/items${query}`)).length;
}

/**
 * Saves the March agenda (punkt 1 at 09.00-09.15, punkt 5 closed) on `ref`, and the note-taker's decisions on punkt 1 (open) and
 * punkt 5 (closed).
 */
async function agendaWithDecisions(ref: MeetingRef) {
  const slotted = withItem(site.march, 1, { slot: { start: localTime('09:00'), end: localTime('09:15') } });
  const saved = await repository(SECRETARY_TOKEN).saveAgenda(ref, withItem(slotted, 5, { closed: true }), { base: null });
  const notes = repository(NOTETAKER_TOKEN);
  const [one, five] = [1, 5].map((n) => saved.items.find((i) => i.item.number === n)!);
  expect(await notes.writeDecision(one!.id, decision('Godkendt før flytningen.'), one!.etag)).toMatchObject({ ok: true });
  const fiveNow = await notes.readDecision(five!.id);
  expect(await notes.writeDecision(five!.id, decision('Lukket beslutning.'), fiveNow.etag)).toMatchObject({ ok: true });
  return saved;
}

describe('a moved meeting keeps its agenda and its decisions', () => {
  it('a single event moved by the organizer: every role opens the agenda at the new time, and the save re-keys it', async () => {
    const { id } = await singleEvent();
    const before = await eventOf(SECRETARY_TOKEN, (await createCalendarRepository(client(SECRETARY_TOKEN)).getEvent(id)).iCalUId);
    const oldRef = meetingRefOf(before);
    await agendaWithDecisions(oldRef);

    // The organizer moves the meeting from 09:00 to 13:00 the next day (Copenhagen).
    await client(SECRETARY_TOKEN).send({
      method: 'PATCH',
      path: `/me/events/${encodeURIComponent(id)}`,
      body: { start: at('2024-03-14T12:00:00Z'), end: at('2024-03-14T14:00:00Z') },
    });

    for (const token of [SECRETARY_TOKEN, NOTETAKER_TOKEN, READER_TOKEN]) {
      const event = await eventOf(token, before.iCalUId);
      expect(event.start).toBe('2024-03-14T12:00:00Z');
      if (token !== SECRETARY_TOKEN) expect(event.id).not.toBe(id);
      const agenda = await repository(token).loadAgenda(meetingRefOf(event));
      expect(agenda, token).not.toBeNull();
      expect(agenda!.movedFrom).toBe('2024-03-13T08:00:00Z');
      expect([agenda!.meeting.date, agenda!.meeting.start, agenda!.meeting.items[0]!.slot]).toEqual([
        '2024-03-14',
        '13:00',
        { start: '13:00', end: '13:15' },
      ]);
      expect(agenda!.items.find((i) => i.item.number === 1)!.item.decision).toBe('Godkendt før flytningen.');
      const five = agenda!.items.find((i) => i.item.number === 5)!;
      if (token === READER_TOKEN) {
        expect(five.readable).toBe(false);
        expect(JSON.stringify(agenda)).not.toContain('Lukket beslutning.');
      } else expect(five.item.decision).toBe('Lukket beslutning.');
    }

    // The note-taker's decision after the move lands on the punkt's row (found by its ClientKey).
    const newRef = meetingRefOf(await eventOf(NOTETAKER_TOKEN, before.iCalUId));
    const notes = repository(NOTETAKER_TOKEN);
    const loaded = await notes.loadAgenda(newRef);
    const two = loaded!.items.find((i) => i.item.number === 2)!;
    expect(await notes.writeDecision(two.id, decision('Besluttet efter flytningen.'), two.etag)).toMatchObject({ ok: true });
    // So do the live progress and the referat's approval (on the meeting row).
    await createLiveProgressRepository(client(NOTETAKER_TOKEN), { siteId: 'punkt-demo' }).writeProgress(newRef, {
      number: 2,
      startedAt: new Date('2024-03-14T12:20:00Z'),
    });
    await createReferatApprovalRepository(client(SECRETARY_TOKEN), { siteId: 'punkt-demo' }).approve(newRef);

    // The secretary saves the agenda she was shown: every row moves to the new key, with the new times.
    const secretary = repository(SECRETARY_TOKEN);
    const shown = await secretary.loadAgenda(newRef);
    const saved = await secretary.saveAgenda(newRef, shown!.meeting, { base: shown! });
    expect(saved.movedFrom).toBeUndefined();
    const [oldKey, newKey] = [meetingKeyOf(oldRef), meetingKeyOf(newRef)];
    for (const list of ['PunktMeetings', 'PunktItems', 'PunktClosedItems']) {
      expect(await keysUnder(list, oldKey), list).toBe(0);
      expect(await keysUnder(list, newKey), list).toBeGreaterThan(0);
    }
    const after = await repository(READER_TOKEN).loadAgenda(newRef);
    expect(after!.movedFrom).toBeUndefined();
    expect([after!.meeting.date, after!.meeting.start, after!.meeting.items[0]!.slot?.start]).toEqual(['2024-03-14', '13:00', '13:00']);
    expect(after!.items.find((i) => i.item.number === 2)!.item.decision).toBe('Besluttet efter flytningen.');
    expect(after!.progress).toMatchObject({ number: 2 });
    expect(after!.items.find((i) => i.item.number === 5)!.readable).toBe(false);
    expect(JSON.stringify(after)).not.toContain('Lukket beslutning.');
    const full = await repository(NOTETAKER_TOKEN).loadAgenda(newRef);
    expect(full!.items.find((i) => i.item.number === 5)!.item.decision).toBe('Lukket beslutning.');
    expect(await createReferatApprovalRepository(client(READER_TOKEN), { siteId: 'punkt-demo' }).approvalOf(newRef)).not.toBeNull();
    // A link made before the move (the old start, which the calendar no longer holds) does not move the agenda back.
    await expect(repository(READER_TOKEN).loadAgenda(oldRef)).rejects.toMatchObject({ name: 'StaleMeetingStartError' });
    await expect(secretary.saveAgenda(oldRef, after!.meeting, { base: after! })).rejects.toMatchObject({ name: 'StaleMeetingStartError' });
    expect(await keysUnder('PunktMeetings', newKey)).toBe(1);
  });

  it('one occurrence of a series moved (an exception): the organizer and an attendee open its agenda; the other occurrences keep theirs', async () => {
    const secretary = client(SECRETARY_TOKEN);
    const master = (
      await secretary.send<{ id: string }>({
        method: 'POST',
        path: '/me/events',
        body: {
          subject: 'Chefforum',
          start: { dateTime: '2024-03-06T09:00:00', timeZone: 'Romance Standard Time' },
          end: { dateTime: '2024-03-06T11:00:00', timeZone: 'Romance Standard Time' },
          attendees,
          recurrence: {
            pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'], firstDayOfWeek: 'monday' },
            range: { type: 'endDate', startDate: '2024-03-06', endDate: '2024-03-27', recurrenceTimeZone: 'Romance Standard Time' },
          },
        },
      })
    ).body;
    const window = queryString({ startDateTime: '2024-03-01T00:00:00Z', endDateTime: '2024-04-01T00:00:00Z' });
    const occurrences = (await secretary.get<{ value: { id: string; iCalUId: string }[] }>(`/me/events/${master.id}/instances${window}`))
      .value;
    const second = occurrences[1]!;
    const third = occurrences[2]!;
    const oldRef = meetingRefOf(await eventOf(SECRETARY_TOKEN, second.iCalUId));
    expect(oldRef.start).toBe('2024-03-13T08:00:00Z');
    await agendaWithDecisions(oldRef);
    const thirdRef = meetingRefOf(await eventOf(SECRETARY_TOKEN, third.iCalUId));
    await repository(SECRETARY_TOKEN).saveAgenda(thirdRef, { ...site.march, forum: 'Tredje' }, { base: null });

    await secretary.send({
      method: 'PATCH',
      path: `/me/events/${encodeURIComponent(second.id)}`,
      body: { start: at('2024-03-13T11:00:00Z'), end: at('2024-03-13T13:00:00Z') },
    });

    for (const token of [SECRETARY_TOKEN, NOTETAKER_TOKEN]) {
      const event = await eventOf(token, second.iCalUId);
      // The attendee's own windowed read (the first open's one batch) brings no rows for it: the load finds them.
      await repository(token).listEventsWithAgendas('2024-03-13T00:00:00Z', '2024-03-16T00:00:00Z');
      const agenda = await repository(token).loadAgenda(meetingRefOf(event));
      expect(agenda?.movedFrom, token).toBe('2024-03-13T08:00:00Z');
      expect([agenda!.meeting.start, agenda!.meeting.forum]).toEqual(['12:00', site.march.forum]);
      expect(agenda!.items.find((i) => i.item.number === 5)!.item.decision).toBe('Lukket beslutning.');
      const other = await repository(token).loadAgenda(meetingRefOf(await eventOf(token, third.iCalUId)));
      expect([other!.meeting.forum, other!.movedFrom]).toEqual(['Tredje', undefined]);
    }
  });

  it('reads an agenda whose re-keying stopped half-way whole, and the next save finishes it', async () => {
    const { oldRef, newRef } = await movedWithAgenda('2024-03-13T10:00:00Z');
    // As if a save's batch stopped after re-keying the first punkt's row, before the meeting row.
    const items = `/sites/punkt-demo/lists/PunktItems/items`;
    const first = (
      await client(SECRETARY_TOKEN).get<{ value: { id: string }[] }>(
        `${items}${queryString({ $expand: 'fields', $filter: fieldEq('MeetingKey', meetingKeyOf(oldRef)), $top: 1 })}`,
      )
    ).value[0]!;
    await client(SECRETARY_TOKEN).send({
      method: 'PATCH',
      path: `${items}/${first.id}/fields`,
      body: { MeetingKey: meetingKeyOf(newRef) },
    });

    const secretary = repository(SECRETARY_TOKEN);
    const shown = await secretary.loadAgenda(newRef);
    expect(shown!.movedFrom).toBe(oldRef.start);
    expect(shown!.items.map((i) => i.item.number)).toEqual(site.march.items.map((i) => i.number));
    await secretary.saveAgenda(newRef, shown!.meeting, { base: shown! });
    expect(await keysUnder('PunktItems', meetingKeyOf(oldRef))).toBe(0);
    const after = await repository(NOTETAKER_TOKEN).loadAgenda(newRef);
    expect([after!.movedFrom, after!.items.length, after!.meeting.start]).toEqual([undefined, site.march.items.length, '11:00']);
  });

  it('a re-keying save that fails at its last punkt leaves the meeting row under the old key, so the agenda is read whole', async () => {
    const { oldRef, newRef } = await movedWithAgenda('2024-03-13T10:00:00Z');
    // The write batch's last punkt PATCH is sent to a row that does not exist: the batch stops there.
    const breakLastItemWrite = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/$batch') && typeof init?.body === 'string') {
        const body = JSON.parse(init.body) as { requests: Array<{ method: string; url: string }> };
        const items = body.requests.filter((r) => r.method === 'PATCH' && /PunktItems\/items\/\d+\/fields$/.test(r.url));
        const last = items[items.length - 1];
        if (last) last.url = last.url.replace(/items\/\d+\/fields$/, 'items/999999/fields');
        return fetch(input, { ...init, body: JSON.stringify(body) });
      }
      return fetch(input, init);
    };
    const secretary = repository(SECRETARY_TOKEN, { fetch: breakLastItemWrite });
    const shown = await secretary.loadAgenda(newRef);
    await expect(secretary.saveAgenda(newRef, shown!.meeting, { base: shown! })).rejects.toThrow();
    expect(await keysUnder('PunktMeetings', meetingKeyOf(oldRef))).toBe(1);
    const after = await repository(NOTETAKER_TOKEN).loadAgenda(newRef);
    expect([after!.movedFrom, after!.items.length]).toEqual([oldRef.start, site.march.items.length]);
    expect(after!.items.find((i) => i.item.number === 5)!.item.decision).toBe('Lukket beslutning.');
  });

  it('does not guess between two stored agendas of the same iCalUId', async () => {
    const ref = site.ref;
    await repository(SECRETARY_TOKEN).saveAgenda(ref, site.march, { base: null });
    // A second agenda of the same iCalUId (written by hand, or by a backend that shares one across a series).
    const other = { iCalUId: `${ref.iCalUId}-other`, start: '2024-03-20T08:00:00Z' };
    const stored = await repository(SECRETARY_TOKEN).saveAgenda(other, site.march, { base: null });
    await client(SECRETARY_TOKEN).send({
      method: 'PATCH',
      path: `/sites/punkt-demo/lists/PunktMeetings/items/${stored.meetingId}/fields`,
      body: { MeetingKey: meetingKeyOf({ ...ref, start: other.start }) },
    });
    await expect(repository(READER_TOKEN).loadAgenda({ ...ref, start: '2024-03-27T08:00:00Z' })).rejects.toMatchObject({
      name: 'AmbiguousMovedMeetingError',
    });
    // A meeting with no agenda under any start is still simply without one.
    expect(await repository(READER_TOKEN).loadAgenda({ iCalUId: `${ref.iCalUId}-none`, start: ref.start })).toBeNull();
  });
});
