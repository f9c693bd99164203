/**
 * What the form checks before saving, as message keys per field, so the texts stay in the
 * catalog (Danish and English) and the rules stay testable without React.
 */
import { isCaseNumber } from '../../domain/case-number';
import type { Draft, DraftItem } from './draft';
import { readClock, readMinutes } from './draft';

export type FieldProblem = 'required' | 'caseNumber' | 'prefix' | 'minutes' | 'clock' | 'slotOrder' | 'tooLong';

export type ItemField = 'title' | 'prefix' | 'caseNumber' | 'duration' | 'slotStart' | 'slotEnd';
export type HeaderField = 'forum' | 'start' | 'plannedEnd' | 'location';

export type ItemProblems = Partial<Record<ItemField, FieldProblem>>;
export type HeaderProblems = Partial<Record<HeaderField, FieldProblem>>;

/**
 * SharePoint's single line of text holds at most 255 characters
 * (https://support.microsoft.com/office/list-and-library-column-types-and-options-0d8ddb7b-7dc7-414d-a283-ee9dca891df7);
 * a longer value fails the whole save. The form's single-line fields, per list-definitions.ts: a punkt's
 * Title, the meeting's Location, and its Forum, which the meeting row's Title repeats with the
 * date after it (`${forum} ${date}`, meetingToFields). Prefix and case number have shorter shapes.
 */
const SINGLE_LINE_MAX = 255;
export const SINGLE_LINE_LIMITS = {
  title: SINGLE_LINE_MAX,
  location: SINGLE_LINE_MAX,
  forum: SINGLE_LINE_MAX - ' yyyy-mm-dd'.length,
} as const;

/** Too long for its column, as saved (trimmed). Lengths in UTF-16 units, as SharePoint counts them. */
const tooLong = (value: string | null, field: keyof typeof SINGLE_LINE_LIMITS): boolean =>
  (value ?? '').trim().length > SINGLE_LINE_LIMITS[field];

// The prefix must read back as one (parse-item.ts): upper-case letters, up to four joined by '/'.
const PREFIX = /^[A-ZÆØÅ]{1,10}(?:\/[A-ZÆØÅ]{1,10}){0,3}$/;

/** The problems of one punkt; an empty object when it can be saved. */
export function itemProblems(item: DraftItem): ItemProblems {
  const problems: ItemProblems = {};
  if (!item.closed && item.title.trim() === '') problems.title = 'required';
  else if (tooLong(item.title, 'title')) problems.title = 'tooLong';
  if (!item.closed && item.prefix.trim() !== '' && !PREFIX.test(item.prefix.trim())) problems.prefix = 'prefix';
  if (item.caseNumber.trim() === '') problems.caseNumber = 'required';
  else if (!isCaseNumber(item.caseNumber.trim())) problems.caseNumber = 'caseNumber';
  if (item.timing === 'duration' && readMinutes(item.duration) === null) problems.duration = 'minutes';
  if (item.timing === 'slot') {
    const start = readClock(item.slotStart);
    const end = readClock(item.slotEnd);
    if (!start) problems.slotStart = 'clock';
    if (!end) problems.slotEnd = 'clock';
    else if (start && end <= start) problems.slotEnd = 'slotOrder';
  }
  return problems;
}

/** The problems of the meeting header. */
export function headerProblems(meeting: Draft['meeting']): HeaderProblems {
  const problems: HeaderProblems = {};
  if (meeting.forum.trim() === '') problems.forum = 'required';
  else if (tooLong(meeting.forum, 'forum')) problems.forum = 'tooLong';
  if (tooLong(meeting.location, 'location')) problems.location = 'tooLong';
  if (!readClock(meeting.start)) problems.start = 'clock';
  if (meeting.plannedEnd !== null && meeting.plannedEnd !== '') {
    const end = readClock(meeting.plannedEnd);
    if (!end) problems.plannedEnd = 'clock';
    else if (readClock(meeting.start) && end <= readClock(meeting.start)!) problems.plannedEnd = 'slotOrder';
  }
  return problems;
}

/** How many fields in the whole draft need fixing before it can be saved. */
export function countProblems(draft: Draft): number {
  const count = (p: object) => Object.keys(p).length;
  return count(headerProblems(draft.meeting)) + draft.items.reduce((n, item) => n + count(itemProblems(item)), 0);
}
