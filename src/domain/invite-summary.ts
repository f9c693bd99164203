/**
 * The short agenda Punkt writes into the Outlook invite, so attendees without the add-in still see
 * what is on: each punkt's number, title and time slot, a closed punkt only as "Lukket" (spec
 * "Closed item": its title and content are for those allowed to read them, and an invite goes to
 * everyone), and a link that opens the agenda in Punkt.
 *
 * The summary is one element with a fixed id, so the next save can find and replace it instead of
 * adding a second one. Every text from the lists is escaped, isolated with <bdi> and stripped of
 * directional controls (see bidi.ts): the HTML is safe by construction, and the host sanitizes it
 * once more before Outlook gets it.
 */
import { withoutBidiControls } from './bidi';
import { CLOSED_PLACEHOLDER_TITLE } from './closed-redaction';
import type { Meeting } from './meeting';
import { computeSchedule } from './schedule';

/** The id of the summary's wrapper element in the invite body. */
export const INVITE_SUMMARY_ID = 'punkt-dagsorden';

/** The texts of the summary (Danish by default: the invite goes to the forum's members). */
export interface InviteSummaryText {
  heading: string;
  punkt: (n: number) => string;
  open: string;
  /** The plain-text summary's first and last lines, by which the next save finds it. */
  textStart: string;
  textEnd: string;
}

const DANISH: InviteSummaryText = {
  heading: 'Dagsorden',
  punkt: (n) => `Punkt ${n}`,
  open: 'Åbn dagsordenen i Punkt',
  textStart: '[Dagsorden fra Punkt]',
  textEnd: '[Slut på dagsorden fra Punkt]',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML character data or an attribute value: nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only http(s) links: a `javascript:` address from a misconfiguration must not reach an invite. */
function safeUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/** `09:00` → `09.00`, as Danish writes the time of day. */
const clock = (time: string): string => time.replace(':', '.');

/** Each punkt's slot as `09.00–09.30`, or none when the schedule cannot be placed. */
function slotsOf(meeting: Meeting): Map<number, string> {
  try {
    return new Map(computeSchedule(meeting).items.map((s) => [s.number, `${clock(s.start)}–${clock(s.end)}`]));
  } catch {
    // A meeting without a usable start time still gets its list of punkter.
    return new Map();
  }
}

/** Each punkt as everyone may see it: a closed punkt's title is "Lukket". */
function publicLines(meeting: Meeting): Array<{ number: number; title: string; slot: string | undefined }> {
  const slots = slotsOf(meeting);
  return meeting.items.map((item) => ({
    number: item.number,
    title: item.closed ? CLOSED_PLACEHOLDER_TITLE : withoutBidiControls(item.title),
    slot: slots.get(item.number),
  }));
}

/**
 * The summary for a plain-text body (some clients edit an invite as text), between two marker lines.
 * A title's line breaks become spaces, so no title can forge a marker line.
 */
export function inviteSummaryText(meeting: Meeting, openUrl: string, text: InviteSummaryText = DANISH): string {
  const lines = publicLines(meeting).map(
    ({ number, title, slot }) => `${text.punkt(number)}: ${title.replace(/\s+/g, ' ')}${slot ? ` (${slot})` : ''}`,
  );
  const url = safeUrl(openUrl);
  return [text.textStart, ...lines, ...(url ? [`${text.open}: ${url}`] : []), text.textEnd].join('\n');
}

/**
 * `body` with `summary` in place of the earlier plain-text summary (from its start marker line to
 * its end marker line), or with it put first when there is none.
 */
export function withTextSummary(body: string, summary: string, text: InviteSummaryText = DANISH): string {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === text.textStart);
  const end = start < 0 ? -1 : lines.findIndex((l, i) => i > start && l.trim() === text.textEnd);
  if (start < 0 || end < 0) return body.trim() ? `${summary}\n\n${body}` : summary;
  return [...lines.slice(0, start), summary, ...lines.slice(end + 1)].join('\n');
}

/**
 * The summary as an HTML fragment: `<div id="punkt-dagsorden">` with a heading, one line per punkt
 * and the link `openUrl`. A closed punkt shows only "Lukket" and its slot, never its title.
 */
export function inviteSummaryHtml(meeting: Meeting, openUrl: string, text: InviteSummaryText = DANISH): string {
  const lines = publicLines(meeting).map(({ number, title, slot }) => {
    const time = slot ? ` <span>(${slot})</span>` : '';
    return `<li>${escapeHtml(text.punkt(number))}: <bdi>${escapeHtml(title)}</bdi>${time}</li>`;
  });
  const url = safeUrl(openUrl);
  const link = url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(text.open)}</a></p>` : '';
  return (
    `<div id="${INVITE_SUMMARY_ID}">` +
    `<p><b>${escapeHtml(text.heading)}</b></p>` +
    `<ul style="list-style:none;padding-left:0">${lines.join('')}</ul>` +
    link +
    `</div>`
  );
}
