/**
 * The referat's approval for a view (issue #14, Approval): the stored approval, the state it gives
 * with the punkter as loaded (referatStatus), and approving. Any view can flag its punkter from
 * `status.changed`; ReferatApproval.tsx is the shared control. Without an approval store in the
 * services (tests, a read-only port) it stays 'unavailable'.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MeetingRef, StoredItem } from '../domain/ports';
import { countingApproval, referatStatus, type ReferatApproval, type ReferatStatus } from '../domain/referat/approval';
import { useServices } from './services';
import { useForumApproval, type ForumApprovalAt } from './useForumApproval';
import { useSavedAfterApproval, type SavedDecisions } from './useSavedAfterApproval';

export type ApprovalLoad =
  | { status: 'unavailable' }
  | { status: 'loading' }
  | { status: 'ready'; approval: ReferatApproval | null }
  | { status: 'error'; error: unknown };

export interface ReferatApprovalState {
  load: ApprovalLoad;
  /** The referat's state and the punkter changed since approval; 'udkast' until the approval is known. */
  status: ReferatStatus;
  /** The forum's approval at its next meeting, when that is the later one (it then counts instead of the chair's). */
  forum: ForumApprovalAt | null;
  /** The meeting this is the approval of (null: none open). */
  meetingRef: MeetingRef | null;
  /** Approves as the signed-in user; rejects with the store's error. */
  approve(): Promise<void>;
}

/**
 * `meetingRef` may be null (a view with no meeting open): then the approval is 'unavailable'. `saved` is the
 * note-taker's sync engine, whose confirmed writes flag their punkt at once (useSavedAfterApproval).
 */
export function useReferatApproval(
  meetingRef: MeetingRef | null,
  items: readonly StoredItem[],
  saved: SavedDecisions | null = null,
): ReferatApprovalState {
  const { approvals } = useServices();
  const [load, setLoad] = useState<ApprovalLoad>(approvals && meetingRef ? { status: 'loading' } : { status: 'unavailable' });
  const iCalUId = meetingRef?.iCalUId;
  const start = meetingRef?.start;

  useEffect(() => {
    if (!approvals || iCalUId === undefined || start === undefined) return;
    let live = true;
    approvals.approvalOf({ iCalUId, start }).then(
      (approval) => live && setLoad({ status: 'ready', approval }),
      (error: unknown) => live && setLoad({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [approvals, iCalUId, start]);

  const approval = load.status === 'ready' ? load.approval : null;
  const forumAt = useForumApproval(approvals ? meetingRef : null);
  const counting = useMemo(() => countingApproval(approval, forumAt), [approval, forumAt]);
  const touched = useSavedAfterApproval(counting, items, saved);
  const status = useMemo(
    () =>
      referatStatus(
        counting,
        items.map((s) => ({ number: s.item.number, modifiedAt: s.modifiedAt, savedAfterApproval: touched.has(s.id) })),
      ),
    [counting, items, touched],
  );
  const approve = useCallback(async () => {
    if (!approvals || iCalUId === undefined || start === undefined) return;
    const stored = await approvals.approve({ iCalUId, start });
    setLoad({ status: 'ready', approval: stored });
  }, [approvals, iCalUId, start]);

  return { load, status, approve, forum: counting?.by === 'forum' ? forumAt : null, meetingRef };
}
