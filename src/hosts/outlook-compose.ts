/**
 * The organizer's compose mode (Mailbox 1.8): the secretary edits the meeting invite and opens
 * "Forbered dagsorden". A compose item has no `itemId`; its id comes from getItemIdAsync, which
 * fails with ItemNotSaved until the invite has been saved once, or from saveAsync. Fields are read
 * with `getAsync` because the form may hold edits that are not saved yet.
 * https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose
 */
import { appError, appErrorOf, type AppError, type WithAppError } from '../domain/app-error';
import type { CalendarEvent } from '../domain/ports';
import type { DraftMeetingDetails, InviteSyncProgress } from '../domain/host-port';
import { OfficeAsyncError, officeAsync, type OfficeAsyncResult } from './office-async';
import type { InviteBody } from './outlook-invite-body';

type Callback<T> = (result: OfficeAsyncResult<T>) => void;

/** A compose-mode field (item.subject, item.start, …) read through getAsync. */
export interface AsyncField<T> {
  getAsync(callback: Callback<T>): void;
}

/** The slice of an office.js item this add-in reads, in read mode (attendee) or compose mode (organizer). */
export interface OutlookItem {
  itemId?: string | null;
  itemType?: string | null;
  getItemIdAsync?(callback: Callback<string>): void;
  saveAsync?(callback: Callback<string>): void;
  subject?: string | AsyncField<string>;
  start?: Date | AsyncField<Date>;
  end?: Date | AsyncField<Date>;
  location?: string | AsyncField<string>;
  addHandlerAsync?(eventType: unknown, handler: (args?: unknown) => void, callback?: Callback<void>): void;
  /** Mailbox 1.7: the master's id for an occurrence; null for a single meeting or the series itself. */
  seriesId?: string | null;
  /** Mailbox 1.7: the recurrence pattern (read mode) or its getAsync (compose); null when not recurring. */
  recurrence?: unknown;
  /** The invite's body (compose mode), where the agenda summary goes. */
  body?: InviteBody;
}

/**
 * An appointment the organizer is editing. getItemIdAsync is Mailbox 1.8; before it (Outlook 2016 and
 * 2019 through the add-in only manifest, which asks for Mailbox 1.3) only saveAsync, whose answer is the
 * id, can name the invite (https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-saveasync-member(1)).
 */
export type ComposeAppointment = OutlookItem & Required<Pick<OutlookItem, 'saveAsync'>>;

/** Compose mode is told apart by its API: read items carry `itemId`, compose items only saveAsync (and getItemIdAsync). */
export function isComposeAppointment(item: OutlookItem | null | undefined): item is ComposeAppointment {
  if (!item || item.itemId) return false;
  if (item.itemType && item.itemType !== 'appointment') return false;
  return typeof item.saveAsync === 'function';
}

/** Whether only saving the invite can give its id (no getItemIdAsync: Mailbox before 1.8). */
export const idNeedsSave = (item: ComposeAppointment): boolean => typeof item.getItemIdAsync !== 'function';

/** Outlook could not give (or save) the invite being edited, for a reason other than "never saved". */
export class ComposeItemError extends Error implements WithAppError {
  override readonly name = 'ComposeItemError';
  /** Outlook (the host), not the data, could not do it now: the user can try again. */
  readonly appError: AppError = appError('unavailable', { source: 'host' });
  constructor(
    readonly action: 'read-id' | 'save' | 'write-body',
    override readonly cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(
      action === 'save'
        ? `Outlook could not save the invite: ${detail}`
        : action === 'write-body'
          ? `Outlook could not write the agenda into the invite: ${detail}`
          : `Outlook could not give the id of the invite being edited: ${detail}`,
    );
  }
}

/**
 * The documented error name is ItemNotSaved; the English message is a fallback for clients that
 * leave the name out (the message is localised elsewhere, so the name is what we rely on).
 */
function isNotSaved(error: unknown): boolean {
  return error instanceof OfficeAsyncError && (error.officeName === 'ItemNotSaved' || /until the item is saved/i.test(error.message));
}

/**
 * The invite's EWS id, or null while it was never saved (or, before Mailbox 1.8, until this pane saves
 * it); other failures reject with ComposeItemError.
 */
export async function composeItemId(item: ComposeAppointment): Promise<string | null> {
  const getItemIdAsync = item.getItemIdAsync;
  if (!getItemIdAsync) return null;
  try {
    const id = await officeAsync<string>((cb) => getItemIdAsync.call(item, cb));
    return id || null;
  } catch (error) {
    if (isNotSaved(error)) return null;
    throw new ComposeItemError('read-id', error);
  }
}

/** Saves the invite and gives its EWS id; rejects with ComposeItemError when Outlook cannot. */
export async function saveComposeItem(item: ComposeAppointment): Promise<string> {
  let id: string;
  try {
    id = await officeAsync<string>((cb) => item.saveAsync(cb));
  } catch (error) {
    throw new ComposeItemError('save', error);
  }
  // Some clients answer saveAsync without the id; the item is saved now, so getItemIdAsync knows it.
  const known = id || (await composeItemId(item));
  if (!known) throw new ComposeItemError('save', new Error('no item id after saving'));
  return known;
}

function isAsyncField<T>(field: T | AsyncField<T> | undefined): field is AsyncField<T> {
  return typeof (field as AsyncField<T> | undefined)?.getAsync === 'function';
}

async function readField<T>(field: T | AsyncField<T> | undefined): Promise<T | null> {
  if (field === undefined) return null;
  return isAsyncField(field) ? officeAsync<T>((cb) => field.getAsync(cb)) : field;
}

/**
 * A form time as an ISO UTC instant without zero milliseconds (as domain/time's toUtcIso writes it).
 * Plain Date, not luxon: this module is in the task pane's first chunk, which luxon would double.
 */
const utc = (date: Date | null): string | null =>
  date && !Number.isNaN(date.getTime()) ? date.toISOString().replace(/\.000Z$/, 'Z') : null;

/** Reads the invite as it stands in the form (unsaved edits included). */
export async function readDraftDetails(item: ComposeAppointment): Promise<DraftMeetingDetails> {
  const [subject, start, end, location, id] = await Promise.all([
    readField(item.subject),
    readField(item.start),
    readField(item.end),
    readField(item.location),
    composeItemId(item),
  ]);
  const details = { subject: subject ?? '', start: utc(start), end: utc(end), location: location ?? '', saved: id !== null };
  return idNeedsSave(item) ? { ...details, idNeedsSave: true } : details;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const isNotFound = (error: unknown): boolean => appErrorOf(error).kind === 'not-found';

/**
 * Waits after each Graph 404 for a just-saved invite, about 30 s in all: "when Outlook is in cached
 * mode, it may take some time before the item is actually synced to the server. Until the item is
 * synced, using the itemId will return an error"
 * (https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose#outlook-office-appointmentcompose-saveasync-member(1)).
 * A busy mailbox took longer than 7 s, so short waits come first and longer ones after.
 */
export const SAVE_SYNC_DELAYS_MS: readonly number[] = [1000, 2000, 3000, 4000, 5000, 5000, 5000, 5000];

/**
 * Reads the Graph event of an invite that was just saved. Until Outlook has synced the item to the
 * server Graph answers 404 for its id, so a 404 is retried after each of `delaysMs`, and
 * `onProgress` hears how long it has waited; any other failure, or a 404 after the last delay,
 * rejects.
 */
export async function getEventAfterSave(
  getEvent: (id: string) => Promise<CalendarEvent>,
  restId: string,
  delaysMs: readonly number[],
  onProgress?: (progress: InviteSyncProgress) => void,
): Promise<CalendarEvent> {
  const limitMs = delaysMs.reduce((sum, delay) => sum + delay, 0);
  let waitedMs = 0;
  for (const delay of delaysMs) {
    try {
      return await getEvent(restId);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    onProgress?.({ waitedMs, limitMs });
    await sleep(delay);
    waitedMs += delay;
  }
  onProgress?.({ waitedMs, limitMs });
  return getEvent(restId);
}
