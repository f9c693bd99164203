/**
 * Two panels of one browser wrote the same punkt's outbox entry (two tabs, or the side panel and the
 * meeting stage): merges the other panel's stored entry into this panel's, as a three-way merge from
 * the last copy this panel knew stored. What cannot be merged becomes a conflict between the panels
 * for the note-taker to settle; nothing is dropped. Pure: reads no clock.
 */
import { containsLines, mergeDecision, sameDecision } from '../../../domain/decision-merge';
import type { DecisionWrite } from '../../../domain/ports';
import type { OutboxEntry } from './outbox';
import { rememberUncertain } from './write-outcome';

const sameConflict = (a: OutboxEntry['conflict'], b: OutboxEntry['conflict']) => JSON.stringify(a) === JSON.stringify(b);

type Conflict = NonNullable<OutboxEntry['conflict']>;

/** A conflict between the panels showing `other`, with the other text of each `waiting` conflict added unless already in view. */
function betweenPanels(
  etag: string,
  other: DecisionWrite,
  value: DecisionWrite,
  waiting: Array<Conflict | null>,
  fields: string[],
): Conflict {
  for (const earlier of waiting) {
    const text = earlier?.server.value.decision;
    if (text === undefined || containsLines(other.decision, text) || containsLines(value.decision, text)) continue;
    other = { ...other, decision: `${other.decision}\n\n${text}` };
  }
  return { server: { etag, value: other }, fields, fromPanel: true };
}

/** When the entry's base was learned from the server; unknown (an entry from an older version) counts as long ago. */
const learnedAt = (entry: OutboxEntry) => entry.baseAt ?? -Infinity;

/**
 * Where the two texts part when this panel never saw a stored copy: the older of the two server
 * versions (the server's versions form one line in time, so the one learned first is the older).
 * The newer may hold a write the other panel never saw (this panel's own, sent while the device
 * refused to store it): merging from it would read that text as deleted by the other panel.
 */
function commonBase(mine: OutboxEntry, theirs: OutboxEntry): DecisionWrite {
  return learnedAt(theirs) < learnedAt(mine) ? theirs.base.value : mine.base.value;
}

/**
 * The entry after merging `theirs` (stored by another panel) into `mine`, both derived from
 * `ancestor` (null when this panel never saw a stored copy). The result has a revision above both,
 * so it never collides with either, and is pending unless the server already holds its value.
 */
export function mergePanelEntry(ancestor: OutboxEntry | null, mine: OutboxEntry, theirs: OutboxEntry, now: number): OutboxEntry {
  const from: DecisionWrite = ancestor?.value ?? commonBase(mine, theirs);
  // The server side: a panel that moved its base since the ancestor (a write answered, a 412) knows a
  // newer version. If both did, either may be the newer: the other's value is remembered as one of
  // ours, so a 412 holding it is recognised as our own write and not someone else's.
  const mineMoved = ancestor !== null && mine.base.etag !== ancestor.base.etag;
  const [base, other] = mineMoved ? [mine.base, theirs.base] : [theirs.base, mine.base];
  const merged: OutboxEntry = {
    ...theirs,
    base,
    baseAt: mineMoved ? mine.baseAt : theirs.baseAt,
    revision: Math.max(mine.revision, theirs.revision) + 1,
    uncertain: [...theirs.uncertain],
    lastWriteAt: Math.max(mine.lastWriteAt ?? -Infinity, theirs.lastWriteAt ?? -Infinity),
    updatedAt: now,
  };
  if (!Number.isFinite(merged.lastWriteAt)) merged.lastWriteAt = null;
  for (const value of [...mine.uncertain, ...(other.etag === base.etag ? [] : [other.value])]) rememberUncertain(merged, value);

  // A conflict one panel settled (or found) since the ancestor counts; an old one the other settled does not.
  const known = ancestor?.conflict ?? null;
  const kept = sameConflict(mine.conflict, known) ? theirs.conflict : (mine.conflict ?? theirs.conflict);
  // Both found one since the ancestor (a 412 here, a clash between panels there): theirs is not settled either.
  const dropped =
    theirs.conflict && theirs.conflict !== kept && !sameConflict(theirs.conflict, known) && !sameConflict(theirs.conflict, kept)
      ? theirs.conflict
      : null;
  let clash: { other: DecisionWrite; fields: string[] } | null = null;
  if (sameDecision(mine.value, from) || sameDecision(mine.value, theirs.value)) {
    merged.value = theirs.value;
  } else if (sameDecision(theirs.value, from)) {
    merged.value = mine.value;
  } else {
    const result = mergeDecision(from, mine.value, theirs.value);
    merged.value = result.conflicts.length === 0 ? result.value : mine.value;
    if (result.conflicts.length > 0) clash = { other: theirs.value, fields: result.conflicts };
  }
  // A conflict between the panels replaces a waiting one, keeping its other text in view beside it:
  // a panel's text the other one kept aside may exist nowhere else, and was never on the server. A
  // server's text replaced so stays too; the base stays the older version, so the next write meets
  // that 412 again and reconciles then.
  if (clash) {
    const waiting = [mine.conflict, theirs.conflict].filter((c) => c && (c.fromPanel || c === kept || c === dropped));
    merged.conflict = betweenPanels(base.etag, clash.other, merged.value, waiting, clash.fields);
  } else if (kept && dropped && (kept.fromPanel || dropped.fromPanel)) {
    const [panel, server] = kept.fromPanel ? [kept, dropped] : [dropped, kept];
    merged.conflict = betweenPanels(
      base.etag,
      panel.server.value,
      merged.value,
      [server],
      [...new Set([...panel.fields, ...server.fields])],
    );
  } else {
    merged.conflict = kept;
  }
  merged.syncedRevision = !merged.conflict && sameDecision(merged.value, base.value) ? merged.revision : merged.revision - 1;
  return merged;
}
