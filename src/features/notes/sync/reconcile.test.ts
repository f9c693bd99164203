import { describe, expect, it } from 'vitest';
import type { DecisionWrite } from '../../../domain/ports';
import type { OutboxEntry } from './outbox';
import { reconcileConflict } from './reconcile';

const v = (decision: string, status: DecisionWrite['status'] = 'none'): DecisionWrite => ({ decision, status, postponedTo: null });

function entry(value: DecisionWrite, base: DecisionWrite, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    meetingKey: 'm',
    itemId: '1',
    value,
    base: { etag: '"1"', value: base },
    revision: 4,
    syncedRevision: 2,
    uncertain: [],
    conflict: null,
    lastWriteAt: null,
    updatedAt: 0,
    ...overrides,
  };
}

describe('reconcileConflict (after a 412)', () => {
  it('counts the server already holding our value as synced (an answer that was lost)', () => {
    const e = entry(v('ny'), v('gammel'));
    reconcileConflict(e, v('ny'), { etag: '"2"', value: v('ny') }, 100);
    expect(e).toMatchObject({ base: { etag: '"2"' }, syncedRevision: 4, conflict: null });
  });

  it('rebases on an earlier value of ours that did land, keeping the newer local value pending', () => {
    const e = entry(v('a b c'), v('a'), { uncertain: [v('a b')] });
    reconcileConflict(e, v('a b c'), { etag: '"3"', value: v('a b') }, 100);
    expect(e).toMatchObject({ value: v('a b c'), base: { etag: '"3"', value: v('a b') }, revision: 4, syncedRevision: 2, uncertain: [] });
  });

  it('merges a change to another paragraph as a new local revision against the server ETag', () => {
    const e = entry(v('A!\n\nB'), v('A\n\nB'));
    reconcileConflict(e, v('A!\n\nB'), { etag: '"5"', value: v('A\n\nB?', 'approved') }, 100);
    expect(e).toMatchObject({ value: v('A!\n\nB?', 'approved'), base: { etag: '"5"' }, revision: 5, syncedRevision: 2, updatedAt: 100 });
  });

  it('records a conflict, leaving the local value and base untouched', () => {
    const e = entry(v('min'), v('fælles'));
    reconcileConflict(e, v('min'), { etag: '"6"', value: v('deres') }, 100);
    expect(e).toMatchObject({
      value: v('min'),
      base: { etag: '"1"' },
      conflict: { server: { etag: '"6"', value: v('deres') }, fields: ['decision'] },
    });
  });

  it('merges from our landed write when someone wrote on top of it, instead of a false conflict', () => {
    // Our write "A x" landed without an answer; another writer then added a paragraph.
    const e = entry(v('A x'), v('A'), { uncertain: [v('A x')] });
    reconcileConflict(e, v('A x'), { etag: '"7"', value: v('A x\n\nC') }, 100);
    expect(e.conflict).toBeNull();
    expect(e.value).toEqual(v('A x\n\nC'));
    expect(e.syncedRevision).toBe(e.revision);
  });

  it('does not take an unconfirmed write as landed when a line it removed is still on the server', () => {
    // We deleted "L"; the write's fate is unknown and the server still has "L" plus another change.
    const e = entry(v('A\nB'), v('A\nL\nB'), { uncertain: [v('A\nB')] });
    reconcileConflict(e, v('A\nB'), { etag: '"8"', value: v('A\nL\nB\nC') }, 100);
    expect(e.value.decision).not.toContain('L');
  });
});
