/**
 * The Outlook task pane host. Attendee read mode: the open appointment is the meeting.
 * item id → convertToRestId (REST v2.0, the form Graph accepts) → Graph event → iCalUId + start.
 * A pinned task pane stays open while the user moves between items; Outlook then fires
 * ItemChanged and we resolve the next invite. Organizer compose mode (the secretary editing the
 * invite): the id comes from getItemIdAsync instead, a never-saved invite has no meeting until
 * saveDraftMeeting, and a changed time (AppointmentTimeChanged) is followed (see outlook-compose.ts).
 */
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import type { DraftMeetingDetails, HostTheme, HostUser, MeetingHost, SeriesOpened } from '../domain/host-port';
import { inviteSummaryHtml, inviteSummaryText } from '../domain/invite-summary';
import { meetingKeyOf } from '../domain/meeting-identity';
import { createListeners } from './listeners';
import { officeAsync, type OfficeAsyncResult } from './office-async';
import { writeInviteSummary } from './outlook-invite-body';
import { isSeriesMaster, occurrenceToPrepare } from './outlook-series';
import { newMessageForm, type NewMessageMailbox } from './outlook-new-message';
import { outlookLoginHint, type OutlookAuthApi } from './office-dialog';
import {
  ComposeItemError,
  composeItemId,
  getEventAfterSave,
  idNeedsSave,
  isComposeAppointment,
  readDraftDetails,
  SAVE_SYNC_DELAYS_MS,
  saveComposeItem,
  type OutlookItem,
} from './outlook-compose';

/** The slice of the office.js `Office` namespace this host uses (the real one, or a mock in tests). */
export interface OutlookOffice {
  context: {
    mailbox: {
      item: OutlookItem | null;
      userProfile?: { displayName?: string; emailAddress?: string } | null;
      convertToRestId(itemId: string, restVersion: unknown): string;
      addHandlerAsync(eventType: unknown, handler: (args?: unknown) => void, callback?: (result: OfficeAsyncResult<void>) => void): void;
    } & NewMessageMailbox;
    officeTheme?: { bodyBackgroundColor?: string } | null;
    /** Office.context.requirements, where sign-in asks for NestedAppAuth 1.1. */
    requirements?: { isSetSupported(name: string, version?: string): boolean } | null;
  };
  /** Office.auth: the signed-in user for MSAL's login hint (office-dialog.ts outlookLoginHint). */
  auth?: OutlookAuthApi['auth'];
  /** AppointmentTimeChanged and RecurrenceChanged are Mailbox 1.7; older clients leave them out. */
  EventType: { ItemChanged: unknown; OfficeThemeChanged?: unknown; AppointmentTimeChanged?: unknown; RecurrenceChanged?: unknown };
  MailboxEnums: { RestVersion: { v2_0: unknown } };
  /** Office.CoercionType, for the invite body. */
  CoercionType?: { Html: unknown; Text?: unknown };
}

export interface OutlookHostOptions {
  office: OutlookOffice;
  /** Reads the Graph event behind the appointment (CalendarSource.getEvent). */
  getEvent(id: string): Promise<CalendarEvent>;
  /** Whether the user asked the system for high contrast; the Office theme does not say. */
  prefersContrast?: () => boolean;
  /**
   * The calendar's events in a window (CalendarSource.listEvents): where the next occurrence is found
   * when the organizer opens a whole series. Without it a series shows no meeting, only the notice.
   */
  listEvents?(fromIso: string, toIso: string): Promise<CalendarEvent[]>;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** The app's address without query (the summary's link adds ?meeting=KEY); default this page's. */
  appUrl?: string;
  /** Waits between Graph 404s right after saving an invite (cached-mode sync); default SAVE_SYNC_DELAYS_MS, about 30 s. */
  saveRetryDelaysMs?: readonly number[];
}

/** A colour like '#1f1f1f' is dark when its relative luminance is below one half. */
function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => parseInt(part ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** This page's address without query or hash: the task pane's URL, which a browser opens as Punkt too. */
function defaultAppUrl(): string {
  const here = (globalThis as { location?: { origin?: string; pathname?: string } }).location;
  return `${here?.origin ?? ''}${here?.pathname ?? '/'}`;
}

/** What the open item resolved to: the meeting's event, and whether it stands for an opened series. */
interface Resolved {
  event: CalendarEvent | null;
  series: SeriesOpened | null;
}
const NONE: Resolved = { event: null, series: null };
const toRef = (event: CalendarEvent | null): MeetingRef | null => (event ? { iCalUId: event.iCalUId, start: event.start } : null);

/** Creates the Outlook host and starts following ItemChanged. Call after Office.onReady. */
export function createOutlookHost(options: OutlookHostOptions): MeetingHost {
  const { office, getEvent } = options;
  const mailbox = office.context.mailbox;
  const meetingListeners = createListeners<MeetingRef | null>();
  const themeListeners = createListeners<HostTheme>();
  let current: Promise<Resolved> | null = null;
  // Every ItemChanged bumps this so a slow lookup for an earlier item cannot overwrite a later one.
  let generation = 0;

  const theme = (): HostTheme => {
    if (options.prefersContrast?.()) return 'contrast';
    return isDarkColour(office.context.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light';
  };

  const toRestId = (itemId: string): string => mailbox.convertToRestId(itemId, office.MailboxEnums.RestVersion.v2_0);
  const resolveEvent = async (): Promise<Resolved> => {
    const item = mailbox.item;
    // No item (nothing selected in a pinned pane) or a mail that is not an appointment: no meeting.
    if (!item || (item.itemType && item.itemType !== 'appointment')) return NONE;
    // Compose mode: a never-saved invite gives null here, so the view can offer saveDraftMeeting.
    const itemId = isComposeAppointment(item) ? await composeItemId(item) : item.itemId;
    const event = itemId ? await getEvent(toRestId(itemId)) : null;
    if (!event || !(await isSeriesMaster(item))) return { event, series: null };
    // The whole series: its agenda-less master stands for the next occurrence, and the view says so.
    const next = options.listEvents ? await occurrenceToPrepare(event, options.listEvents, (options.now ?? (() => new Date()))()) : null;
    return { event: next, series: { next: toRef(next) } };
  };
  // The answer is kept for the next getMeetingRef, except a failure (so the view's retry asks again)
  // and a never-saved invite (Outlook's own Save button raises no event, so ask again each time).
  const track = (lookup: Promise<Resolved>): Promise<Resolved> => {
    current = lookup;
    const forget = (): void => {
      if (current === lookup) current = null;
    };
    lookup.then(({ event }) => {
      if (!event && isComposeAppointment(mailbox.item)) forget();
    }, forget);
    return lookup;
  };
  const currentEvent = async (): Promise<CalendarEvent | null> => (await (current ?? track(resolveEvent()))).event;

  const onItemChanged = (): void => {
    const mine = ++generation;
    track(resolveEvent()).then(
      ({ event }) => {
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

  const host: MeetingHost = {
    kind: 'outlook',
    getMeetingRef: async () => toRef(await currentEvent()),
    seriesOpened: async () => (await (current ?? track(resolveEvent()))).series,
    onMeetingChanged: meetingListeners.add,
    getTheme: theme,
    onThemeChanged: themeListeners.add,
    async getUser(): Promise<HostUser | null> {
      const profile = mailbox.userProfile;
      return profile?.displayName ? { name: profile.displayName, email: profile.emailAddress ?? null } : null;
    },
    loginHint: () => outlookLoginHint(office),
    // Only the organizer can edit an invite, so compose mode needs no Graph call to know.
    isOrganizer: async () => isComposeAppointment(mailbox.item) || ((await currentEvent())?.isOrganizer ?? false),
  };
  if (!isComposeAppointment(mailbox.item)) {
    // The new-message form is for read mode only (outlook-new-message.ts).
    const composeMessage = newMessageForm(mailbox);
    return composeMessage ? { ...host, composeMessage } : host;
  }
  const item = mailbox.item;
  const draftListeners = createListeners<DraftMeetingDetails>();

  // A new resolution replaces the meeting only when it succeeds: a failed lookup while the secretary
  // edits the time must not take the prepare view (and its unsaved agenda) away.
  const adopt = (lookup: Promise<Resolved>): Promise<MeetingRef | null> => {
    const mine = ++generation;
    return lookup.then((resolved) => {
      if (mine === generation) {
        track(Promise.resolve(resolved));
        meetingListeners.emit(toRef(resolved.event));
      }
      return toRef(resolved.event);
    });
  };
  const onTimeChanged = (): void => {
    adopt(resolveEvent()).catch(() => undefined);
    readDraftDetails(item).then(draftListeners.emit, () => undefined);
  };
  // Mailbox 1.7 events on the item itself; without them the pane just keeps the meeting it found.
  for (const eventType of [office.EventType.AppointmentTimeChanged, office.EventType.RecurrenceChanged]) {
    if (eventType === undefined || typeof item.addHandlerAsync !== 'function') continue;
    officeAsync<void>((cb) => item.addHandlerAsync?.(eventType, onTimeChanged, cb)).catch(() => undefined);
  }

  if (idNeedsSave(item)) host.inviteIdNeedsSave = true;
  host.saveDraftMeeting = async (onProgress) => {
    const itemId = await saveComposeItem(item);
    const saved = getEventAfterSave(getEvent, toRestId(itemId), options.saveRetryDelaysMs ?? SAVE_SYNC_DELAYS_MS, onProgress);
    return adopt(saved.then((event) => ({ event, series: null })));
  };
  host.writeAgendaSummary = async (meeting, ref) => {
    if (!item.body || office.CoercionType === undefined)
      throw new ComposeItemError('write-body', new Error('this Outlook has no body API'));
    const link = `${options.appUrl ?? defaultAppUrl()}?meeting=${encodeURIComponent(meetingKeyOf(ref))}`;
    try {
      const summary = { html: inviteSummaryHtml(meeting, link), text: inviteSummaryText(meeting, link) };
      await writeInviteSummary(item.body, summary, office.CoercionType);
    } catch (error) {
      throw new ComposeItemError('write-body', error);
    }
  };
  host.getDraftDetails = () => readDraftDetails(item);
  host.onDraftChanged = draftListeners.add;
  return host;
}
