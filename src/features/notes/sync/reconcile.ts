/**
 * What a 412 means for a punkt's intent: the server's version changed since the one we edited from.
 * Either it already holds our value (a write whose answer was lost), or one of our own earlier
 * values, or someone else's change: then a three-way merge per field, and a conflict for the
 * note-taker where the edits overlap. Pure: updates the entry passed in, reads no clock.
 */
import { containsLines, mergeDecision, sameDecision } from '../../../domain/decision-merge';
import type { DecisionVersion, DecisionWrite } from '../../../domain/ports';
import type { OutboxEntry } from './outbox';

/**
 * Whether `current` looks like our write `sent` with the other writer's additions on top: every
 * line of ours is there in order, no line we removed from `base` came back, and our field changes
 * are kept. (The line-level merge alone calls this a conflict when both touched the same line.)
 */
function landedUnder(base: DecisionWrite, sent: DecisionWrite, current: DecisionWrite): boolean {
  const fieldsKept = (['status', 'postponedTo'] as const).every((f) => sent[f] === current[f] || sent[f] === base[f]);
  if (!fieldsKept || !containsLines(current.decision, sent.decision)) return false;
  const ours = new Set(sent.decision.split('\n'));
  const theirs = new Set(current.decision.split('\n'));
  return base.decision.split('\n').every((line) => line === '' || ours.has(line) || !theirs.has(line));
}

/**
 * The base to merge from. Normally the version we edited from; but when a write of ours had an
 * unknown outcome and the server's version already contains that write's changes (it landed and
 * someone wrote on top), merging from it avoids a false conflict with our own text.
 */
function mergeBase(entry: OutboxEntry, current: DecisionVersion): DecisionWrite {
  const base = entry.base.value;
  for (const sentBefore of [...entry.uncertain].reverse()) {
    const check = mergeDecision(base, sentBefore, current.value);
    if (check.conflicts.length === 0 && sameDecision(check.value, current.value)) return sentBefore;
    if (landedUnder(base, sentBefore, current.value)) return sentBefore;
  }
  return base;
}

/**
 * Updates `entry` after the server answered 412 with `current` to our write of `sent`, at time `now`.
 * Afterwards the entry is synced, or pending against `current`'s ETag, or holds a conflict.
 */
export function reconcileConflict(entry: OutboxEntry, sent: DecisionWrite, current: DecisionVersion, now: number): void {
  if (sameDecision(current.value, entry.value)) {
    // The server already holds what we want (our earlier write whose answer was lost): done.
    entry.base = current;
    entry.baseAt = now;
    entry.syncedRevision = entry.revision;
    entry.uncertain = [];
    return;
  }
  if (sameDecision(current.value, sent) || entry.uncertain.some((u) => sameDecision(u, current.value))) {
    // The server holds one of our own earlier values: rebase on it and send the newer local value.
    entry.base = current;
    entry.baseAt = now;
    entry.uncertain = [];
    return;
  }
  const merged = mergeDecision(mergeBase(entry, current), entry.value, current.value);
  if (merged.conflicts.length > 0) {
    entry.conflict = { server: current, fields: merged.conflicts };
    return;
  }
  entry.value = merged.value;
  entry.base = current;
  entry.baseAt = now;
  entry.revision += 1;
  entry.updatedAt = now;
  if (sameDecision(merged.value, current.value)) entry.syncedRevision = entry.revision;
}
