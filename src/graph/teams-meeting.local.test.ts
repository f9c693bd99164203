/**
 * Finding the Teams meeting for every participant against the local Graph service, which keeps one
 * mailbox per user (attendees' copies have their own ids) and expands weekly series into occurrences
 * with their own iCalUIds and one shared join URL: the strictness of the real platform.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsMeeting } from '../../tests/helpers/local-graph/teams-meeting';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { createCalendarRepository } from './calendar-repository';
import { createGraphClient, type GraphClient } from './client';
import type { LocalGraph } from '../../local-graph/src/index';

const SECRETARY = 'punkt-dev-token';
const NOTETAKER = 'punkt-dev-token-notetaker';
const READER = 'punkt-dev-token-reader';

let graph: LocalGraph;
let requests = 0;
const client = (token: string): GraphClient =>
  createGraphClient({ baseUrl: graph.url, tokens: { getAccessToken: async () => token }, onRequest: () => requests++ });

beforeAll(async () => {
  graph = await startTempLocalGraph('punkt-teams-', { seed: false });
});
afterAll(async () => {
  await graph.close();
});

describe('finding the Teams meeting against the local service', () => {
  it('the note-taker (an attendee, not the organizer) finds her own copy in one round trip', async () => {
    const created = await createTeamsMeeting(client(SECRETARY), {
      subject: 'Chefforum',
      start: '2026-06-10T08:00:00',
      end: '2026-06-10T10:00:00',
      attendees: ['referent@punkt-demo.local', 'leder@punkt-demo.local'],
    });
    const { chatId } = created;
    const now = new Date('2026-06-10T08:15:00Z');
    for (const token of [SECRETARY, NOTETAKER, READER]) {
      const before = requests;
      const found = await createCalendarRepository(client(token)).findTeamsMeeting({ chatId, channelId: null }, now);
      expect(requests - before).toBe(1);
      expect(found.kind).toBe('found');
      if (found.kind !== 'found') continue;
      expect(found.event.iCalUId).toBe(created.iCalUId);
      expect(found.event.start).toBe('2026-06-10T08:00:00Z');
      // Each mailbox has its own copy: only the organizer's id is the chat's calendarEventId.
      expect(found.event.id === created.id).toBe(token === SECRETARY);
    }
  });

  it('picks today’s occurrence of a weekly series that shares one chat and join URL', async () => {
    const { chatId } = await createTeamsMeeting(client(SECRETARY), {
      subject: 'Chefforum (ugentlig)',
      start: '2026-09-02T09:00:00',
      end: '2026-09-02T10:00:00',
      attendees: ['referent@punkt-demo.local'],
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'], firstDayOfWeek: 'monday' },
        range: { type: 'endDate', startDate: '2026-09-02', endDate: '2026-09-30', recurrenceTimeZone: 'UTC' },
      },
    });
    const found = await createCalendarRepository(client(NOTETAKER)).findTeamsMeeting(
      { chatId, channelId: null },
      new Date('2026-09-16T08:30:00Z'),
    );
    expect(found).toMatchObject({ kind: 'found', event: { start: '2026-09-16T09:00:00Z', subject: 'Chefforum (ugentlig)' } });
  });

  it('says not-in-calendar to someone who is not a member of the chat', async () => {
    const { chatId } = await createTeamsMeeting(client(SECRETARY), {
      subject: 'Kun referenten',
      start: '2026-07-01T08:00:00',
      end: '2026-07-01T09:00:00',
      attendees: ['referent@punkt-demo.local'],
    });
    const found = await createCalendarRepository(client(READER)).findTeamsMeeting(
      { chatId, channelId: null },
      new Date('2026-07-01T08:10:00Z'),
    );
    expect(found).toEqual({ kind: 'not-in-calendar' });
  });
});
