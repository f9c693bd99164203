/**
 * The managers' search: does a punkt match what was typed? Case- and accent-insensitive, every
 * word must occur somewhere in the punkt's number, prefix, title, case number or (when the user may
 * read it) its text: sections, Indstilling, Historik, Bilag and Beslutning. A closed punkt the user
 * cannot read matches only on number and case number, so the search reveals nothing of it.
 */
import type { StoredItem } from '../../domain/ports';

/** Lower case without diacritics ("Ældre" and "aeldre" stay different; "é" matches "e"). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('da');
}

/** The searchable text of one punkt. */
function haystack({ item, readable }: StoredItem): string {
  const hidden = item.closed && !readable;
  const visible = [String(item.number), item.caseNumber];
  if (hidden) return fold(visible.join('\n'));
  return fold(
    [
      ...visible,
      item.prefix ?? '',
      item.title,
      ...item.sections.map((s) => s.text),
      ...(item.recommendation ? [item.recommendation.by ?? '', ...item.recommendation.points] : []),
      item.history ?? '',
      ...item.attachments,
      item.decision ?? '',
    ].join('\n'),
  );
}

/** The punkter matching `query` (all of them for an empty query), in agenda order. */
export function searchItems(items: StoredItem[], query: string): StoredItem[] {
  // Not folded when empty: the first open's list passes '' and toLocaleLowerCase('da') would be the page's
  // first use of ICU, whose one-time start-up costs 17-45 ms of CPU before the agenda shows (issue #13).
  if (query.trim() === '') return items;
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((stored) => {
    const text = haystack(stored);
    return words.every((w) => text.includes(w));
  });
}
