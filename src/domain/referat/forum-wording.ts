/**
 * The forum's own words for what a referat says of a punkt the note-taker left without text. Only
 * sentences the forum itself writes are used (tests/fixtures/referater/chefforum-2024-03-13.txt,
 * punkt 7 and 9; spec "Beslutning": "Punktet blev udsat til Chefforum den 10. april 2024" or
 * "... udsat til behandling på et senere Chefforum"). A punkt without a decision gets no invented
 * sentence: its Beslutning is left out, as the forum's agendas do.
 */
import { MONTHS, dateParts } from '../danish-calendar';
import type { AgendaItem, IsoDate, Meeting } from '../meeting';

/** `Punktet blev udsat til Chefforum den 10. april 2024`, or to "et senere Chefforum" without a date. */
export function postponedWording(forum: string, postponedTo: IsoDate | null): string {
  if (postponedTo === null) return `Punktet blev udsat til behandling på et senere ${forum}.`;
  const { year, month, day } = dateParts(postponedTo);
  return `Punktet blev udsat til ${forum} den ${day}. ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** The meeting with each postponed punkt that has no decision text saying so in the forum's words. */
export function withForumWording(meeting: Meeting): Meeting {
  if (!meeting.items.some(needsWording)) return meeting;
  return { ...meeting, items: meeting.items.map((item) => (needsWording(item) ? worded(item, meeting.forum) : item)) };
}

function needsWording(item: AgendaItem): boolean {
  return item.status === 'postponed' && !item.closed && (item.decision ?? '').trim() === '';
}

function worded(item: AgendaItem, forum: string): AgendaItem {
  const decision = postponedWording(forum, item.postponedTo);
  // An empty Beslutning section would hide the derived decision from the renderer: drop it.
  const sections = item.sections.filter((s) => !(s.heading === 'Beslutning' && s.text.trim() === ''));
  return { ...item, decision, sections };
}
