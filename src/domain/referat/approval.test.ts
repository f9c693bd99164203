import { describe, expect, it } from 'vitest';
import { approvalRight, countingApproval, forumApproval, referatStatus, type ReferatApproval } from './approval';

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

describe('approvalRight: the chair, who organizes the forum’s meetings, approves', () => {
  it('is the chair when the calendar says the user organizes the meeting', () => {
    expect(approvalRight({ isOrganizer: true, organizerEmail: 'x@y.dk' }, null)).toBe('chair');
  });

  it('compares the organizer’s mail with the user’s, ignoring case', () => {
    expect(approvalRight({ isOrganizer: false, organizerEmail: 'Formand@Albertslund.dk' }, 'formand@albertslund.dk')).toBe('chair');
    expect(approvalRight({ isOrganizer: false, organizerEmail: 'formand@albertslund.dk' }, 'referent@albertslund.dk')).toBe('not-chair');
  });

  it('is not the chair on an attendee’s own copy without mails, and unknown without the event', () => {
    expect(approvalRight({ isOrganizer: false }, null)).toBe('not-chair');
    expect(approvalRight(null, 'formand@albertslund.dk')).toBe('unknown');
  });
});

describe('forumApproval: the forum approves at its next meeting', () => {
  const punkt = (title: string, decision: string | null, status = 'none') => ({
    title,
    decision,
    status,
    modifiedAt: '2024-04-10T08:20:00Z',
  });

  it('finds the punkt "Godkendelse af dagsorden og referat" with a decision, as the fixtures title it', () => {
    const next = { date: '2024-04-10', punkter: [punkt('Godkendelse af dagsorden og referat', 'Godkendt.'), punkt('Budget', 'Drøftet.')] };
    expect(forumApproval(next)).toEqual({ date: '2024-04-10', at: '2024-04-10T08:20:00.000Z' });
    expect(
      forumApproval({ date: '2024-04-10', punkter: [punkt('Godkendelse af dagsorden og referat.', null, 'approved')] }),
    ).not.toBeNull();
  });

  it('is null while that punkt has no decision, for another title, or without a next meeting', () => {
    expect(forumApproval({ date: '2024-04-10', punkter: [punkt('Godkendelse af dagsorden og referat', null)] })).toBeNull();
    expect(forumApproval({ date: '2024-04-10', punkter: [punkt('Godkendelse af dagsorden', 'Godkendt.')] })).toBeNull();
    expect(forumApproval({ date: '2024-04-10', punkter: [punkt('Godkendelse af pilotprojekter', 'Godkendt.')] })).toBeNull();
    expect(forumApproval(null)).toBeNull();
  });

  it('counts the later of the chair’s and the forum’s approval', () => {
    const forum = { date: '2024-04-10', at: '2024-04-10T08:20:00.000Z' };
    expect(countingApproval(approval, forum)).toEqual({ by: 'forum', at: forum.at, forum });
    const later = { ...approval, at: '2024-04-11T08:00:00Z' };
    expect(countingApproval(later, forum)).toEqual({ by: 'chair', at: later.at, chair: later });
    expect(countingApproval(null, null)).toBeNull();
  });
});
