import { describe, expect, it } from 'vitest';
import { containsLines, mergeDecision, mergeText, sameDecision } from './decision-merge';
import type { DecisionWrite } from './ports';

const para = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('mergeText', () => {
  it('takes the side that changed when only one side changed', () => {
    expect(mergeText('a', 'a b', 'a')).toEqual({ ok: true, text: 'a b' });
    expect(mergeText('a', 'a', 'a c')).toEqual({ ok: true, text: 'a c' });
  });

  it('accepts both sides making the same change', () => {
    expect(mergeText('a', 'b', 'b')).toEqual({ ok: true, text: 'b' });
  });

  it('merges edits of different paragraphs', () => {
    const base = para('Første afsnit.', 'Andet afsnit.', 'Tredje afsnit.');
    const local = para('Første afsnit, rettet lokalt.', 'Andet afsnit.', 'Tredje afsnit.');
    const remote = para('Første afsnit.', 'Andet afsnit.', 'Tredje afsnit, rettet af en anden.');
    expect(mergeText(base, local, remote)).toEqual({
      ok: true,
      text: para('Første afsnit, rettet lokalt.', 'Andet afsnit.', 'Tredje afsnit, rettet af en anden.'),
    });
  });

  it('merges a paragraph added at the end with an edit at the start', () => {
    const base = para('A.', 'B.');
    expect(mergeText(base, para('A!', 'B.'), para('A.', 'B.', 'C.'))).toEqual({ ok: true, text: para('A!', 'B.', 'C.') });
  });

  it('reports a conflict when both sides changed the same paragraph differently', () => {
    const base = para('Chefforum godkendte.', 'Andet.');
    expect(mergeText(base, para('Chefforum godkendte indstillingen.', 'Andet.'), para('Chefforum drøftede.', 'Andet.'))).toEqual({
      ok: false,
    });
  });

  it('reports a conflict for changes to adjacent lines (never interleaves one paragraph)', () => {
    expect(mergeText('l1\nl2', 'L1\nl2', 'l1\nL2')).toEqual({ ok: false });
  });

  it('reports a conflict when both sides append different text to an empty base', () => {
    expect(mergeText('', 'lokal', 'fjern')).toEqual({ ok: false });
  });

  it('keeps one copy of an identical insertion made by both sides', () => {
    const base = para('A.', 'B.');
    const both = para('A.', 'X.', 'B.');
    expect(mergeText(base, both + '\n\nlokal', both)).toEqual({ ok: true, text: both + '\n\nlokal' });
  });
});

describe('mergeDecision', () => {
  const base: DecisionWrite = { decision: para('A.', 'B.'), status: 'none', postponedTo: null };

  it('merges per field: status from one side, text from the other', () => {
    const local = { ...base, decision: para('A, rettet.', 'B.') };
    const remote = { ...base, status: 'approved' as const };
    expect(mergeDecision(base, local, remote)).toEqual({
      value: { decision: para('A, rettet.', 'B.'), status: 'approved', postponedTo: null },
      conflicts: [],
    });
  });

  it('reports each conflicting field and keeps the local value for it', () => {
    const local: DecisionWrite = { decision: 'lokal', status: 'postponed', postponedTo: '2024-04-10' };
    const remote: DecisionWrite = { decision: 'fjern', status: 'approved', postponedTo: null };
    const result = mergeDecision(base, local, remote);
    expect(result.conflicts).toEqual(['decision', 'status']);
    expect(result.value).toEqual({ decision: 'lokal', status: 'postponed', postponedTo: '2024-04-10' });
  });

  it('compares decisions by value', () => {
    expect(sameDecision(base, { ...base })).toBe(true);
    expect(sameDecision(base, { ...base, postponedTo: '2024-01-01' })).toBe(false);
  });
});

describe('containsLines', () => {
  it('is true when the outer text only adds lines around the inner ones', () => {
    expect(containsLines('A x\n\nC', 'A x')).toBe(true);
    expect(containsLines('P\nA\nQ\nB', 'A\nB')).toBe(true);
  });

  it('is false when a line is changed, missing or out of order', () => {
    expect(containsLines('A x y', 'A x')).toBe(false);
    expect(containsLines('B\nA', 'A\nB')).toBe(false);
  });
});
