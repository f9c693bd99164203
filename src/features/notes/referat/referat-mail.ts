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

/** A `mailto:` address without recipients (the sender picks them), per RFC 6068. */
export function mailtoUrl(mail: ReferatMail): string {
  const enc = (text: string) => encodeURIComponent(text).replace(/%0A/g, '%0D%0A');
  return `mailto:?subject=${enc(mail.subject)}&body=${enc(`${mail.intro}\n${mail.link}`)}`;
}
