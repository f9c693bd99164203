import { describe, expect, it, vi } from 'vitest';
import type { CalendarEvent } from '../domain/ports';
import type { OfficeAsyncResult } from './office-async';
import type { OutlookItem } from './outlook-compose';
import { createOutlookHost, type OutlookOffice } from './outlook-host';

const ok = <T>(value: T): OfficeAsyncResult<T> => ({ status: 'succeeded', value });
const CLASS = '040000008200E00074C5B7101A82E008';
const REST = '00000000A0B1C2D3E4F5000000000000000000001000000012345678';
const MASTER_UID = `${CLASS}00000000${REST}`;
const uidOn = (yyyymmdd: string) => `${CLASS}${yyyymmdd}${REST}`;
const event = (id: string, iCalUId: string, start: string, end: string): CalendarEvent => ({
  id,
  iCalUId,
  subject: 'Chefforum',
  start,
  end,
  location: '915',
  organizerName: 'Sekretær Demo',
  isOrganizer: true,
});
const WEEKLY = { recurrenceType: 'weekly', seriesTime: {}, recurrenceProperties: { interval: 1, days: ['wed'] } };

/**
 * A weekly Chefforum as Graph holds it: the master (start of the first occurrence, its own iCalUId
 * with zero date bytes) and its occurrences, each with its own REST id and iCalUId.
 */
const CALENDAR = new Map<string, CalendarEvent>([
  ['rest:master', event('rest:master', MASTER_UID, '2024-02-28T08:00:00Z', '2024-02-28T10:00:00Z')],
  ['rest:occ-0313', event('rest:occ-0313', uidOn('07E8030D'), '2024-03-13T08:00:00Z', '2024-03-13T10:00:00Z')],
  ['rest:occ-0320', event('rest:occ-0320', uidOn('07E80314'), '2024-03-20T08:00:00Z', '2024-03-20T10:00:00Z')],
]);
const getEvent = vi.fn(async (id: string) => CALENDAR.get(id) ?? Promise.reject(Object.assign(new Error(id), { status: 404 })));
const occurrences = [...CALENDAR.values()].filter((e) => e.id !== 'rest:master');

function outlookWith(item: OutlookItem): OutlookOffice {
  return {
    context: {
      mailbox: {
        item,
        convertToRestId: (id) => `rest:${id}`,
        addHandlerAsync: (_type, _handler, cb) => cb?.(ok(undefined)),
      },
    },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
  };
}

describe('recurring meetings in Outlook', () => {
  it("opening one occurrence (seriesId names its master) shows that occurrence's meeting, with no series notice", async () => {
    const listEvents = vi.fn(async () => occurrences);
    const office = outlookWith({ itemId: 'occ-0320', itemType: 'appointment', seriesId: 'master', recurrence: WEEKLY });
    const host = createOutlookHost({ office, getEvent, listEvents, now: () => new Date('2024-03-12T12:00:00Z') });
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: uidOn('07E80314'), start: '2024-03-20T08:00:00Z' });
    await expect(host.seriesOpened?.()).resolves.toBeNull();
    expect(listEvents).not.toHaveBeenCalled();
  });

  it('the organizer opening the whole series in compose gets the next occurrence, and is told it is the series', async () => {
    const listEvents = vi.fn(async (from: string, to: string) => occurrences.filter((e) => e.start >= from && e.start < to));
    const item: OutlookItem = {
      itemType: 'appointment',
      seriesId: null,
      recurrence: { getAsync: (cb: (r: OfficeAsyncResult<unknown>) => void) => cb(ok(WEEKLY)) },
      getItemIdAsync: (cb) => cb(ok('master')),
      saveAsync: (cb) => cb(ok('master')),
    };
    const host = createOutlookHost({ office: outlookWith(item), getEvent, listEvents, now: () => new Date('2024-03-14T12:00:00Z') });
    const next = { iCalUId: uidOn('07E80314'), start: '2024-03-20T08:00:00Z' };
    // Not the master's own key (its iCalUId with the first occurrence's start): that agenda would belong to no meeting.
    await expect(host.getMeetingRef()).resolves.toEqual(next);
    await expect(host.seriesOpened?.()).resolves.toEqual({ next });
    await expect(host.isOrganizer?.()).resolves.toBe(true);
  });

  it('a series with no occurrence left, or no calendar to look in, has no meeting but still the notice', async () => {
    const master: OutlookItem = { itemId: 'master', itemType: 'appointment', seriesId: null, recurrence: WEEKLY };
    const late = createOutlookHost({
      office: outlookWith(master),
      getEvent,
      listEvents: async () => occurrences,
      now: () => new Date('2024-04-01T00:00:00Z'),
    });
    await expect(late.getMeetingRef()).resolves.toBeNull();
    await expect(late.seriesOpened?.()).resolves.toEqual({ next: null });

    const blind = createOutlookHost({ office: outlookWith(master), getEvent });
    await expect(blind.getMeetingRef()).resolves.toBeNull();
    await expect(blind.seriesOpened?.()).resolves.toEqual({ next: null });

    // A single meeting (no recurrence) is its own meeting, as before.
    const single = createOutlookHost({
      office: outlookWith({ itemId: 'occ-0313', itemType: 'appointment', seriesId: null, recurrence: null }),
      getEvent,
    });
    await expect(single.getMeetingRef()).resolves.toEqual({ iCalUId: uidOn('07E8030D'), start: '2024-03-13T08:00:00Z' });
    await expect(single.seriesOpened?.()).resolves.toBeNull();
  });
});
