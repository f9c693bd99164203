import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import type { DraftMeetingDetails } from '../domain/host-port';
import type { OfficeAsyncResult } from './office-async';
import { ComposeItemError, type AsyncField, type OutlookItem } from './outlook-compose';
import { createOutlookHost, type OutlookOffice } from './outlook-host';

type Failure = { name?: string; message: string; code?: number };
const ok = <T>(value: T): OfficeAsyncResult<T> => ({ status: 'succeeded', value });
const failed = <T>(error: Failure): OfficeAsyncResult<T> => ({ status: 'failed', value: undefined as T, error });
const NOT_SAVED: Failure = { name: 'ItemNotSaved', message: "The ID can't be retrieved until the item is saved." };
const field = <T>(read: () => T): AsyncField<T> => ({ getAsync: (cb) => cb(ok(read())) });

/**
 * A hand-written fake of the organizer's invite in compose mode (Mailbox 1.8): no itemId, the id
 * through getItemIdAsync (ItemNotSaved until saved), saveAsync, getAsync fields, and the item's own
 * addHandlerAsync for AppointmentTimeChanged. Graph is a map from REST id to event.
 */
function composeOutlook(savedId: string | null) {
  const form = {
    subject: 'Chefforum',
    start: new Date('2024-03-13T08:00:00Z'),
    end: new Date('2024-03-13T10:00:00Z'),
    location: 'Mødelokale 915',
  };
  const state = { savedId, idError: null as Failure | null, saveError: null as Failure | null, saves: 0 };
  const itemHandlers = new Map<unknown, (args?: unknown) => void>();
  const item: OutlookItem = {
    itemType: 'appointment',
    getItemIdAsync: (cb) => cb(state.idError ? failed(state.idError) : state.savedId ? ok(state.savedId) : failed(NOT_SAVED)),
    saveAsync: (cb) => {
      if (state.saveError) return cb(failed(state.saveError));
      state.saves += 1;
      state.savedId ??= 'AAMk/new';
      cb(ok(state.savedId));
    },
    subject: field(() => form.subject),
    start: field(() => form.start),
    end: field(() => form.end),
    location: field(() => form.location),
    addHandlerAsync: (type, handler, cb) => {
      itemHandlers.set(type, handler);
      cb?.(ok(undefined));
    },
  };
  const office: OutlookOffice = {
    context: {
      mailbox: {
        item,
        userProfile: { displayName: 'Sekretær Demo', emailAddress: 'sekretaer@example.org' },
        convertToRestId: (id, version) => `rest(${String(version)}):${id.replace(/\//g, '-')}`,
        addHandlerAsync: (_type, _handler, cb) => cb?.(ok(undefined)),
      },
    },
    EventType: { ItemChanged: 'olkItemSelectedChanged', AppointmentTimeChanged: 'olkAppointmentTimeChanged' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
  };
  const events = new Map<string, CalendarEvent>();
  const notFound = (id: string) => Object.assign(new Error(`no event ${id}`), { status: 404 });
  const getEvent = vi.fn(async (id: string) => events.get(id) ?? Promise.reject(notFound(id)));
  const addEvent = (restId: string, iCalUId: string, start: string) =>
    events.set(restId, {
      id: restId,
      iCalUId,
      subject: form.subject,
      start,
      end: start,
      location: null,
      organizerName: 'Sekretær Demo',
      isOrganizer: true,
    });
  const timeChanged = () =>
    itemHandlers.get('olkAppointmentTimeChanged')?.({ type: 'olkAppointmentTimeChanged', start: form.start, end: form.end });
  return { office, item, form, state, getEvent, addEvent, timeChanged };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the Outlook host while the organizer edits the invite (compose mode)', () => {
  it('resolves a saved invite through getItemIdAsync → REST v2.0 id → Graph event, and knows the organizer without Graph', async () => {
    const fake = composeOutlook('AAMk/7');
    fake.addEvent('rest(v2.0):AAMk-7', 'uid-7', '2024-03-13T08:00:00Z');
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    await expect(host.isOrganizer?.()).resolves.toBe(true);
    expect(fake.getEvent).not.toHaveBeenCalled();
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-7', start: '2024-03-13T08:00:00Z' });
    expect(fake.getEvent).toHaveBeenCalledWith('rest(v2.0):AAMk-7');
    const expected: DraftMeetingDetails = {
      subject: 'Chefforum',
      start: '2024-03-13T08:00:00Z',
      end: '2024-03-13T10:00:00Z',
      location: 'Mødelokale 915',
      saved: true,
    };
    await expect(host.getDraftDetails?.()).resolves.toEqual(expected);
  });

  it('gives no meeting for a never-saved invite without throwing, and saveDraftMeeting saves it and tells listeners', async () => {
    const fake = composeOutlook(null);
    fake.addEvent('rest(v2.0):AAMk-new', 'uid-new', '2024-03-13T08:00:00Z');
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    await expect(host.getMeetingRef()).resolves.toBeNull();
    await expect(host.getDraftDetails?.()).resolves.toMatchObject({ saved: false, subject: 'Chefforum' });
    expect(fake.state.saves).toBe(0);

    const seen: Array<MeetingRef | null> = [];
    host.onMeetingChanged((ref) => seen.push(ref));
    const ref = { iCalUId: 'uid-new', start: '2024-03-13T08:00:00Z' };
    await expect(host.saveDraftMeeting?.()).resolves.toEqual(ref);
    expect(fake.state.saves).toBe(1);
    expect(seen).toEqual([ref]);
    await expect(host.getMeetingRef()).resolves.toEqual(ref);
  });

  it('on an Outlook before Mailbox 1.8 (no getItemIdAsync) finds a sent invite by saving it: no meeting until then, the view told why, then the meeting', async () => {
    const fake = composeOutlook('AAMk/9');
    delete fake.item.getItemIdAsync;
    fake.addEvent('rest(v2.0):AAMk-9', 'uid-9', '2024-03-27T08:00:00Z');
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    expect(host.inviteIdNeedsSave).toBe(true);
    await expect(host.isOrganizer?.()).resolves.toBe(true);
    await expect(host.getMeetingRef()).resolves.toBeNull();
    await expect(host.getDraftDetails?.()).resolves.toMatchObject({ saved: false, idNeedsSave: true });
    await expect(host.saveDraftMeeting?.()).resolves.toEqual({ iCalUId: 'uid-9', start: '2024-03-27T08:00:00Z' });
    expect(fake.state.saves).toBe(1);
  });

  it('on Mailbox 1.8 does not ask for a save the client does not need', async () => {
    const host = createOutlookHost({ office: composeOutlook('AAMk/7').office, getEvent: composeOutlook('AAMk/7').getEvent });
    expect(host.inviteIdNeedsSave).toBeUndefined();
  });

  it('asks again after "no meeting", since Outlook\'s own Save button raises no event', async () => {
    const fake = composeOutlook(null);
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    await expect(host.getMeetingRef()).resolves.toBeNull();
    fake.state.savedId = 'AAMk/8';
    fake.addEvent('rest(v2.0):AAMk-8', 'uid-8', '2024-03-20T08:00:00Z');
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-8', start: '2024-03-20T08:00:00Z' });
  });

  it('rejects with a clear error when getItemIdAsync fails for another reason, and a retry asks Outlook again', async () => {
    const fake = composeOutlook('AAMk/7');
    fake.addEvent('rest(v2.0):AAMk-7', 'uid-7', '2024-03-13T08:00:00Z');
    fake.state.idError = { name: 'GenericResponseError', message: 'The mailbox could not be reached.', code: 9020 };
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    const first = host.getMeetingRef();
    await expect(first).rejects.toBeInstanceOf(ComposeItemError);
    await expect(first).rejects.toThrow('Outlook could not give the id of the invite being edited: The mailbox could not be reached.');
    await expect(first).rejects.toMatchObject({ action: 'read-id', cause: { officeName: 'GenericResponseError', code: 9020 } });
    expect(fake.getEvent).not.toHaveBeenCalled();

    fake.state.idError = null;
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-7', start: '2024-03-13T08:00:00Z' });
  });

  it('rejects saveDraftMeeting with a clear error when Outlook cannot save', async () => {
    const fake = composeOutlook(null);
    fake.state.saveError = { name: 'InternalServerError', message: 'Save failed.' };
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    await expect(host.saveDraftMeeting?.()).rejects.toMatchObject({
      name: 'ComposeItemError',
      action: 'save',
      message: 'Outlook could not save the invite: Save failed.',
    });
    await expect(host.getMeetingRef()).resolves.toBeNull();
  });

  it('waits for the just-saved invite to reach Graph (cached mode answers 404 for a moment), then gives up', async () => {
    vi.useFakeTimers();
    const fake = composeOutlook(null);
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent, saveRetryDelaysMs: [1000, 2000] });
    const saving = host.saveDraftMeeting?.();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.getEvent).toHaveBeenCalledTimes(2);
    fake.addEvent('rest(v2.0):AAMk-new', 'uid-new', '2024-03-13T08:00:00Z');
    await vi.advanceTimersByTimeAsync(2000);
    await expect(saving).resolves.toEqual({ iCalUId: 'uid-new', start: '2024-03-13T08:00:00Z' });
    expect(fake.getEvent).toHaveBeenCalledTimes(3);

    const never = composeOutlook(null);
    const stuck = createOutlookHost({ office: never.office, getEvent: never.getEvent, saveRetryDelaysMs: [1000] }).saveDraftMeeting?.();
    const outcome = expect(stuck).rejects.toMatchObject({ status: 404 });
    await vi.advanceTimersByTimeAsync(1000);
    await outcome;
    expect(never.getEvent).toHaveBeenCalledTimes(2);

    // Only a 404 means "not synced yet": a refusal is reported at once.
    const refused = composeOutlook(null);
    refused.getEvent.mockRejectedValueOnce(Object.assign(new Error('forbidden'), { status: 403 }));
    const denied = createOutlookHost({
      office: refused.office,
      getEvent: refused.getEvent,
      saveRetryDelaysMs: [1000],
    }).saveDraftMeeting?.();
    await expect(denied).rejects.toMatchObject({ status: 403 });
    expect(refused.getEvent).toHaveBeenCalledTimes(1);
  });

  it('keeps waiting about 30 s for a slow sync after saving a new invite, reporting progress, then gives up with the 404', async () => {
    vi.useFakeTimers();
    const slow = composeOutlook(null);
    const progress: Array<{ waitedMs: number; limitMs: number }> = [];
    const saving = createOutlookHost({ office: slow.office, getEvent: slow.getEvent }).saveDraftMeeting?.((p) => progress.push(p));
    // Still not in the calendar after 7 s (the old limit): the host keeps trying.
    await vi.advanceTimersByTimeAsync(12_000);
    expect(progress.at(-1)).toEqual({ waitedMs: 10_000, limitMs: 30_000 });
    slow.addEvent('rest(v2.0):AAMk-new', 'uid-new', '2024-03-13T08:00:00Z');
    await vi.advanceTimersByTimeAsync(3000);
    await expect(saving).resolves.toEqual({ iCalUId: 'uid-new', start: '2024-03-13T08:00:00Z' });

    const never = composeOutlook(null);
    const stuck = createOutlookHost({ office: never.office, getEvent: never.getEvent }).saveDraftMeeting?.();
    let settled = false;
    void stuck?.then(
      () => (settled = true),
      () => (settled = true),
    );
    const outcome = expect(stuck).rejects.toMatchObject({ status: 404 });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    await outcome;
    expect(never.getEvent).toHaveBeenCalledTimes(9);
  });

  it('follows AppointmentTimeChanged: resolves the meeting again and reports the new time', async () => {
    const fake = composeOutlook('AAMk/7');
    fake.addEvent('rest(v2.0):AAMk-7', 'uid-7', '2024-03-13T08:00:00Z');
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    await host.getMeetingRef();
    const refs: Array<MeetingRef | null> = [];
    const drafts: DraftMeetingDetails[] = [];
    host.onMeetingChanged((ref) => refs.push(ref));
    host.onDraftChanged?.((details) => drafts.push(details));

    // The organizer moves the meeting a week and Outlook stores it (the event now starts later).
    fake.form.start = new Date('2024-03-20T08:00:00Z');
    fake.addEvent('rest(v2.0):AAMk-7', 'uid-7', '2024-03-20T08:00:00Z');
    fake.timeChanged();
    await vi.waitFor(() => expect(refs).toEqual([{ iCalUId: 'uid-7', start: '2024-03-20T08:00:00Z' }]));
    await vi.waitFor(() => expect(drafts.map((d) => d.start)).toEqual(['2024-03-20T08:00:00Z']));
    expect(fake.getEvent).toHaveBeenCalledTimes(2);
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-7', start: '2024-03-20T08:00:00Z' });
  });

  it('keeps the meeting when the lookup after a time change fails, so the open agenda stays', async () => {
    const fake = composeOutlook('AAMk/7');
    fake.addEvent('rest(v2.0):AAMk-7', 'uid-7', '2024-03-13T08:00:00Z');
    const host = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    await host.getMeetingRef();
    const refs: Array<MeetingRef | null> = [];
    host.onMeetingChanged((ref) => refs.push(ref));
    fake.getEvent.mockRejectedValueOnce(Object.assign(new Error('offline'), { status: 0 }));
    fake.timeChanged();
    await vi.waitFor(() => expect(fake.getEvent).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 10));
    expect(refs).toEqual([]);
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-7', start: '2024-03-13T08:00:00Z' });
  });

  it('offers the compose-only methods only in compose mode, and a message being written is no meeting', async () => {
    const fake = composeOutlook('AAMk/7');
    fake.office.context.mailbox.item = { itemId: 'AAMk/7', itemType: 'appointment' };
    const read = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    expect(read.saveDraftMeeting).toBeUndefined();
    expect(read.getDraftDetails).toBeUndefined();

    fake.office.context.mailbox.item = { ...fake.item, itemType: 'message' };
    const message = createOutlookHost({ office: fake.office, getEvent: fake.getEvent });
    await expect(message.getMeetingRef()).resolves.toBeNull();
    await expect(message.isOrganizer?.()).resolves.toBe(false);
    expect(message.saveDraftMeeting).toBeUndefined();
  });
});
