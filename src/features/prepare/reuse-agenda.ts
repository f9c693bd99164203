/**
 * A new agenda built from an earlier one (a previous meeting's agenda, or the text of an agenda
 * or minutes): its punkter and participants under this meeting's own header. What belonged to
 * the earlier meeting stays behind: decisions (a Beslutning section would be printed in the new
 * agenda), and fixed slots when the meetings start at different times (they become durations).
 */
import type { AgendaItem, Meeting } from '../../domain/meeting';
import type { Draft } from './draft';
import { toDraft } from './draft';

function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

function reuseItem(item: AgendaItem, sameStart: boolean): AgendaItem {
  const slot = sameStart ? item.slot : null;
  const length = item.slot ? minutes(item.slot.end) - minutes(item.slot.start) : null;
  return {
    ...item,
    sections: item.sections.filter((s) => s.heading !== 'Beslutning'),
    slot,
    durationMinutes: item.slot && !slot && length !== null && length > 0 ? length : item.durationMinutes,
    decision: null,
    status: 'none',
    postponedTo: null,
  };
}

/**
 * The working copy of a new agenda for the meeting whose header is `header` (date and times from
 * the occurrence, subject and place from the calendar when known), with the punkter of `source`.
 */
export function reuseAgenda(source: Meeting, header: Draft['meeting']): Draft {
  const sameStart = source.start === header.start;
  return toDraft({
    ...header,
    kind: 'dagsorden',
    forum: header.forum.trim() === '' ? source.forum : header.forum,
    location: header.location ?? source.location,
    participants: source.participants,
    // Unrecognised header lines describe the earlier meeting (who sent apologies, and so on).
    preamble: [],
    items: source.items.map((item) => reuseItem(item, sameStart)),
  });
}
