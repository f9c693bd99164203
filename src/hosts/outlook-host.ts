/**
 * The Outlook task pane host: the open appointment (attendee read mode) is the meeting.
 * item id → convertToRestId (REST v2.0, the form Graph accepts) → Graph event → iCalUId + start.
 * A pinned task pane stays open while the user moves between items; Outlook then fires
 * ItemChanged and we resolve the next invite.
 */
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import { createListeners, type HostTheme, type HostUser, type MeetingHost } from './host';
import { officeAsync, type OfficeAsyncResult } from './office-async';

/** The slice of the office.js `Office` namespace this host uses (the real one, or a mock in tests). */
export interface OutlookOffice {
  context: {
    mailbox: {
      item: { itemId?: string | null; itemType?: string | null } | null;
      userProfile?: { displayName?: string; emailAddress?: string } | null;
      convertToRestId(itemId: string, restVersion: unknown): string;
      addHandlerAsync(eventType: unknown, handler: (args?: unknown) => void, callback?: (result: OfficeAsyncResult<void>) => void): void;
    };
    officeTheme?: { bodyBackgroundColor?: string } | null;
  };
  EventType: { ItemChanged: unknown; OfficeThemeChanged?: unknown };
  MailboxEnums: { RestVersion: { v2_0: unknown } };
}

export interface OutlookHostOptions {
  office: OutlookOffice;
  /** Reads the Graph event behind the appointment (CalendarSource.getEvent). */
  getEvent(id: string): Promise<CalendarEvent>;
  /** Whether the user asked the system for high contrast; the Office theme does not say. */
  prefersContrast?: () => boolean;
}

/** A colour like '#1f1f1f' is dark when its relative luminance is below one half. */
function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => parseInt(part ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Creates the Outlook host and starts following ItemChanged. Call after Office.onReady. */
export function createOutlookHost(options: OutlookHostOptions): MeetingHost {
  const { office, getEvent } = options;
  const mailbox = office.context.mailbox;
  const meetingListeners = createListeners<MeetingRef | null>();
  const themeListeners = createListeners<HostTheme>();
  let current: Promise<CalendarEvent | null> | null = null;
  // Every ItemChanged bumps this so a slow lookup for an earlier item cannot overwrite a later one.
  let generation = 0;

  const theme = (): HostTheme => {
    if (options.prefersContrast?.()) return 'contrast';
    return isDarkColour(office.context.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light';
  };

  const resolveEvent = async (): Promise<CalendarEvent | null> => {
    const item = mailbox.item;
    // No item (nothing selected in a pinned pane) or a mail that is not an appointment: no meeting.
    if (!item?.itemId || (item.itemType && item.itemType !== 'appointment')) return null;
    const restId = mailbox.convertToRestId(item.itemId, office.MailboxEnums.RestVersion.v2_0);
    return getEvent(restId);
  };
  const currentEvent = (): Promise<CalendarEvent | null> => (current ??= resolveEvent());
  const toRef = (event: CalendarEvent | null): MeetingRef | null => (event ? { iCalUId: event.iCalUId, start: event.start } : null);

  const onItemChanged = (): void => {
    const mine = ++generation;
    current = resolveEvent();
    current.then(
      (event) => {
        if (mine === generation) meetingListeners.emit(toRef(event));
      },
      () => {
        // The view asks getMeetingRef again and shows the error there.
        if (mine === generation) meetingListeners.emit(null);
      },
    );
  };
  // Registration failures (old Outlook without the requirement set) only lose pane pinning support.
  officeAsync<void>((cb) => mailbox.addHandlerAsync(office.EventType.ItemChanged, onItemChanged, cb)).catch(() => undefined);
  if (office.EventType.OfficeThemeChanged !== undefined) {
    officeAsync<void>((cb) => mailbox.addHandlerAsync(office.EventType.OfficeThemeChanged, () => themeListeners.emit(theme()), cb)).catch(
      () => undefined,
    );
  }

  return {
    kind: 'outlook',
    getMeetingRef: async () => toRef(await currentEvent()),
    onMeetingChanged: meetingListeners.add,
    getTheme: theme,
    onThemeChanged: themeListeners.add,
    async getUser(): Promise<HostUser | null> {
      const profile = mailbox.userProfile;
      return profile?.displayName ? { name: profile.displayName, email: profile.emailAddress ?? null } : null;
    },
    isOrganizer: async () => (await currentEvent())?.isOrganizer ?? false,
  };
}
