/**
 * Writes Punkt's agenda summary (src/domain/invite-summary.ts) into the invite the organizer is
 * editing, replacing the summary an earlier save wrote instead of adding a second one.
 *
 * Office.Body (https://learn.microsoft.com/javascript/api/outlook/office.body): getAsync(Html)
 * reads the body, setAsync (Mailbox 1.3) writes it whole, prependAsync (Mailbox 1.1) puts HTML at
 * its top. The summary is found again by its wrapper's id: Outlook on the web and the new Outlook
 * sanitize the body and drop `class` attributes, while `id` survives
 * (https://github.com/OfficeDev/office-js/issues/5296); a body read back in some clients carries
 * ids with an `x_` prefix, so an id ending in `_punkt-dagsorden` counts too.
 */
import { INVITE_SUMMARY_ID, withTextSummary } from '../domain/invite-summary';
import { officeAsync, type OfficeAsyncResult } from './office-async';

type Callback<T> = (result: OfficeAsyncResult<T>) => void;

/** The slice of Office.Body this module uses (compose mode). */
export interface InviteBody {
  /** Mailbox 1.1; 'html' for an appointment in most clients, 'text' where the invite is edited as plain text. */
  getTypeAsync?(callback: Callback<unknown>): void;
  getAsync(coercionType: unknown, callback: Callback<string>): void;
  setAsync(data: string, options: { coercionType: unknown }, callback: Callback<void>): void;
  prependAsync(data: string, options: { coercionType: unknown }, callback: Callback<void>): void;
}

/**
 * The summary as Outlook may get it: only formatting tags, links and the wrapper's id survive. The
 * domain escapes every text already; this is the second line, should a title ever slip through.
 * DOMPurify loads only when a summary is written, not with the task pane's first chunk.
 */
export async function sanitizeSummary(html: string): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['div', 'p', 'b', 'ul', 'li', 'span', 'bdi', 'a'],
    ALLOWED_ATTR: ['id', 'href', 'style'],
    ALLOWED_URI_REGEXP: /^https?:\/\//i,
  });
}

/** Every summary element in the parsed body (the wrapper id, or Outlook's `x_`-prefixed copy of it). */
function summariesIn(doc: Document): Element[] {
  return [...doc.querySelectorAll('[id]')].filter((el) => el.id === INVITE_SUMMARY_ID || el.id.endsWith(`_${INVITE_SUMMARY_ID}`));
}

/** The summary in both forms (src/domain/invite-summary.ts), for an HTML or a plain-text body. */
export interface InviteSummary {
  html: string;
  text: string;
}

/**
 * Puts the summary into the invite body: in place of the earlier summary when there is one (any
 * further copies removed), else at the top. `types` is Office.CoercionType. A body Outlook reports as
 * text ("check the supported item format by calling getTypeAsync", as
 * https://learn.microsoft.com/office/dev/add-ins/outlook/insert-data-in-the-body advises) gets the
 * plain-text summary between its marker lines.
 */
export async function writeInviteSummary(
  body: InviteBody,
  summary: InviteSummary,
  types: { Html: unknown; Text?: unknown },
): Promise<void> {
  const type = body.getTypeAsync && types.Text !== undefined ? await officeAsync<unknown>((cb) => body.getTypeAsync?.(cb)) : types.Html;
  if (type === types.Text) {
    const text = types.Text;
    const current = await officeAsync<string>((cb) => body.getAsync(text, cb));
    await officeAsync<void>((cb) => body.setAsync(withTextSummary(current, summary.text), { coercionType: text }, cb));
    return;
  }
  const html = types.Html;
  const clean = await sanitizeSummary(summary.html);
  const current = await officeAsync<string>((cb) => body.getAsync(html, cb));
  const doc = new DOMParser().parseFromString(current, 'text/html');
  const [first, ...copies] = summariesIn(doc);
  if (!first) {
    await officeAsync<void>((cb) => body.prependAsync(clean, { coercionType: html }, cb));
    return;
  }
  const fresh = new DOMParser().parseFromString(clean, 'text/html').body.childNodes;
  first.replaceWith(...[...fresh].map((node) => doc.importNode(node, true)));
  for (const copy of copies) copy.remove();
  await officeAsync<void>((cb) => body.setAsync(doc.documentElement.outerHTML, { coercionType: html }, cb));
}
