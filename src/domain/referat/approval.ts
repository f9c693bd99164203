/**
 * The referat's approval (issue #14, "Approval"): who approved a meeting's referat and when, and the
 * rule that a punkt changed after that is flagged until the referat is approved again. Pure: the
 * change times come in with the punkter (the list rows' lastModifiedDateTime, as Graph reports it).
 */

/** Who approved the referat and when, as stored with the meeting. */
export interface ReferatApproval {
  /** The approver's display name (Graph `/me` displayName). */
  by: string;
  /** The approver's mail (Graph `/me` mail), when the account has one. */
  mail: string | null;
  /** ISO 8601 UTC instant of the approval. */
  at: string;
}

/** The referat's state, in the forum's words: a draft, approved, or changed since approval. */
export type ReferatState = 'udkast' | 'godkendt' | 'ændret efter godkendelse';

/** What the rule needs of a punkt: its number and when its rows last changed (unknown: undefined). */
export interface PunktChange {
  number: number;
  /** ISO 8601 instant; undefined when the backend did not say (never flagged: nothing to compare). */
  modifiedAt?: string | undefined;
  /**
   * The page saw this punkt's rows written after it knew the approval (a decision saved, the agenda saved):
   * changed after it in real time, whatever the clocks say, so flagged before any reload brings the new time.
   */
  savedAfterApproval?: boolean;
}

/** The state of a referat and the punkter changed after its approval, in agenda order. */
export interface ReferatStatus {
  state: ReferatState;
  changed: number[];
}

const instant = (iso: string | undefined): number => (iso === undefined ? Number.NaN : Date.parse(iso));

/**
 * The referat's state: 'udkast' without an approval; 'ændret efter godkendelse' when a punkt's rows
 * changed at or after the approval's instant; 'godkendt' otherwise. SharePoint's times are whole
 * seconds, so a change in the approval's own second cannot be told from one just before it: it is
 * flagged (a needless second approval costs less than a missed change; the approval itself changes
 * no punkt's rows).
 */
export function referatStatus(approval: ReferatApproval | null, punkter: readonly PunktChange[]): ReferatStatus {
  if (approval === null) return { state: 'udkast', changed: [] };
  const approvedAt = instant(approval.at);
  if (Number.isNaN(approvedAt)) return { state: 'udkast', changed: [] };
  const changed = punkter.filter((p) => p.savedAfterApproval === true || instant(p.modifiedAt) >= approvedAt).map((p) => p.number);
  return { state: changed.length > 0 ? 'ændret efter godkendelse' : 'godkendt', changed };
}
