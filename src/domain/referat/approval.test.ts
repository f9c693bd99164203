import { describe, expect, it } from 'vitest';
import { referatStatus, type ReferatApproval } from './approval';

const approval: ReferatApproval = { by: 'Formand Demo', mail: 'formand@punkt.local', at: '2024-03-20T10:00:00Z' };

describe('referatStatus', () => {
  it('is udkast without an approval, whatever changed', () => {
    expect(referatStatus(null, [{ number: 1, modifiedAt: '2024-03-21T00:00:00Z' }])).toEqual({ state: 'udkast', changed: [] });
  });

  it('is godkendt when every punkt last changed before the approval', () => {
    const punkter = [
      { number: 1, modifiedAt: '2024-03-13T09:00:00Z' },
      { number: 2, modifiedAt: '2024-03-20T09:59:59Z' },
    ];
    expect(referatStatus(approval, punkter)).toEqual({ state: 'godkendt', changed: [] });
  });

  it("flags a punkt changed in the approval's own second (whole-second times cannot tell before from after)", () => {
    expect(referatStatus(approval, [{ number: 2, modifiedAt: '2024-03-20T10:00:00Z' }])).toEqual({
      state: 'ændret efter godkendelse',
      changed: [2],
    });
  });

  it('flags each punkt whose rows changed after the approval', () => {
    const punkter = [
      { number: 1, modifiedAt: '2024-03-13T09:00:00Z' },
      { number: 2, modifiedAt: '2024-03-20T10:00:01Z' },
      { number: 3, modifiedAt: '2024-03-20T10:59:59.000+01:00' },
      { number: 4, modifiedAt: '2024-04-01T08:00:00Z' },
    ];
    expect(referatStatus(approval, punkter)).toEqual({ state: 'ændret efter godkendelse', changed: [2, 4] });
  });

  it('flags a punkt the page saw saved after the approval, though its loaded change time is older', () => {
    const punkter = [
      { number: 1, modifiedAt: '2024-03-13T09:00:00Z', savedAfterApproval: true },
      { number: 2, modifiedAt: '2024-03-13T09:00:00Z', savedAfterApproval: false },
    ];
    expect(referatStatus(approval, punkter)).toEqual({ state: 'ændret efter godkendelse', changed: [1] });
  });

  it('does not flag a punkt whose change time is unknown', () => {
    expect(referatStatus(approval, [{ number: 1 }, { number: 2, modifiedAt: 'not a date' }])).toEqual({ state: 'godkendt', changed: [] });
  });

  it('is udkast when the stored approval time cannot be read', () => {
    expect(referatStatus({ ...approval, at: '' }, [{ number: 1, modifiedAt: '2024-04-01T08:00:00Z' }]).state).toBe('udkast');
  });
});
