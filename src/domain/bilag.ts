/**
 * One Bilag line of the forum format, with or without a link to its file. The spec's Bilag section
 * holds one attachment name per line; a Bilag stored in the forum's document library adds its web
 * address after the name in angle brackets, `Bilag 1 - Notat.pdf <https://…/Notat.pdf>`, the
 * delimiter RFC 3986 recommends for an address inside text
 * (https://www.rfc-editor.org/rfc/rfc3986#appendix-C). A line without one stays a name, so every
 * older document reads as before; a line that is only an https address is its own name and link.
 */

/** A Bilag: its name as shown, and where its file opens (null for a name only). */
export interface Bilag {
  name: string;
  url: string | null;
}

/** `name <url>` at the end of a line; the address itself holds no blank and no angle bracket. */
const LINKED = /^(.*\S)\s*<([a-z][a-z0-9+.-]*:[^\s<>]+)>$/i;

/**
 * True for an address a reader may open in one tap: https, or plain http on this machine (the local
 * demo service serves its files there). Any other scheme (javascript:, file:, data:) stays text.
 */
export function isOpenableUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Reads one Bilag line. An address that may not be opened stays part of the name, as written. */
export function parseBilag(line: string): Bilag {
  const text = line.trim();
  const linked = LINKED.exec(text);
  if (linked && isOpenableUrl(linked[2]!)) return { name: linked[1]!, url: linked[2]! };
  if (/^\S+$/.test(text) && isOpenableUrl(text)) return { name: text, url: text };
  return { name: text, url: null };
}

/**
 * Writes one Bilag line: the name on one line (line breaks would start new Bilag), then the link
 * when it is one that may be opened.
 */
export function formatBilag(bilag: Bilag): string {
  const name = bilag.name.replace(/\s+/g, ' ').trim();
  if (bilag.url === null || !isOpenableUrl(bilag.url) || /[\s<>]/.test(bilag.url)) return name;
  if (name === '' || name === bilag.url) return bilag.url;
  return `${name} <${bilag.url}>`;
}

/** The Bilag of a punkt's attachment lines. */
export function bilagOf(attachments: readonly string[]): Bilag[] {
  return attachments.map(parseBilag);
}
