/**
 * A meeting as an OParl 1.1 `Meeting` with its `agendaItem`s embedded (https://oparl.org/spezifikation/,
 * chapter "oparl:Meeting" and "oparl:AgendaItem"; vendored schema in vendor/oparl-1.1/). A closed
 * punkt is `public: false` with only its number and the name "Lukket": none of its content, as the
 * public referat writes it.
 */
import { CLOSED_PLACEHOLDER_TITLE } from '../closed-redaction';
import type { AgendaItem, IsoDate, Meeting } from '../meeting';
import { localInstant, toUtcIso } from '../time';
import { withForumWording } from './forum-wording';

/** Where the objects' ids point: the publisher's base URL and the meeting's id under it. */
export interface OParlOptions {
  /** e.g. `https://punkt.example.dk/oparl`; ids are built under it. */
  baseUrl: string;
  /** The meeting's stable id (its key), URL-encoded into the ids. */
  meetingId: string;
  /** ISO instants of the calendar event, when known; else from the meeting's date and start. */
  start?: string;
  end?: string;
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
  const start = options.start ?? toUtcIso(localInstant(m.date, m.start));
  const end = options.end ?? (m.plannedEnd ? toUtcIso(localInstant(m.date, m.plannedEnd)) : undefined);
  return {
    id,
    type: 'https://schema.oparl.org/1.1/Meeting',
    name: `${m.forum} ${m.date}`,
    meetingState: m.kind === 'referat' ? 'durchgeführt' : 'eingeladen',
    start,
    ...(end ? { end } : {}),
    agendaItem: m.items.map((item, order) => agendaItem(item, m.date, id, order)),
  };
}

function agendaItem(item: AgendaItem, date: IsoDate, meetingId: string, order: number): Record<string, unknown> {
  const base = {
    id: `${meetingId}/agendaitem/${item.number}`,
    type: 'https://schema.oparl.org/1.1/AgendaItem',
    meeting: meetingId,
    number: String(item.number),
    order,
  };
  const slot = item.slot ? { start: toUtcIso(localInstant(date, item.slot.start)), end: toUtcIso(localInstant(date, item.slot.end)) } : {};
  if (item.closed) return { ...base, name: CLOSED_PLACEHOLDER_TITLE, public: false, ...slot };
  const result = RESULT[item.status];
  return {
    ...base,
    name: item.prefix ? `${item.prefix} - ${item.title}` : item.title,
    public: true,
    ...(result ? { result } : {}),
    ...(item.decision ? { resolutionText: item.decision } : {}),
    ...slot,
    // OParl File objects need an accessUrl; Punkt knows Bilag by name only, so they are named, not linked.
    ...(item.attachments.length > 0
      ? {
          auxiliaryFile: item.attachments.map((name, k) => ({
            id: `${meetingId}/agendaitem/${item.number}/file/${k + 1}`,
            type: 'https://schema.oparl.org/1.1/File',
            name,
            fileName: name,
            accessUrl: `${meetingId}/agendaitem/${item.number}/file/${k + 1}`,
          })),
        }
      : {}),
  };
}
