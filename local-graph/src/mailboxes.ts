/**
 * Each user's own calendar. Exchange keeps one copy of a meeting per mailbox: the organizer's and
 * one per attendee, each with its own `id` and all with the organizer's `iCalUId` ("A unique
 * identifier for an event across calendars", https://learn.microsoft.com/graph/api/resources/event).
 * An id from another mailbox is not found: 404 `ErrorItemNotFound`
 * (https://learn.microsoft.com/graph/api/event-get; Exchange's code for an unknown item id).
 */
import { randomBytes } from 'node:crypto';
import type { Caller } from './auth';
import { userByEmail } from './auth';
import type { ChatDoc } from './chats-routes';
import { ServiceError } from './errors';
import { exchangeId, ownerOf } from './event-model';
import type { EventDoc, OccurrenceView } from './event-model';
import { occurrenceICalUId, occurrenceId, occurrences, parseOccurrenceId } from './recurrence';
import type { ServiceContext } from './router';
import type { Transaction } from './store';

/** The events (single instances and series masters) in the caller's mailbox. */
export const mailbox = (context: ServiceContext, caller: Caller): EventDoc[] =>
  context.store.all<EventDoc>('event').filter((e) => ownerOf(e) === caller.email);

const itemNotFound = () => new ServiceError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/** A stored event of the caller's mailbox, else 404 ErrorItemNotFound (also for another mailbox's id). */
export function requireOwnEvent(context: ServiceContext, caller: Caller, id: string): EventDoc {
  const event = context.store.get<EventDoc>('event', id);
  if (!event || ownerOf(event) !== caller.email) throw itemNotFound();
  return event;
}

/** An occurrence as it shows in a view, from its master and date: the series' times, or its exception's. */
function occurrenceView(master: EventDoc, occurrence: { date: string; startUtc: string; endUtc: string }): OccurrenceView {
  const edit = master.exceptions?.[occurrence.date];
  return {
    id: occurrenceId(master.id, occurrence.date),
    // The exception keeps the occurrence's iCalUId (the series' with the original date), so every
    // mailbox still finds it by the same value.
    iCalUId: occurrenceICalUId(master.iCalUId, occurrence.date),
    startUtc: edit?.startUtc ?? occurrence.startUtc,
    endUtc: edit?.endUtc ?? occurrence.endUtc,
    originalStartUtc: occurrence.startUtc,
    ...(edit ? { edit } : {}),
  };
}

/** The series' occurrence on `date` as first placed (ignoring edits), or undefined when the series has none then. */
export function seriesOccurrence(master: EventDoc, date: string): { date: string; startUtc: string; endUtc: string } | undefined {
  const until = Date.parse(`${date}T00:00:00Z`) + 3 * 24 * 3600_000;
  return occurrences(master, until).find((o) => o.date === date);
}

/**
 * The caller's series master and the occurrence an occurrence id names, else 404
 * ErrorItemNotFound (also for one deleted from the series: https://learn.microsoft.com/graph/api/event-delete).
 */
export function requireOwnOccurrence(context: ServiceContext, caller: Caller, id: string): { master: EventDoc; date: string } | null {
  const parsed = parseOccurrenceId(id);
  if (!parsed) return null;
  const master = requireOwnEvent(context, caller, parsed.masterId);
  if (master.cancelled?.includes(parsed.date) || !seriesOccurrence(master, parsed.date)) throw itemNotFound();
  return { master, date: parsed.date };
}

/** The caller's event or occurrence with this id, else 404 ErrorItemNotFound. */
export function findOwnItem(context: ServiceContext, caller: Caller, id: string): { event: EventDoc; occurrence?: OccurrenceView } {
  const found = requireOwnOccurrence(context, caller, id);
  if (!found) return { event: requireOwnEvent(context, caller, id) };
  const { master, date } = found;
  return {
    event: master,
    occurrence: occurrenceView(master, seriesOccurrence(master, date) as { date: string; startUtc: string; endUtc: string }),
  };
}

/**
 * A series' occurrences and exceptions overlapping [startMs, endMs), without the deleted ones: what
 * `/instances` lists (https://learn.microsoft.com/graph/api/event-list-instances: "the occurrences
 * and exceptions … in the specified time range"; the instances "don't include occurrences
 * canceled from the series", https://learn.microsoft.com/graph/api/resources/event). An exception
 * counts where it was moved to, not where the series had it.
 */
export function seriesItems(master: EventDoc, startMs: number, endMs: number): OccurrenceView[] {
  const items: OccurrenceView[] = [];
  for (const o of occurrences(master, endMs)) {
    if (master.cancelled?.includes(o.date) || master.exceptions?.[o.date]) continue;
    if (Date.parse(o.endUtc) > startMs) items.push(occurrenceView(master, o));
  }
  for (const date of Object.keys(master.exceptions ?? {})) {
    const o = seriesOccurrence(master, date);
    if (!o || master.cancelled?.includes(date)) continue;
    const view = occurrenceView(master, o);
    if (Date.parse(view.startUtc) < endMs && Date.parse(view.endUtc) > startMs) items.push(view);
  }
  return items.sort((a, b) => Date.parse(a.startUtc) - Date.parse(b.startUtc));
}

/**
 * What `/me/calendarView` lists: single instances and the occurrences of series (never a master),
 * overlapping [startMs, endMs). https://learn.microsoft.com/graph/api/user-list-calendarview
 */
export function viewItems(
  context: ServiceContext,
  caller: Caller,
  startMs: number,
  endMs: number,
): { event: EventDoc; occurrence?: OccurrenceView; startUtc: string }[] {
  const items: { event: EventDoc; occurrence?: OccurrenceView; startUtc: string }[] = [];
  for (const event of mailbox(context, caller)) {
    if (!event.recurrence) {
      if (Date.parse(event.startUtc) < endMs && Date.parse(event.endUtc) > startMs) items.push({ event, startUtc: event.startUtc });
      continue;
    }
    for (const occurrence of seriesItems(event, startMs, endMs)) items.push({ event, occurrence, startUtc: occurrence.startUtc });
  }
  return items.sort((a, b) => Date.parse(a.startUtc) - Date.parse(b.startUtc));
}

/** The demo users among an event's attendees (by address), other than the organizer. */
export function attendeeUsers(attendees: unknown[], organizer: Caller): Caller[] {
  const users = attendees
    .map((a) => (a as { emailAddress?: { address?: unknown } }).emailAddress?.address)
    .map((address) => (typeof address === 'string' ? userByEmail(address) : undefined))
    .filter((u): u is Caller => u !== undefined && u.email !== organizer.email);
  return [...new Map(users.map((u) => [u.id, u])).values()];
}

/**
 * Puts a new meeting in the organizer's mailbox and a copy in each attendee's (Exchange delivers the
 * invitation; https://learn.microsoft.com/graph/api/user-post-events), and its meeting chat when it
 * is a Teams meeting on a chat thread. Returns the organizer's copy.
 */
export function putMeeting(
  tx: Transaction,
  organizer: Caller,
  event: Omit<EventDoc, 'id' | 'owner' | 'changeKey'>,
  chat: { calendarEventId: boolean } = { calendarEventId: true },
): EventDoc {
  const copies = [organizer, ...attendeeUsers(event.attendees, organizer)].map((user): EventDoc => ({
    ...event,
    id: exchangeId(),
    owner: user.email,
    changeKey: randomBytes(12).toString('base64'),
  }));
  for (const copy of copies) tx.put('event', copy.id, copy);
  const own = copies[0] as EventDoc;
  // A channel meeting's thread (…@thread.tacv2) is a channel, not a chat: GET /chats does not know it.
  if (event.chatId && event.chatId.endsWith('@thread.v2')) {
    const doc: ChatDoc = {
      id: event.chatId,
      topic: event.subject,
      eventId: chat.calendarEventId ? own.id : null,
      created: event.created,
      organizer: { id: organizer.id, displayName: organizer.displayName },
      members: [organizer, ...attendeeUsers(event.attendees, organizer)].map((u) => u.id),
    };
    tx.put('chat', doc.id, doc);
  }
  return own;
}

/** The other mailboxes' copies of an organizer's event (same iCalUId). */
export const attendeeCopies = (context: ServiceContext, event: EventDoc): EventDoc[] =>
  context.store.all<EventDoc>('event').filter((e) => e.iCalUId === event.iCalUId && e.id !== event.id);
