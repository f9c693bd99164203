/**
 * What of a closed (Lukket) punkt may be kept on a device: only what everyone may see, its number,
 * case number and place in the schedule. Copies kept for offline use live in the browser's storage
 * of a possibly shared municipal PC, where the next person may not be allowed to read them.
 */
import type { AgendaItem } from './meeting';
import type { StoredAgenda } from './ports';

/** The title a closed punkt shows to those who cannot read it. */
export const CLOSED_PLACEHOLDER_TITLE = 'Lukket';

/** What of a closed punkt everyone may see: its number, case number and place in the schedule. */
export type ClosedPublicFields = Pick<AgendaItem, 'number' | 'caseNumber' | 'slot' | 'durationMinutes'>;

/** A closed item reduced to its public part; open items are returned as they are. */
export function publicPart(item: AgendaItem): AgendaItem {
  return item.closed ? closedPlaceholder(item) : item;
}

/**
 * The closed punkt as those who cannot read it see it ("Lukket", no content), from its public
 * fields: what a device copy keeps, and what the lists give a user the restricted list refuses.
 */
export function closedPlaceholder(pub: ClosedPublicFields): AgendaItem {
  return {
    number: pub.number,
    prefix: null,
    title: CLOSED_PLACEHOLDER_TITLE,
    caseNumber: pub.caseNumber,
    closed: true,
    slot: pub.slot,
    durationMinutes: pub.durationMinutes,
    sections: [],
    recommendation: null,
    decision: null,
    history: null,
    attachments: [],
    status: 'none',
    postponedTo: null,
  };
}

/**
 * A closed item as the public document writes it (spec "Closed item": the heading `Punkt N: Lukket`,
 * then only a case number). The slot stays in the heading, as the place in the schedule everyone
 * sees; a duration does not, as it could only be written in an Anledning section.
 */
export function publicDocumentPart(item: AgendaItem): AgendaItem {
  return item.closed ? { ...publicPart(item), durationMinutes: null } : item;
}

/** The agenda with every closed punkt's content removed (and marked unreadable), fit for a device copy. */
export function withoutClosedContent(agenda: StoredAgenda): StoredAgenda {
  if (!agenda.items.some((s) => s.item.closed) && !agenda.meeting.items.some((i) => i.closed)) return agenda;
  return {
    ...agenda,
    meeting: { ...agenda.meeting, items: agenda.meeting.items.map(publicPart) },
    items: agenda.items.map((stored) => (stored.item.closed ? { ...stored, item: publicPart(stored.item), readable: false } : stored)),
  };
}
