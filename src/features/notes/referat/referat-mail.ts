/**
 * The message that sends the referat's link to the participants: the host's compose form takes
 * HTML, a `mailto:` link takes plain text (RFC 6068: subject and body percent-encoded, line
 * breaks as %0D%0A). No mail permission is needed for either.
 */
import { escapeHtml } from '../../../domain/referat/referat-html';

/** What the message says. */
export interface ReferatMail {
  subject: string;
  intro: string;
  link: string;
}

/** The HTML body for the host's compose form; the link is escaped like every other text. */
export function mailHtml(mail: ReferatMail): string {
  const href = escapeHtml(mail.link);
  return `<p>${escapeHtml(mail.intro)}</p><p><a href="${href}">${href}</a></p>`;
}

/**
 * Whom the referat goes to: the meeting's organizer (the chair) and its attendees, each address once
 * (compared without case), in the calendar's order; [] when the event is not known (the sender adds them).
 */
export function recipientsOf(event: { organizerEmail?: string | null; attendees?: readonly string[] } | null | undefined): string[] {
  const all = [event?.organizerEmail ?? '', ...(event?.attendees ?? [])].map((a) => a.trim()).filter((a) => a !== '');
  return all.filter((a, i) => all.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i);
}

/**
 * A `mailto:` link to `to` (comma-separated, each percent-encoded but for its '@'), per RFC 6068; with
 * no recipients the sender picks them.
 */
export function mailtoUrl(mail: ReferatMail, to: readonly string[] = []): string {
  const enc = (text: string) => encodeURIComponent(text).replace(/%0A/g, '%0D%0A');
  const addresses = to.map((a) => encodeURIComponent(a).replace(/%40/g, '@')).join(',');
  return `mailto:${addresses}?subject=${enc(mail.subject)}&body=${enc(`${mail.intro}\n${mail.link}`)}`;
}
