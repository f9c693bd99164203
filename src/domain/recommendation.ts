/**
 * The recommendation (Indstilling) of a punkt: who recommends and the numbered or bulleted points.
 * See ../../shared/spec/referat-format.md, "Indstilling".
 */
import type { Recommendation } from './meeting';

// `… indstiller` then `,` | `:` | `, at:` | nothing. Unanchored at the start but each attempt is
// bounded (one whitespace character, then a literal), so it stays linear on long lines.
const RECOMMENDER = /\sindstiller(?:\s*,\s*at\s*:?|\s*[,:])?$/;
// The same line going on with the first point: "… indstiller, at …" / "… indstiller at …".
const INLINE_POINT = /\sindstiller\s*,?\s*(at\s)/i;
const NUMBERED = /^\d{1,3}[.)]\s+/;
const BULLET = /^[-–•*]\s+/;
const AT_START = /^at\s/i;

/**
 * Reads an Indstilling section's text. Returns null for an empty section. Lines before the first
 * point other than the recommender line are not points (they stay in the section text).
 */
export function parseRecommendation(text: string): Recommendation | null {
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines.length === 0) return null;
  let by: string | null = null;
  let from = 0;
  const first = RECOMMENDER.exec(lines[0]!);
  const inline = first ? null : INLINE_POINT.exec(lines[0]!);
  if (first) {
    by = lines[0]!.slice(0, first.index).trim() || null;
    from = 1;
  } else if (inline) {
    // "K indstiller, at dagsordenen godkendes": the recommender and a first point on one line.
    by = lines[0]!.slice(0, inline.index).trim() || null;
    lines[0] = lines[0]!.slice(inline.index + inline[0].length - inline[1]!.length);
  }
  const rest = lines.slice(from);
  // Without any number or bullet, points are told apart by their leading "at".
  const marked = rest.some((l) => NUMBERED.test(l) || BULLET.test(l));
  const points: string[] = [];
  let open = false;
  for (const line of rest) {
    const marker = marked ? (NUMBERED.exec(line) ?? BULLET.exec(line)) : null;
    if (marker) {
      points.push(line.slice(marker[0].length).trim());
      open = true;
    } else if (!marked && AT_START.test(line)) {
      points.push(line);
      open = true;
    } else if (open) {
      // A continuation line of a multi-line point joins it.
      points[points.length - 1] = `${points[points.length - 1]} ${line}`.trim();
    }
  }
  return { by, points };
}
