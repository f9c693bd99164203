/**
 * The mapping between Punkt's list rows and the domain: rows read into meetings, punkter and
 * decisions (a column that does not fit is a RowProblem at its safe default, or a MappingError when
 * the meeting cannot do without it), and the domain written back as `fields` objects. The lists
 * themselves are in list-definitions.ts, the queries that read them in list-queries.ts.
 */
import * as v from 'valibot';
import { isoDate, parseIsoDate, parseLocalTime } from '../domain/brands';
import type { AgendaItem, Meeting, Section } from '../domain/meeting';
import { SECTION_HEADINGS } from '../domain/meeting';
import type { DecisionWrite, RowProblem, MeetingRef, StoredItem } from '../domain/ports';
import { completeItem } from '../domain/parse';
import { closedPlaceholder } from '../domain/closed-redaction';
import {
  CLOSED_ITEMS_LIST,
  CLOSED_TITLE,
  ITEMS_LIST,
  MEETING_DATE_COLUMN,
  MEETINGS_LIST,
  meetingDateOfKey,
  meetingKey,
  normalizeUtc,
  type ListDef,
} from './list-definitions';
import { check, finiteNumber, safeInt } from './row-checks';

// ---------------------------------------------------------------- rows → domain

/** A list item as Graph returns it with `$expand=fields`. */
export interface Row {
  id: string;
  '@odata.etag'?: string;
  eTag?: string;
  /** When the row last changed (a listItem's default property, https://learn.microsoft.com/graph/api/resources/listitem). */
  lastModifiedDateTime?: string;
  fields?: Record<string, unknown>;
}

/** A row whose fields do not fit the list's shape. Names the list, the item and the column. */
export class MappingError extends Error {
  readonly list: string;
  readonly itemId: string;
  readonly column: string;

  constructor(list: string, itemId: string, column: string, problem: string) {
    super(`${list} item ${itemId}, column ${column}: ${problem}`);
    this.name = 'MappingError';
    this.list = list;
    this.itemId = itemId;
    this.column = column;
  }
}

// SharePoint leaves empty columns out of `fields`, so every optional column is nullish.
const opt = v.nullish(v.string());

/** A text column read into a branded time type: what `parse` refuses is a problem of that column. */
function branded<T>(parse: (text: string) => T | null, expected: string) {
  return v.pipe(
    v.string(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const value = parse(dataset.value);
      if (value !== null) return value;
      addIssue({ message: `expected ${expected}` });
      return NEVER;
    }),
  );
}
const clock = branded(parseLocalTime, 'a time HH:MM');
const calendarDate = branded(parseIsoDate, 'a date YYYY-MM-DD');
const hhmm = v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/));
const hhmmClock = v.pipe(hhmm, clock);
const time = v.nullish(hhmmClock);
const status = v.picklist(['approved', 'noted', 'discussed', 'postponed', 'none']);
const sectionsJson = v.string();
const sectionShape = v.array(v.object({ heading: v.picklist(['', ...SECTION_HEADINGS]), text: v.string() }));
const participantsShape = v.array(v.object({ name: v.string(), role: v.nullable(v.string()), chair: v.boolean() }));
const preambleShape = v.array(v.string());

// Without these there is no meeting to show; the others have safe defaults (meetingExtras).
const meetingFields = v.object({
  MeetingKey: v.string(),
  Forum: v.string(),
  MeetingDate: calendarDate,
  StartTime: hhmmClock,
});
const meetingExtras = v.object({
  Kind: v.picklist(['referat', 'dagsorden']),
  PlannedEnd: time,
  Location: opt,
  ParticipantsJson: v.nullish(v.string()),
  PreambleJson: v.nullish(v.string()),
  ClientKey: opt,
});
const mainFields = v.object({
  MeetingKey: v.string(),
  Number: safeInt(),
  SortOrder: finiteNumber(),
  CaseNumber: v.nullish(v.string()),
  Closed: v.nullish(v.boolean()),
  Title: v.nullish(v.string()),
  SlotStart: time,
  SlotEnd: time,
  DurationMinutes: v.nullish(v.pipe(safeInt(), v.minValue(0))),
  ClientKey: opt,
});
const contentFields = v.object({
  Title: v.nullish(v.string()),
  Prefix: opt,
  SectionsJson: v.nullish(sectionsJson),
  Decision: opt,
  Status: v.nullish(status),
  PostponedTo: v.nullish(calendarDate),
  ClientKey: opt,
});

/** A schema of whole rows' fields, column by column. */
type FieldsSchema = v.ObjectSchema<v.ObjectEntries, undefined>;

/** Validates `row.fields` against `schema`; the first problem becomes a MappingError. */
function fieldsOf<S extends v.GenericSchema>(list: ListDef, row: Row, schema: S): v.InferOutput<S> {
  const result = check(schema, row.fields ?? {});
  if (result.ok) return result.value;
  throw new MappingError(list.displayName, String(row.id), result.problem.column, result.problem.message);
}

/** What to do with a column that cannot be read: record it, so the caller uses its safe default. */
type Report = (column: string, message: string) => void;

const recording =
  (list: ListDef, row: Row, problems: RowProblem[]): Report =>
  (column, message) => {
    problems.push({ list: list.displayName, itemId: String(row.id), column, message });
  };

/**
 * Reads `row.fields` column by column: a column that does not fit `schema` is reported and left out,
 * so the caller falls back to its safe default. One column edited by hand in SharePoint must not
 * take the whole meeting down for every role.
 */
function columnsOf<S extends FieldsSchema>(row: Row, schema: S, report: Report): Partial<v.InferOutput<S>> {
  const fields = row.fields ?? {};
  const read: Record<string, unknown> = {};
  for (const [column, shape] of Object.entries(schema.entries)) {
    const result = check(shape, fields[column]);
    if (result.ok) read[column] = result.value;
    else report(column, fields[column] === undefined ? 'missing' : result.problem.message);
  }
  return read as Partial<v.InferOutput<S>>;
}

/** Parses a JSON column; when it is not valid JSON of the expected shape, reports it and gives `empty`. */
function jsonColumn<S extends v.GenericSchema>(
  report: Report,
  column: string,
  value: string | null | undefined,
  shape: S,
  empty: v.InferOutput<S>,
): v.InferOutput<S> {
  if (value === null || value === undefined || value === '') return empty;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    report(column, 'not valid JSON');
    return empty;
  }
  const result = check(shape, parsed);
  if (result.ok) return result.value;
  report(column, result.problem.message);
  return empty;
}

/** The ETag of a row (Graph puts it in `@odata.etag`, SharePoint also in `eTag`). */
export function etagOfRow(row: Row): string {
  return row['@odata.etag'] ?? row.eTag ?? '';
}

/** When a punkt last changed: the later of its main and content rows' lastModifiedDateTime, if Graph gave them. */
export function modifiedAtOf(main: Row, content?: Row): string | undefined {
  const times = [main, content]
    .map((r) => r?.lastModifiedDateTime)
    .filter((t): t is string => t !== undefined && !Number.isNaN(Date.parse(t)));
  return times.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/**
 * The meeting header of a PunktMeetings row (items are filled in by the repository). A row without a
 * readable key, forum, date or start throws MappingError; any other bad column is in `problems`.
 */
export function meetingFromRow(row: Row): Meeting & { meetingKey: string; clientKey: string | null; problems: RowProblem[] } {
  const f = fieldsOf(MEETINGS_LIST, row, meetingFields);
  // A column the meeting can do without is at its default and reported, as for item rows.
  const problems: RowProblem[] = [];
  const report = recording(MEETINGS_LIST, row, problems);
  const x = columnsOf(row, meetingExtras, report);
  return {
    meetingKey: f.MeetingKey,
    clientKey: x.ClientKey ?? null,
    kind: x.Kind ?? 'dagsorden',
    forum: f.Forum,
    date: f.MeetingDate,
    start: f.StartTime,
    plannedEnd: x.PlannedEnd ?? null,
    location: x.Location ?? null,
    participants: jsonColumn(report, 'ParticipantsJson', x.ParticipantsJson, participantsShape, []),
    preamble: jsonColumn(report, 'PreambleJson', x.PreambleJson, preambleShape, []),
    items: [],
    problems,
  };
}

/** What the repository needs of a main item row besides the item. */
export interface ItemRowInfo {
  sortOrder: number;
  clientKey: string | null;
  closed: boolean;
}

/** The number of a punkt whose Number column cannot be read, until numberUnplaced gives it one. */
const UNNUMBERED = 0;

/**
 * An agenda item from its main row and, for a closed item, its content row (undefined when the user
 * cannot read the restricted list or the content is missing: the item then shows as "Lukket").
 * A column that cannot be read is at its safe default and listed in `problems`; never thrown, so one
 * bad row costs only that punkt's column. A row without Number is placed by SortOrder (and numbered
 * by numberUnplaced); without either it goes last.
 */
export function itemFromRows(main: Row, content?: Row): { item: AgendaItem; info: ItemRowInfo; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const m = columnsOf(main, mainFields, recording(ITEMS_LIST, main, problems));
  // An unreadable Closed counts as closed: its content then never shows, nor is a decision written to the main row.
  const closed = m.Closed === true || problems.some((p) => p.column === 'Closed');
  const sortOrder = m.SortOrder ?? (m.Number === undefined ? Number.MAX_SAFE_INTEGER : m.Number - 1);
  const info = { sortOrder, clientKey: m.ClientKey ?? null, closed };
  const slot = m.SlotStart && m.SlotEnd ? { start: m.SlotStart, end: m.SlotEnd } : null;
  const source = closed ? content : main;
  const list = closed ? CLOSED_ITEMS_LIST : ITEMS_LIST;
  const base = { number: m.Number ?? UNNUMBERED, caseNumber: m.CaseNumber ?? '', closed, slot, durationMinutes: m.DurationMinutes ?? null };
  // Only a closed item lacks its content row: it shows as the domain's placeholder, as on a device copy.
  if (source === undefined) return { item: closedPlaceholder(base), info, problems };
  const report = recording(list, source, problems);
  // An open item's content is its main row, whose Title and ClientKey were checked above: report them once.
  const c = columnsOf(source, contentFields, source === main ? ignoreRepeated(report, mainFields) : report);
  const sections: Section[] = jsonColumn(report, 'SectionsJson', c.SectionsJson, sectionShape, []);
  const decision = c.Decision === undefined || c.Decision === null || c.Decision === '' ? null : c.Decision;
  // Derived fields (recommendation, history, attachments) come from the sections, as when parsing;
  // decision and status are columns of their own because the note-taker writes them.
  const derived = completeItem(
    { ...base, prefix: c.Prefix ?? null, title: c.Title ?? '', sections: withDecision(sections, decision) },
    'referat',
    isoDate('1970-01-01'),
  );
  return { item: { ...derived, decision, status: c.Status ?? 'none', postponedTo: c.PostponedTo ?? null }, info, problems };
}

/** A report that skips the columns `already` has checked (Title and ClientKey are in both schemas). */
function ignoreRepeated(report: Report, already: FieldsSchema): Report {
  return (column, message) => {
    if (!(column in already.entries)) report(column, message);
  };
}

/**
 * Gives the punkter whose Number could not be read the numbers after the highest one, in their
 * order: every punkt needs a number of its own to be shown, started and written, and saving the
 * agenda then writes it to the row.
 */
export function numberUnplaced(items: readonly StoredItem[]): StoredItem[] {
  let next = Math.max(0, ...items.map((s) => s.item.number)) + 1;
  return items.map((s) => (s.problems?.some((p) => p.column === 'Number') ? { ...s, item: { ...s.item, number: next++ } } : s));
}

/**
 * The sections with the Beslutning section showing `decision`: a decision written after the agenda was
 * saved lives only in the Decision column, and a rendered referat must show it.
 */
function withDecision(sections: Section[], decision: string | null): Section[] {
  if (decision === null) return sections;
  const current = sections
    .filter((s) => s.heading === 'Beslutning' && s.text !== '')
    .map((s) => s.text)
    .join('\n\n');
  if (current === decision) return sections;
  const at = sections.findIndex((s) => s.heading === 'Beslutning');
  const rest = sections.filter((s) => s.heading !== 'Beslutning');
  const bilag = rest.findIndex((s) => s.heading === 'Bilag');
  const index = at >= 0 ? Math.min(at, rest.length) : bilag >= 0 ? bilag : rest.length;
  return [...rest.slice(0, index), { heading: 'Beslutning', text: decision }, ...rest.slice(index)];
}

/** The decision columns of a row (main row of an open item, content row of a closed one). */
export function decisionFromRow(list: ListDef, row: Row): DecisionWrite {
  // A column that cannot be read reads as its default, so a write (with the row's ETag) can repair it.
  const c = columnsOf(row, contentFields, () => undefined);
  return { decision: c.Decision ?? '', status: c.Status ?? 'none', postponedTo: c.PostponedTo ?? null };
}

// ---------------------------------------------------------------- domain → fields

/** The fields of a PunktMeetings row. */
export function meetingToFields(ref: MeetingRef, meeting: Meeting, clientKey: string): Record<string, unknown> {
  return {
    Title: `${meeting.forum} ${meeting.date}`,
    MeetingKey: meetingKey(ref),
    ICalUId: ref.iCalUId,
    StartUtc: normalizeUtc(ref.start),
    Forum: meeting.forum,
    Kind: meeting.kind,
    MeetingDate: meeting.date,
    StartTime: meeting.start,
    PlannedEnd: meeting.plannedEnd,
    Location: meeting.location,
    ParticipantsJson: JSON.stringify(meeting.participants),
    PreambleJson: JSON.stringify(meeting.preamble),
    ClientKey: clientKey,
    [MEETING_DATE_COLUMN]: meetingDateOfKey(meetingKey(ref)),
  };
}

/**
 * The fields of an item's main row and, for a closed item, of its content row. The main row of a
 * closed item carries nothing of its content: the title is "Lukket" and the content columns are null.
 */
export function itemToFields(
  key: string,
  item: AgendaItem,
  sortOrder: number,
  clientKey: string,
): { main: Record<string, unknown>; content: Record<string, unknown> | null } {
  const contentColumns = {
    Title: item.title,
    Prefix: item.prefix,
    SectionsJson: JSON.stringify(item.sections),
    Decision: item.decision,
    Status: item.status,
    PostponedTo: item.postponedTo,
  };
  const main = {
    MeetingKey: key,
    Number: item.number,
    SortOrder: sortOrder,
    CaseNumber: item.caseNumber,
    Closed: item.closed,
    SlotStart: item.slot?.start ?? null,
    SlotEnd: item.slot?.end ?? null,
    DurationMinutes: item.durationMinutes,
    ClientKey: clientKey,
    [MEETING_DATE_COLUMN]: meetingDateOfKey(key),
  };
  if (!item.closed) return { main: { ...main, ...contentColumns }, content: null };
  const hidden = { Title: CLOSED_TITLE, Prefix: null, SectionsJson: null, Decision: null, Status: null, PostponedTo: null };
  return {
    main: { ...main, ...hidden },
    content: {
      MeetingKey: key,
      Number: item.number,
      ...contentColumns,
      ClientKey: clientKey,
      [MEETING_DATE_COLUMN]: meetingDateOfKey(key),
    },
  };
}

/** `fields` without the meeting date, for rows of a list that may lack its column (read without it). */
export function withoutMeetingDate(fields: Record<string, unknown>): Record<string, unknown> {
  const { [MEETING_DATE_COLUMN]: _date, ...rest } = fields;
  return rest;
}

/** The fields a decision write changes. */
export function decisionToFields(value: DecisionWrite): Record<string, unknown> {
  return { Decision: value.decision, Status: value.status, PostponedTo: value.postponedTo };
}

/**
 * The fields of an existing row that saving an agenda may change: everything but the decision columns.
 * Decisions change only through writeDecision (with the ETag), so a secretary saving a stale copy of
 * the agenda never erases what the note-taker wrote.
 */
export function withoutDecision(fields: Record<string, unknown>): Record<string, unknown> {
  const { Decision: _d, Status: _s, PostponedTo: _p, ...rest } = fields;
  return rest;
}

/** The fields a reorder changes. */
export function sortOrderFields(sortOrder: number, number: number): Record<string, unknown> {
  return { SortOrder: sortOrder, Number: number };
}

/** Closed items' content rows by their ClientKey (equal to the main row's), to join them to the main rows. */
export function contentByClientKey(rows: readonly Row[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) {
    const key = row.fields?.ClientKey;
    if (typeof key === 'string') map.set(key, row);
  }
  return map;
}
