/**
 * The meeting as JSON: the exact shape the `punkt parse` command prints and `punkt render` reads.
 * Other tools depend on this shape and its key order; keep both stable (issue #2, "CLI").
 */
import { z } from 'zod';
import type { IsoDate, LocalTime } from './brands';
import { isCaseNumber } from './case-number';
import { SECTION_HEADINGS } from './meeting';
import type { AgendaItem, Meeting } from './meeting';

/** Plain JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The meeting as a JSON object with keys in the documented order. Optional keys appear only when
 * they carry something: `plannedEnd` (after `start`), `preamble` (last), item `postponedTo`
 * (after `status`).
 */
export function meetingToJson(m: Meeting): { [key: string]: Json } {
  return {
    kind: m.kind,
    forum: m.forum,
    date: m.date,
    start: m.start,
    ...(m.plannedEnd !== null ? { plannedEnd: m.plannedEnd } : {}),
    location: m.location,
    participants: m.participants.map((p) => ({ name: p.name, role: p.role, chair: p.chair })),
    items: m.items.map(itemToJson),
    ...(m.preamble.length > 0 ? { preamble: [...m.preamble] } : {}),
  };
}

function itemToJson(i: AgendaItem): { [key: string]: Json } {
  return {
    number: i.number,
    prefix: i.prefix,
    title: i.title,
    caseNumber: i.caseNumber,
    closed: i.closed,
    slot: i.slot ? { start: i.slot.start, end: i.slot.end } : null,
    durationMinutes: i.durationMinutes,
    sections: i.sections.map((s) => ({ heading: s.heading, text: s.text })),
    recommendation: i.recommendation ? { by: i.recommendation.by, points: [...i.recommendation.points] } : null,
    decision: i.decision,
    history: i.history,
    attachments: [...i.attachments],
    status: i.status,
    ...(i.postponedTo !== null ? { postponedTo: i.postponedTo } : {}),
  };
}

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM')
  .transform((s) => s as LocalTime);
// Only the shape is checked here: a date not in the calendar (2024-02-30) is refused by
// render-check.ts, whose message names it as such, so it is branded on its shape alone.
const date = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date YYYY-MM-DD')
  .transform((s) => s as IsoDate);
const text = z.string();

const itemSchema = z.object({
  number: z.number().int().nonnegative(),
  prefix: text.nullable(),
  title: text,
  caseNumber: z.string().refine(isCaseNumber, 'expected a case number dd.dd.dd-Xdd-n-yy'),
  closed: z.boolean(),
  slot: z.object({ start: time, end: time }).nullable(),
  durationMinutes: z.number().int().nonnegative().nullable(),
  sections: z.array(z.object({ heading: z.enum([...SECTION_HEADINGS, '']), text })),
  recommendation: z.object({ by: text.nullable(), points: z.array(text) }).nullable(),
  decision: text.nullable(),
  history: text.nullable(),
  attachments: z.array(text),
  status: z.enum(['approved', 'noted', 'discussed', 'postponed', 'none']),
  postponedTo: date.nullable().optional(),
});

const meetingSchema = z.object({
  kind: z.enum(['referat', 'dagsorden']),
  forum: z.string().min(1),
  date,
  start: time,
  plannedEnd: time.nullable().optional(),
  location: text.nullable(),
  participants: z.array(z.object({ name: text, role: text.nullable(), chair: z.boolean() })),
  items: z.array(itemSchema),
  preamble: z.array(text).optional(),
});

/** A JSON value that is not a meeting: `path` locates the first problem (`items[2].caseNumber`). */
export class MeetingJsonError extends Error {
  readonly path: (string | number)[];

  constructor(path: (string | number)[], problem: string) {
    super(`${formatJsonPath(path)}: ${problem}`);
    this.name = 'MeetingJsonError';
    this.path = path;
  }
}

/** `items[2].caseNumber`; `$` for the root. */
export function formatJsonPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '$';
  return path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join('');
}

/** Validates a parsed JSON value as a meeting. Throws MeetingJsonError naming the first problem. */
export function meetingFromJson(value: unknown): Meeting {
  const result = meetingSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    throw new MeetingJsonError(path, issue.message);
  }
  const m = result.data;
  return {
    kind: m.kind,
    forum: m.forum,
    date: m.date,
    start: m.start,
    plannedEnd: m.plannedEnd ?? null,
    location: m.location,
    participants: m.participants,
    preamble: m.preamble ?? [],
    items: m.items.map((i) => ({ ...i, postponedTo: i.postponedTo ?? null })),
  };
}
