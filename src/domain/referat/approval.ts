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
export function referatStatus(approval: Pick<ReferatApproval, 'at'> | null, punkter: readonly PunktChange[]): ReferatStatus {
  if (approval === null) return { state: 'udkast', changed: [] };
  const approvedAt = instant(approval.at);
  if (Number.isNaN(approvedAt)) return { state: 'udkast', changed: [] };
  const changed = punkter.filter((p) => p.savedAfterApproval === true || instant(p.modifiedAt) >= approvedAt).map((p) => p.number);
  return { state: changed.length > 0 ? 'ændret efter godkendelse' : 'godkendt', changed };
}

/**
 * Who may approve (issue #14: "The chair (or the forum, at the next meeting's punkt 'Godkendelse af
 * dagsorden og referat')"). The chair runs the forum's calendar, so the chair is the meeting's organizer:
 * the calendar says so for the signed-in user's own copy (Graph event `isOrganizer`), or the user's mail
 * is the organizer's (`organizer.emailAddress.address`, https://learn.microsoft.com/graph/api/resources/event).
 * 'unknown' when neither the event nor the user is known: the views then leave it to the list's permissions.
 */
export function approvalRight(
  event: { isOrganizer: boolean; organizerEmail?: string | null | undefined } | null,
  userEmail: string | null,
): 'chair' | 'not-chair' | 'unknown' {
  if (event === null) return 'unknown';
  if (event.isOrganizer) return 'chair';
  const organizer = event.organizerEmail?.trim().toLowerCase();
  const user = userEmail?.trim().toLowerCase();
  if (organizer && user) return organizer === user ? 'chair' : 'not-chair';
  // The calendar answered for the user's own copy: not the organizer's.
  return 'not-chair';
}

/** The forum's approval punkt's title, as the forum writes it (the fixtures' punkt 1, after the CF prefix). */
const FORUM_APPROVAL_TITLE = 'godkendelse af dagsorden og referat';

/** What the rule needs of a later meeting's punkt. */
export interface LaterPunkt {
  title: string;
  decision: string | null;
  status: string;
  /** When its rows last changed: the forum's decision is taken at that instant. */
  modifiedAt?: string | undefined;
}

/** The referat approved by the forum at its next meeting: which meeting, and when its decision was written. */
export interface ForumApproval {
  /** The next meeting's date (YYYY-MM-DD). */
  date: string;
  /** ISO 8601 instant of the decision (the punkt's last change); the referat's later changes are flagged against it. */
  at: string;
}

/**
 * The forum's approval, when its next meeting has a punkt whose title starts "Godkendelse af dagsorden og
 * referat" with a decision taken (a decision text, or a status other than none); else null.
 */
export function forumApproval(next: { date: string; punkter: readonly LaterPunkt[] } | null): ForumApproval | null {
  const punkt = next?.punkter.find(
    (p) =>
      p.title.trim().toLowerCase().startsWith(FORUM_APPROVAL_TITLE) &&
      ((p.decision ?? '').trim() !== '' || p.status !== 'none') &&
      !Number.isNaN(instant(p.modifiedAt)),
  );
  return next && punkt?.modifiedAt ? { date: next.date, at: new Date(punkt.modifiedAt).toISOString() } : null;
}

/** The approval that counts, by the chair or by the forum, with its instant. */
export type CountingApproval = { by: 'chair'; at: string; chair: ReferatApproval } | { by: 'forum'; at: string; forum: ForumApproval };

/** The later of the chair's and the forum's approval (a later approval covers the changes before it); null: none. */
export function countingApproval(chair: ReferatApproval | null, forum: ForumApproval | null): CountingApproval | null {
  if (forum !== null && (chair === null || instant(forum.at) > instant(chair.at))) return { by: 'forum', at: forum.at, forum };
  return chair === null ? null : { by: 'chair', at: chair.at, chair };
}
