/**
 * The port between the app and where it runs (Outlook task pane, Teams side panel, a plain
 * browser): the UI asks the host for the meeting, the user and the theme, and sign-in asks it what
 * it contributes. src/hosts implements it; nothing outside src/hosts touches `Office` or teams-js,
 * so src/ui and the features depend on this file, never on src/hosts.
 */
import type { Meeting } from './meeting';
import type { CalendarEvent, MeetingRef } from './ports';

/** Where the app is running. */
export type HostKind = 'outlook' | 'teams' | 'standalone';

/** The host's theme, reduced to what we map onto Fluent themes. */
export type HostTheme = 'light' | 'dark' | 'contrast';

/** The signed-in user as the host knows them; `email` is null when the host does not say. */
export interface HostUser {
  name: string;
  email: string | null;
}

/**
 * The invite the organizer is editing (Outlook compose mode), as it stands in the form, which may
 * differ from the saved calendar event until they save or send. Instants are ISO 8601 UTC
 * (`2024-03-13T08:00:00Z`); null when Outlook does not say.
 */
export interface DraftMeetingDetails {
  subject: string;
  start: string | null;
  end: string | null;
  location: string;
  /** False for a brand-new invite that was never saved: it has no calendar event yet, so no meeting. */
  saved: boolean;
  /**
   * True when this Outlook can name the invite only by saving it (Mailbox before 1.8): `saved` is then
   * false even for a sent invite, and saving an existing one updates added or removed attendees.
   */
  idNeedsSave?: boolean;
}

/**
 * Why a host has no meeting: 'not-in-calendar' (Teams names a meeting the user's calendar around
 * now does not hold), 'no-meeting' (the context names none: the personal tab).
 */
export type MeetingProblem = 'not-in-calendar' | 'no-meeting';

/** How long a just-saved invite has been awaited in the calendar, and for how long it will be. */
export interface InviteSyncProgress {
  waitedMs: number;
  limitMs: number;
}

/**
 * The user opened a recurring meeting's whole series (Outlook), which has no agenda of its own:
 * `next` is the occurrence the host shows instead, null when the series has none left.
 */
export interface SeriesOpened {
  next: MeetingRef | null;
}

/** A message for the host's compose form: recipients' addresses (may be empty), subject, HTML body. */
export interface MessageDraft {
  to: string[];
  subject: string;
  htmlBody: string;
}

/** Stops a subscription. */
export type Unsubscribe = () => void;

/**
 * A host implementation. `getMeetingRef` resolves to null when the host has no meeting open
 * (for example the standalone page with an empty calendar). Callbacks are never called after the
 * returned unsubscribe function has run.
 */
export interface MeetingHost {
  readonly kind: HostKind;
  /** The meeting occurrence currently open in the host, or null when there is none. */
  getMeetingRef(): Promise<MeetingRef | null>;
  /** Called with the new meeting when the user moves to another one (Outlook ItemChanged, the picker). */
  onMeetingChanged(cb: (ref: MeetingRef | null) => void): Unsubscribe;
  getTheme(): HostTheme;
  onThemeChanged(cb: (theme: HostTheme) => void): Unsubscribe;
  getUser(): Promise<HostUser | null>;
  /**
   * The signed-in user's name for sign-in (a UPN), when the host says: Outlook's
   * Office.auth.getAuthContext(), the Teams context's user.loginHint. Undefined when it cannot.
   */
  loginHint?(): Promise<string | undefined>;
  /** Only Outlook: whether the open item is a recurring meeting's whole series (see SeriesOpened), else null. */
  seriesOpened?(): Promise<SeriesOpened | null>;
  /** Whether the user organises the open meeting; hosts that cannot tell leave it out. */
  isOrganizer?(): Promise<boolean>;
  /**
   * Opens the host's own new-message form, filled in; the user sends it (Outlook:
   * Office.context.mailbox.displayNewMessageForm, https://learn.microsoft.com/javascript/api/outlook/office.mailbox#outlook-office-mailbox-displaynewmessageform-member(1)).
   * Hosts without one leave it out, and the app offers a mailto: link. Needs no mail permission.
   */
  composeMessage?(message: MessageDraft): Promise<void>;
  /**
   * Only hosts that let the user choose a meeting themselves (standalone, Teams when its lookup
   * found none): switch to that calendar event. Listeners registered with onMeetingChanged are told.
   */
  selectMeeting?(event: CalendarEvent): void;
  /**
   * Only hosts that look the meeting up from where they run (Teams): why getMeetingRef found none,
   * so the UI explains it and offers the choice; null when found (or chosen). Without it, a host
   * with selectMeeting always offers the choice.
   */
  meetingProblem?(): Promise<MeetingProblem | null>;
  /**
   * Only while the organizer edits the invite (Outlook compose mode). A brand-new invite has no
   * calendar event until it is saved, so getMeetingRef gives null; this saves the invite (the
   * user's own action, e.g. the button "Gem invitationen for at forberede dagsordenen") and
   * resolves to its meeting. Saving a new invite puts it in the organizer's calendar without
   * sending it; saving an already sent one sends updates only to added or removed attendees.
   * Listeners registered with onMeetingChanged are told. Rejects when Outlook cannot save, or (with
   * the calendar's 404, kind 'not-found') when the saved invite has not reached the calendar within
   * about 30 s; `onProgress` hears each wait meanwhile.
   */
  saveDraftMeeting?(onProgress?: (progress: InviteSyncProgress) => void): Promise<MeetingRef | null>;
  /**
   * Only in compose mode on an Outlook that names an invite only by saving it (Mailbox before 1.8): even
   * a sent invite needs saveDraftMeeting each time the pane opens.
   */
  inviteIdNeedsSave?: boolean;
  /**
   * Only in compose mode: writes a short public agenda of `meeting` (number, title, time slot;
   * closed punkter only as "Lukket"; a link that opens Punkt) into the invite body, replacing the
   * one an earlier save wrote. The organizer sends the invite as usual. Rejects when Outlook cannot.
   */
  writeAgendaSummary?(meeting: Meeting, ref: MeetingRef): Promise<void>;
  /** Only in compose mode: the invite's subject, time and place as currently typed in the form. */
  getDraftDetails?(): Promise<DraftMeetingDetails>;
  /** Only in compose mode: called with fresh details when the organizer changes the invite's time or recurrence. */
  onDraftChanged?(cb: (details: DraftMeetingDetails) => void): Unsubscribe;
}

/** A token the host got by its own sign-in (Outlook's Office dialog), not through MSAL's cache. */
export interface FallbackToken {
  accessToken: string;
  expiresOn: Date | null;
}

/** What a host contributes to sign-in (src/auth): whether it brokers NAA, and its own dialog when it does not. */
export interface HostSignIn {
  /** Whether the host supports nested app authentication, e.g. Office's isSetSupported('NestedAppAuth', '1.1'). Default: assume yes. */
  supportsNestedAppAuth?: () => boolean | Promise<boolean>;
  /** Signs in through the host's own dialog when NAA is unavailable. Without it, that case is an error. */
  dialogFallback?: (scopes: string[]) => Promise<FallbackToken>;
  /** The user the host is signed in as (MeetingHost.loginHint), so MSAL picks or prefills that account. */
  loginHint?: () => Promise<string | undefined>;
  /** True outside Office and Teams: MSAL signs in with its own popup window, which the browser may block. */
  plainBrowser?: () => boolean;
}
