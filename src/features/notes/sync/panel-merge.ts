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

/**
 * The entry after merging `theirs` (stored by another panel) into `mine`, both derived from
 * `ancestor` (null when this panel never saw a stored copy). The result has a revision above both,
 * so it never collides with either, and is pending unless the server already holds its value.
 */
export function mergePanelEntry(ancestor: OutboxEntry | null, mine: OutboxEntry, theirs: OutboxEntry, now: number): OutboxEntry {
  const from: DecisionWrite = ancestor?.value ?? mine.base.value;
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
  merged.conflict = sameConflict(mine.conflict, ancestor?.conflict ?? null) ? theirs.conflict : (mine.conflict ?? theirs.conflict);
  if (sameDecision(mine.value, from) || sameDecision(mine.value, theirs.value)) {
    merged.value = theirs.value;
  } else if (sameDecision(theirs.value, from)) {
    merged.value = mine.value;
  } else {
    const result = mergeDecision(from, mine.value, theirs.value);
    if (result.conflicts.length === 0) {
      merged.value = result.value;
    } else {
      // Both panels changed the same lines: keep this panel's text and show the other's beside it.
      // A text still waiting in an earlier conflict between the panels stays in view with it: it may
      // exist nowhere else (a panel's text the other one kept aside), and it was never on the server.
      // So does the server's text of a conflict not yet settled, which this one replaces: the base
      // stays the older version, so the next write meets that 412 again and reconciles then.
      const unsettled = merged.conflict;
      let other = theirs.value;
      for (const earlier of [mine.conflict, theirs.conflict]) {
        const text = earlier && (earlier.fromPanel || earlier === unsettled) ? earlier.server.value.decision : null;
        if (text === null || containsLines(other.decision, text) || containsLines(mine.value.decision, text)) continue;
        other = { ...other, decision: `${other.decision}\n\n${text}` };
      }
      merged.value = mine.value;
      merged.conflict = { server: { etag: base.etag, value: other }, fields: result.conflicts, fromPanel: true };
    }
  }
  merged.syncedRevision = !merged.conflict && sameDecision(merged.value, base.value) ? merged.revision : merged.revision - 1;
  return merged;
}
