/**
 * The small interfaces the features use to reach meetings, whatever the backend
 * (Graph against a tenant, the local Graph-compatible service, or an in-memory fake in tests).
 * Implemented in src/graph; faked by hand in tests.
 */
import type { Bilag } from './bilag';
import type { LiveProgress } from './live-meeting';
import type { AgendaItem, Meeting } from './meeting';
import type { ReferatApproval } from './referat/approval';

/**
 * Identifies one occurrence of a calendar meeting: the event's iCalUId plus the occurrence's
 * start as an ISO 8601 UTC instant (`2024-03-13T08:00:00Z`), so recurring series work.
 */
export interface MeetingRef {
  iCalUId: string;
  start: string;
}

/** A calendar event as the hosts and the meeting picker need it. */
export interface CalendarEvent {
  id: string;
  iCalUId: string;
  subject: string;
  /** ISO 8601 UTC instants. */
  start: string;
  end: string;
  location: string | null;
  organizerName: string | null;
  /** The organizer's address (Graph `organizer.emailAddress.address`); the chair who approves the referat. Absent when not read. */
  organizerEmail?: string | null;
  isOrganizer: boolean;
  /**
   * The invited people's addresses (Graph `attendees[].emailAddress.address`, rooms and equipment left out:
   * https://learn.microsoft.com/graph/api/resources/attendee), to whom the referat is sent. Absent when not read.
   */
  attendees?: string[];
  /** The Teams join URL (Graph `onlineMeeting.joinUrl`), when the event is an online meeting and it was asked for. */
  joinUrl?: string | null;
}

/** An agenda item as stored, with what the backend needs to update it safely. */
export interface StoredItem {
  id: string;
  etag: string;
  item: AgendaItem;
  /** False when the item is closed and the user cannot read the restricted list. */
  readable: boolean;
  /**
   * Columns of the item's rows that could not be read (edited in SharePoint to something Punkt does
   * not know): the item holds each one's safe default, and the views name the punkt and the column.
   */
  problems?: RowProblem[];
  /**
   * When the punkt's rows last changed (ISO 8601 UTC; for a closed punkt the later of its two rows), as
   * the backend reports it; undefined when it did not say. The referat's approval compares against it.
   */
  modifiedAt?: string;
}

/** A column of a list row that could not be read. No value: it may be closed content. */
export interface RowProblem {
  /** The list's display name, e.g. PunktItems. */
  list: string;
  /** The row's item id in that list. */
  itemId: string;
  /** The SharePoint column, e.g. Status. */
  column: string;
  /** What was wrong, for a log or an administrator (English, from the validator). */
  message: string;
}

/** A meeting as stored; `meeting.items` mirrors `items`. */
export interface StoredAgenda {
  meetingId: string;
  etag: string;
  ref: MeetingRef;
  meeting: Meeting;
  items: StoredItem[];
  /**
   * The live progress stored with the meeting, when the backend read it with the agenda (so opening
   * a view costs no extra request): null when nobody has marked a punkt, undefined when not read.
   */
  progress?: LiveProgress | null;
  /** Columns of the meeting row that could not be read (the meeting holds their defaults). */
  problems?: RowProblem[];
  /**
   * Bilag of closed punkter that the save could not move into the restricted folder, because their
   * link is not a file in the forum's Bilag folders (another site, a web page); set by a save only.
   */
  unmovedBilag?: UnmovedBilag[];
  /**
   * Bilag of reopened punkter still in the restricted folder because moving them back failed: readers
   * cannot open them yet (nothing leaks); the next save tries again. Set by a save only.
   */
  bilagLeftClosed?: UnmovedBilag[];
  /**
   * The start (UTC) the agenda is stored under when the organizer has moved the meeting since
   * (moved-meeting.ts): `meeting` already has the new date and times; the secretary's next save
   * stores the agenda under the new start. Absent when the agenda is stored under `ref`.
   */
  movedFrom?: string;
}

/** A closed punkt's linked Bilag left where it is: Punkt cannot move a file outside its library. */
export interface UnmovedBilag {
  /** The punkter (by number) that link it. */
  numbers: number[];
  name: string;
  url: string;
}

/** Read access to agendas: what the managers' view needs. */
export interface AgendaSource {
  /** The agenda of one meeting occurrence, or null when no agenda has been prepared yet. */
  loadAgenda(ref: MeetingRef): Promise<StoredAgenda | null>;
}

/** The user's calendar: what the hosts and the meeting picker need. */
export interface CalendarSource {
  /** Events whose start lies in [fromIso, toIso), ordered by start. */
  listEvents(fromIso: string, toIso: string): Promise<CalendarEvent[]>;
  getEvent(id: string): Promise<CalendarEvent>;
}

/**
 * Gives the bearer token for Graph. Implemented in src/auth (MSAL nested app auth, the local
 * service's development token); consumed by the Graph client, which must not know how sign-in works.
 */
export interface TokenProvider {
  /** A current access token; `forceRefresh` after a 401 asks for a new one. */
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
}

/** What the note-taker writes for one punkt. */
export interface DecisionWrite {
  decision: string;
  status: AgendaItem['status'];
  postponedTo: string | null;
}

/** The server's copy of a punkt's decision, with the ETag to write against. */
export interface DecisionVersion {
  etag: string;
  value: DecisionWrite;
}

/** The result of a conditional write: the new ETag, or the server's current version on a conflict (412). */
export type DecisionWriteResult = { ok: true; etag: string } | { ok: false; current: DecisionVersion };

/**
 * Where decisions are written (the agenda items list). Errors other than a conflict are thrown;
 * a thrown error with `status` 401/403 is not retried (403 means the user may only read).
 */
export interface DecisionStore {
  readDecision(itemId: string): Promise<DecisionVersion>;
  writeDecision(itemId: string, value: DecisionWrite, etag: string): Promise<DecisionWriteResult>;
  /**
   * Whether the user may write the decision of punkt `itemId` (asked once when the note-taker's view
   * opens, so a read-only user never sees editors): null when the backend could not tell (offline,
   * a server error). Never changes anything. Optional: without it the view learns from a 403 on write.
   */
  canWrite?(itemId: string): Promise<boolean | null>;
  /**
   * canWrite's last answer for this account and list from an earlier open (null: none), read at
   * once without the network, so a view can be picked before the fresh probe answers.
   */
  rememberedCanWrite?(): boolean | null;
}

/** What a save of the agenda knows about the draft it writes. */
export interface SaveAgendaOptions {
  /**
   * The stored agenda the draft was made from (null: a new agenda). Changes made by others since then
   * are kept or reported (AgendaConflictError); omitted, the draft's agenda is written without that check
   * (seeding, import). Decisions of kept punkter are never taken from the draft either way.
   */
  base?: StoredAgenda | null;
  /** Save over others' changes to the agenda; still never deletes a decision written since `base` (PunktHasDecisionError). */
  force?: boolean;
}

/** Writing agendas: what the secretary's view needs. */
export interface AgendaStore extends AgendaSource {
  /**
   * Creates or updates the agenda of a meeting occurrence from `meeting`; returns it as stored. Throws
   * AgendaConflictError or PunktHasDecisionError (src/domain/save-errors.ts) when it may not.
   */
  saveAgenda(ref: MeetingRef, meeting: Meeting, options?: SaveAgendaOptions): Promise<StoredAgenda>;
}

/**
 * Which punkt the note-taker has started, shared with everyone viewing the meeting. Last writer wins:
 * it is one fact about the room ("this punkt is on now"), not a text to merge.
 */
export interface LiveProgressStore {
  /** The stored progress, or null when none is set (or the meeting has no agenda). */
  readProgress(ref: MeetingRef): Promise<LiveProgress | null>;
  /** Stores the progress; null clears it. Throws when the meeting has no agenda to store it on. */
  writeProgress(ref: MeetingRef, progress: LiveProgress | null): Promise<void>;
}

/**
 * Who approved a meeting's referat and when, stored with the meeting (issue #14, Approval). A meeting
 * without an agenda, or stored where the approval columns do not exist yet, reads as not approved.
 */
export interface ReferatApprovalStore {
  /** The stored approval, or null when the referat is not approved. */
  approvalOf(ref: MeetingRef): Promise<ReferatApproval | null>;
  /** Approves the referat as the signed-in user, now (approving again replaces the earlier approval); returns it as stored. */
  approve(ref: MeetingRef): Promise<ReferatApproval>;
}

/** One entry of the Bilag folder in the forum's document library (issue #15, Bilag are the real papers). */
export interface LibraryEntry {
  name: string;
  folder: boolean;
  /** Where a browser opens it. */
  url: string;
  /** Bytes; 0 for a folder. */
  size: number;
}

/**
 * A punkt's papers in the forum's document library, by meeting date; a closed punkt's in a folder
 * only those who may read closed punkter reach.
 */
export interface BilagLibrary {
  /** Stores a file for a punkt of the meeting on `date` (an existing name gets a number); returns it as a linked Bilag. */
  upload(
    target: { date: string; closed: boolean },
    file: { name: string; bytes: Uint8Array; type: string },
    onProgress?: (sent: number, total: number) => void,
  ): Promise<Bilag>;
  /** The folders and files at `path` below the Bilag folder (public, or the closed one); [] when it does not exist. */
  browse(closed: boolean, path: readonly string[]): Promise<LibraryEntry[]>;
}
