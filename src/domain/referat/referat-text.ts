/**
 * The referat as text in the forum's document format (../../../../shared/spec/referat-format.md):
 * the existing renderer, with a postponed punkt's missing decision in the forum's own words.
 */
import type { Meeting } from '../meeting';
import { renderDocument } from '../render';
import { withForumWording } from './forum-wording';
import type { ReferatOptions } from './referat-document';

/** The referat text; the public version unless `internal` is asked for. Throws RenderError as renderDocument. */
export function referatText(meeting: Meeting, options: ReferatOptions = {}): string {
  return renderDocument(withForumWording(meeting), { internal: options.internal === true });
}
