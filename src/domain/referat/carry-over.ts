/**
 * Carry-over (issue #14): a punkt the forum postponed (udsat) comes back on its next agenda with its
 * history. Historik holds earlier treatment as the spec writes it (`Direktørforum den 19. marts 2024:`
 * then that forum's decision text, ../shared/spec/referat-format.md "Historik"); the postponement is
 * written that way, with the decision as minuted or, without text, the forum's own sentence
 * (forum-wording.ts).
 */
import { MONTHS, dateParts } from '../danish-calendar';
import type { AgendaItem, Meeting, Section } from '../meeting';
import { SECTION_HEADINGS } from '../meeting';
import { postponedWording } from './forum-wording';

/** The punkter of `meeting` it postponed, in agenda order (a closed punkt the user cannot read has no status). */
export function postponedPunkter(meeting: Meeting): AgendaItem[] {
  return meeting.items.filter((item) => item.status === 'postponed');
}

/** The Historik entry for `item` postponed at `previous`: `Chefforum den 13. marts 2024:` and the decision. */
export function postponementEntry(previous: Pick<Meeting, 'forum' | 'date'>, item: AgendaItem): string {
  const { year, month, day } = dateParts(previous.date);
  const decision = (item.decision ?? '').trim() || postponedWording(previous.forum, item.postponedTo);
  return `${previous.forum} den ${day}. ${MONTHS[month - 1] ?? ''} ${year}:\n${decision}`;
}

const rank = (heading: Section['heading']): number => (heading === '' ? -1 : SECTION_HEADINGS.indexOf(heading));

/** The sections with `entry` added as the last paragraph of Historik (a new section in the format's order when none). */
function withHistoryEntry(sections: readonly Section[], entry: string): Section[] {
  const last = sections.map((s) => s.heading).lastIndexOf('Historik');
  if (last >= 0) {
    return sections.map((s, i) => (i === last ? { ...s, text: s.text.trim() === '' ? entry : `${s.text}\n\n${entry}` } : s));
  }
  const section: Section = { heading: 'Historik', text: entry };
  const after = sections.findIndex((s) => rank(s.heading) > rank('Historik'));
  return after < 0 ? [...sections, section] : [...sections.slice(0, after), section, ...sections.slice(after)];
}

const minutes = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
};

/**
 * `item` of the earlier meeting `previous` as a punkt of the next agenda: title, case number and texts
 * kept, its Historik gaining the postponement; the decision left behind (the new meeting takes its own)
 * and its slot turned into a duration (the next meeting's schedule places it).
 */
export function carriedOver(item: AgendaItem, previous: Pick<Meeting, 'forum' | 'date'>): AgendaItem {
  const entry = postponementEntry(previous, item);
  const sections = withHistoryEntry(
    item.sections.filter((s) => s.heading !== 'Beslutning'),
    entry,
  );
  const length = item.slot ? minutes(item.slot.end) - minutes(item.slot.start) : null;
  const history = sections
    .filter((s) => s.heading === 'Historik' && s.text !== '')
    .map((s) => s.text)
    .join('\n\n');
  return {
    ...item,
    sections,
    history,
    slot: null,
    durationMinutes: length !== null && length > 0 ? length : item.durationMinutes,
    decision: null,
    status: 'none',
    postponedTo: null,
  };
}
