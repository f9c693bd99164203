import { OfficeApp } from 'office-addin-manifest';
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it, vi } from 'vitest';
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import { InMemoryCalendar } from '../../tests/fakes/in-memory-agenda';
import { createOutlookHost, type OutlookOffice } from './outlook-host';

const event = (id: string, iCalUId: string, start: string, isOrganizer = false): CalendarEvent => ({
  id,
  iCalUId,
  subject: 'Chefforum',
  start,
  end: start.replace('T08:', 'T10:'),
  location: '915',
  organizerName: 'Sekretær Demo',
  isOrganizer,
});

/**
 * office-addin-mock has no ready mailbox, so the appointment is described here as Outlook shows
 * an attendee's invite in read mode: an EWS item id, itemType 'appointment', and the mailbox's
 * convertToRestId / addHandlerAsync (which records the handlers so the test can fire ItemChanged).
 */
function mockOutlook(itemId: string | null) {
  const handlers = new Map<string, (args?: unknown) => void>();
  const data = {
    context: {
      mailbox: {
        item: itemId ? { itemId, itemType: 'appointment', subject: 'Chefforum' } : null,
        userProfile: { displayName: 'Marie Aasøe', emailAddress: 'marie@example.org' },
        convertToRestId: (id: string, version: string) => `rest(${version}):${id.replace(/\//g, '-')}`,
        addHandlerAsync: (
          eventType: string,
          handler: (args?: unknown) => void,
          callback?: (r: { status: string; value: undefined }) => void,
        ) => {
          handlers.set(eventType, handler);
          callback?.({ status: 'succeeded', value: undefined });
        },
      },
      officeTheme: { bodyBackgroundColor: '#ffffff' },
    },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
  };
  // The Outlook host flag makes the mock behave like Outlook: properties are readable without load().
  const office = new OfficeMockObject(data, OfficeApp.Outlook) as unknown as OutlookOffice & typeof data;
  return { office, handlers };
}

const calendar = new InMemoryCalendar([
  event('rest(v2.0):AAMk-1', 'uid-1', '2024-03-13T08:00:00Z', true),
  event('rest(v2.0):AAMk-2', 'uid-2', '2024-03-20T08:00:00Z'),
]);

describe('the Outlook host', () => {
  it('resolves the open appointment: item id → REST v2.0 id → Graph event → iCalUId and start', async () => {
    const { office } = mockOutlook('AAMk/1');
    const getEvent = vi.fn((id: string) => calendar.getEvent(id));
    const host = createOutlookHost({ office, getEvent });
    expect(host.kind).toBe('outlook');
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
    expect(getEvent).toHaveBeenCalledWith('rest(v2.0):AAMk-1');
    await expect(host.isOrganizer?.()).resolves.toBe(true);
    await expect(host.getUser()).resolves.toEqual({ name: 'Marie Aasøe', email: 'marie@example.org' });
  });

  it('gives the Outlook user from Office.auth.getAuthContext() as sign-in’s login hint, where NestedAppAuth 1.1 is supported', async () => {
    const { office } = mockOutlook('AAMk/1');
    const withAuth = Object.assign(office, {
      auth: { getAuthContext: async () => ({ userPrincipalName: 'marie@example.org' }) },
      context: Object.assign(office.context, { requirements: { isSetSupported: (name: string): boolean => name === 'NestedAppAuth' } }),
    });
    await expect(createOutlookHost({ office: withAuth, getEvent: (id) => calendar.getEvent(id) }).loginHint?.()).resolves.toBe(
      'marie@example.org',
    );
    withAuth.context.requirements = { isSetSupported: () => false };
    await expect(createOutlookHost({ office: withAuth, getEvent: (id) => calendar.getEvent(id) }).loginHint?.()).resolves.toBeUndefined();
  });

  it('follows ItemChanged to the next invite and tells subscribers', async () => {
    const { office, handlers } = mockOutlook('AAMk/1');
    const host = createOutlookHost({ office, getEvent: (id) => calendar.getEvent(id) });
    await host.getMeetingRef();
    const seen: Array<MeetingRef | null> = [];
    const stop = host.onMeetingChanged((ref) => seen.push(ref));

    office.context.mailbox.item = { itemId: 'AAMk/2', itemType: 'appointment', subject: 'Chefforum' };
    handlers.get('olkItemSelectedChanged')?.();
    await vi.waitFor(() => expect(seen).toEqual([{ iCalUId: 'uid-2', start: '2024-03-20T08:00:00Z' }]));
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-2', start: '2024-03-20T08:00:00Z' });

    // Nothing selected in a pinned pane: no meeting, and unsubscribed listeners hear nothing.
    office.context.mailbox.item = null;
    handlers.get('olkItemSelectedChanged')?.();
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toBeNull();
    stop();
    handlers.get('olkItemSelectedChanged')?.();
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(2);
  });

  it('keeps the latest item when an earlier lookup answers last', async () => {
    const { office, handlers } = mockOutlook('AAMk/1');
    let releaseSlow: () => void = () => undefined;
    const getEvent = (id: string) =>
      id.endsWith('1')
        ? new Promise<CalendarEvent>((resolve) => (releaseSlow = () => void calendar.getEvent(id).then(resolve)))
        : calendar.getEvent(id);
    const host = createOutlookHost({ office, getEvent });
    const seen: Array<MeetingRef | null> = [];
    host.onMeetingChanged((ref) => seen.push(ref));
    handlers.get('olkItemSelectedChanged')?.(); // still item 1, slow
    office.context.mailbox.item = { itemId: 'AAMk/2', itemType: 'appointment', subject: 'Chefforum' };
    handlers.get('olkItemSelectedChanged')?.();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    releaseSlow();
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([{ iCalUId: 'uid-2', start: '2024-03-20T08:00:00Z' }]);
  });

  it('has no meeting when the item is a message, and reports the Graph failure for a missing event', async () => {
    const message = mockOutlook('AAMk/1');
    message.office.context.mailbox.item = { itemId: 'AAMk/1', itemType: 'message', subject: 'Re: Chefforum' };
    await expect(
      createOutlookHost({ office: message.office, getEvent: (id) => calendar.getEvent(id) }).getMeetingRef(),
    ).resolves.toBeNull();

    const missing = mockOutlook('AAMk/404');
    await expect(
      createOutlookHost({ office: missing.office, getEvent: (id) => calendar.getEvent(id) }).getMeetingRef(),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("asks Graph again after a failed lookup, so the view's retry can succeed", async () => {
    const { office } = mockOutlook('AAMk/1');
    const getEvent = vi.fn((id: string) => calendar.getEvent(id));
    getEvent.mockRejectedValueOnce(Object.assign(new Error('offline'), { status: 0 }));
    const host = createOutlookHost({ office, getEvent });
    await expect(host.getMeetingRef()).rejects.toThrow('offline');
    await expect(host.getMeetingRef()).resolves.toEqual({ iCalUId: 'uid-1', start: '2024-03-13T08:00:00Z' });
    expect(getEvent).toHaveBeenCalledTimes(2);
  });

  it('maps the Office theme to dark, and to contrast when the system asks for it', () => {
    const { office, handlers } = mockOutlook('AAMk/1');
    let contrast = false;
    const host = createOutlookHost({ office, getEvent: (id) => calendar.getEvent(id), prefersContrast: () => contrast });
    expect(host.getTheme()).toBe('light');
    const themes: string[] = [];
    host.onThemeChanged((t) => themes.push(t));
    office.context.officeTheme = { bodyBackgroundColor: '#1f1f1f' };
    handlers.get('officeThemeChanged')?.();
    contrast = true;
    handlers.get('officeThemeChanged')?.();
    expect(themes).toEqual(['dark', 'contrast']);
  });
});
