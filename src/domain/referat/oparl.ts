/**
 * A meeting as an OParl 1.1 `Meeting` with its `agendaItem`s embedded (https://oparl.org/spezifikation/,
 * chapters oparl:Meeting, oparl:AgendaItem and oparl:File; the official schema files are vendored in
 * vendor/oparl-1.1/). A closed punkt is `public: false` with only its number and the name "Lukket":
 * none of its content and none of its Bilag, as the public referat writes it.
 */
import { CLOSED_PLACEHOLDER_TITLE } from '../closed-redaction';
import type { AgendaItem, IsoDate, Meeting } from '../meeting';
import { fromIso, localInstant } from '../time';
import { withForumWording } from './forum-wording';
import type { ReferatFile } from './library-port';
import { bilagFiles, oparlDateTime, referatFile } from './oparl-file';

/** Where the objects' ids point: the publisher's base URL and the meeting's id under it. */
export interface OParlOptions {
  /** e.g. `https://punkt.example.dk/oparl`; ids are built under it. */
  baseUrl: string;
  /** The meeting's stable id (its key), URL-encoded into the ids. */
  meetingId: string;
  /** ISO instants of the calendar event, when known; else from the meeting's date and start. */
  start?: string;
  end?: string;
  /**
   * The public referat saved to the forum's library, when known: the Meeting's `resultsProtocol`.
   * Without it the property is left out (the spec has no File without an accessUrl).
   */
  referat?: ReferatFile;
}

/** The OParl status words for Punkt's statuses: short, categorical (OParl: "result"). */
const RESULT: Record<AgendaItem['status'], string | null> = {
  approved: 'Godkendt',
  noted: 'Taget til efterretning',
  discussed: 'Drøftet',
  postponed: 'Udsat',
  none: null,
};

/** The OParl Meeting object (JSON-ready). */
export function oparlMeeting(meeting: Meeting, options: OParlOptions): Record<string, unknown> {
  const m = withForumWording(meeting);
  const id = `${options.baseUrl.replace(/\/$/, '')}/meeting/${encodeURIComponent(options.meetingId)}`;
  const start = oparlDateTime(options.start ? fromIso(options.start) : localInstant(m.date, m.start));
  const endAt = options.end ? fromIso(options.end) : m.plannedEnd ? localInstant(m.date, m.plannedEnd) : undefined;
  const resultsProtocol = referatFile(options.referat, id);
  return {
    id,
    type: 'https://schema.oparl.org/1.1/Meeting',
    name: `${m.forum} ${m.date}`,
    meetingState: m.kind === 'referat' ? 'durchgeführt' : 'eingeladen',
    start,
    ...(endAt ? { end: oparlDateTime(endAt) } : {}),
    ...(resultsProtocol ? { resultsProtocol } : {}),
    agendaItem: m.items.map((item, order) => agendaItem(item, m.date, id, order)),
  };
}

function agendaItem(item: AgendaItem, date: IsoDate, meetingId: string, order: number): Record<string, unknown> {
  const id = `${meetingId}/agendaitem/${item.number}`;
  const base = { id, type: 'https://schema.oparl.org/1.1/AgendaItem', meeting: meetingId, number: String(item.number), order };
  const slot = item.slot
    ? { start: oparlDateTime(localInstant(date, item.slot.start)), end: oparlDateTime(localInstant(date, item.slot.end)) }
    : {};
  if (item.closed) return { ...base, name: CLOSED_PLACEHOLDER_TITLE, public: false, ...slot };
  const result = RESULT[item.status];
  const files = bilagFiles(item.attachments, id);
  return {
    ...base,
    name: item.prefix ? `${item.prefix} - ${item.title}` : item.title,
    public: true,
    ...(result ? { result } : {}),
    ...(item.decision ? { resolutionText: item.decision } : {}),
    ...slot,
    // The spec recommends leaving out an empty list rather than writing [] (chapter "null-Werte und leere Listen").
    ...(files.length > 0 ? { auxiliaryFile: files } : {}),
  };
}
