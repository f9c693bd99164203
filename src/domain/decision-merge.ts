/**
 * Three-way merge of a punkt's decision when two people wrote it at once (a 412 from Graph).
 * Pure: base is the version the note-taker edited from, local is what they have now, remote is
 * the server's current version. Nothing is ever overwritten silently: edits that overlap are
 * reported as conflicts for the note-taker to choose between.
 */
import type { DecisionWrite } from './ports';

/** The outcome of merging one text. */
export type TextMergeResult = { ok: true; text: string } | { ok: false };

/** A change one side made to the base: base lines [start, end) replaced by `lines`. */
interface Hunk {
  start: number;
  end: number;
  lines: string[];
}

/** Longest-common-subsequence pairs (indices into a and b), in order. Texts are short: O(n·m) is fine. */
function commonLines(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** The hunks that turn `base` into `side`. */
function hunksOf(base: string[], side: string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let bi = 0;
  let si = 0;
  for (const [bm, sm] of [...commonLines(base, side), [base.length, side.length] as [number, number]]) {
    if (bm > bi || sm > si) hunks.push({ start: bi, end: bm, lines: side.slice(si, sm) });
    bi = bm + 1;
    si = sm + 1;
  }
  return hunks;
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/**
 * Merges two edits of a text line by line, diff3-style. Changes that touch or overlap the same
 * base lines conflict unless both sides made the identical change; touching counts as overlapping
 * on purpose, so two edits of one paragraph are never interleaved into nonsense.
 */
export function mergeText(base: string, local: string, remote: string): TextMergeResult {
  if (local === remote || remote === base) return { ok: true, text: local };
  if (local === base) return { ok: true, text: remote };
  const baseLines = base.split('\n');
  const ours = hunksOf(baseLines, local.split('\n')).map((h) => ({ ...h, side: 'local' as const }));
  const theirs = hunksOf(baseLines, remote.split('\n')).map((h) => ({ ...h, side: 'remote' as const }));
  const all = [...ours, ...theirs].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let cursor = 0;
  for (let k = 0; k < all.length; k++) {
    const hunk = all[k]!;
    const next = all[k + 1];
    if (next && next.start <= hunk.end && next.side !== hunk.side) {
      // Overlapping or adjacent changes from both sides: only an identical change is safe.
      if (next.start === hunk.start && next.end === hunk.end && sameLines(next.lines, hunk.lines)) {
        k++;
      } else {
        return { ok: false };
      }
    }
    out.push(...baseLines.slice(cursor, hunk.start), ...hunk.lines);
    cursor = hunk.end;
  }
  out.push(...baseLines.slice(cursor));
  return { ok: true, text: out.join('\n') };
}

/** A field of a decision that can conflict. */
export type DecisionField = keyof DecisionWrite;

/** The merged decision (local values where a field conflicts) and the fields that conflict. */
export interface DecisionMergeResult {
  value: DecisionWrite;
  conflicts: DecisionField[];
}

function mergeScalar<T>(base: T, local: T, remote: T): { ok: true; value: T } | { ok: false } {
  if (local === remote || remote === base) return { ok: true, value: local };
  if (local === base) return { ok: true, value: remote };
  return { ok: false };
}

/**
 * Merges a decision field by field: each field takes the side that changed it; the text is merged
 * line by line; a field both sides changed differently is a conflict (its local value is kept in
 * `value` so nothing the note-taker typed is lost while they choose).
 */
export function mergeDecision(base: DecisionWrite, local: DecisionWrite, remote: DecisionWrite): DecisionMergeResult {
  const conflicts: DecisionField[] = [];
  const text = mergeText(base.decision, local.decision, remote.decision);
  if (!text.ok) conflicts.push('decision');
  const status = mergeScalar(base.status, local.status, remote.status);
  if (!status.ok) conflicts.push('status');
  const postponedTo = mergeScalar(base.postponedTo, local.postponedTo, remote.postponedTo);
  if (!postponedTo.ok) conflicts.push('postponedTo');
  return {
    value: {
      decision: text.ok ? text.text : local.decision,
      status: status.ok ? status.value : local.status,
      postponedTo: postponedTo.ok ? postponedTo.value : local.postponedTo,
    },
    conflicts,
  };
}

/** True when two decisions are the same value. */
export function sameDecision(a: DecisionWrite, b: DecisionWrite): boolean {
  return a.decision === b.decision && a.status === b.status && a.postponedTo === b.postponedTo;
}

/**
 * True when every line of `inner` appears in `outer` in the same order (outer is inner with lines
 * added). Used to tell that a server text already contains a write of ours whose answer was lost.
 */
export function containsLines(outer: string, inner: string): boolean {
  const lines = outer.split('\n');
  let at = 0;
  for (const line of inner.split('\n')) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}
