/**
 * A meeting the organizer moves after its agenda was saved (src/domain/moved-meeting.ts), end to end:
 * the secretary's event is moved two hours later in the demo service (PATCH of its start, as Outlook
 * does), and the managers' view of the moved meeting still shows the agenda, at the new times, while
 * the secretary's view says it moved.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingKeyOf } from '../../src/domain/meeting-identity';
import type { CalendarEvent } from '../../src/domain/ports';
import { agendaList, shownPunkter } from './support/agenda-page';
import { useAppAndBrowser } from './support/app-and-browser';
import { expectedAgenda, READER_TOKEN, repositories, type ExpectedPunkt } from './support/expected-agenda';
import { punktList, upcomingWithPunkter } from './support/prepare-page';

const e2e = useAppAndBrowser();
const TWO_HOURS = 2 * 60 * 60 * 1000;
let moved: CalendarEvent;
let before: ExpectedPunkt[];

/** `HH.MM–HH.MM` two hours later (the demo meetings lie in the day, far from midnight). */
const twoHoursLater = (slot: string) =>
  slot.replace(/(\d{2})\.(\d{2})/g, (_, h: string, m: string) => `${String(Number(h) + 2).padStart(2, '0')}.${m}`);

beforeAll(async () => {
  const event = await upcomingWithPunkter(e2e.app.graphUrl, 2);
  before = (await expectedAgenda(e2e.app.graphUrl, event, READER_TOKEN)).punkter;
  expect(before.some((p) => p.slot !== 'unscheduled')).toBe(true);
  const at = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace(/Z$/, ''), timeZone: 'UTC' });
  const { client, calendar } = repositories(e2e.app.graphUrl);
  await client.send({
    method: 'PATCH',
    path: `/me/events/${encodeURIComponent(event.id)}`,
    body: { start: at(Date.parse(event.start) + TWO_HOURS), end: at(Date.parse(event.end) + TWO_HOURS) },
  });
  moved = await calendar.getEvent(event.id);
  expect(Date.parse(moved.start)).toBe(Date.parse(event.start) + TWO_HOURS);
}, 60_000);

describe('a meeting moved after its agenda was saved', { timeout: 60_000 }, () => {
  it("still shows its agenda in the managers' view, at the new times", async () => {
    await e2e.withPage(`/?meeting=${encodeURIComponent(meetingKeyOf(moved))}&user=reader`, async (page) => {
      const shown = await shownPunkter(await agendaList(page));
      expect(shown.map((p) => p.number)).toEqual(before.map((p) => p.number));
      expect(shown.map((p) => p.slot)).toEqual(before.map((p) => (p.slot === 'unscheduled' ? p.slot : twoHoursLater(p.slot))));
    });
  });

  it('tells the secretary that it moved, over the agenda she prepared', async () => {
    await e2e.withPage(`/?meeting=${encodeURIComponent(meetingKeyOf(moved))}&role=prepare`, async (page) => {
      await punktList(page);
      await page.getByText(/^Mødet er flyttet fra /).waitFor({ timeout: 30_000 });
    });
  });
});
