/**
 * The referat's state and its approval (issue #14, Approval), shared by the views: a badge (Udkast,
 * Godkendt, Ændret efter godkendelse), who approved and when, the punkter changed since, and for
 * those who may approve "Godkend referat" behind a confirmation (ApproveConfirm.tsx, loaded on demand).
 */
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type { MeetingRef, StoredItem } from '../domain/ports';
import type { ReferatState } from '../domain/referat/approval';
import { formatDate, formatInstant } from './format';
import { useLanguage, useText } from './i18n';
import { referatApprovalMessages } from './referat-approval-messages';
import { ForumApprovalNote } from './ForumApprovalNote';
import { useApprovalRight } from './useApprovalRight';
import { useReferatApproval, type ReferatApprovalState } from './useReferatApproval';

// Only those who may approve render it, so the managers' view never fetches Fluent's dialog (issue #13).
const ApproveConfirm = lazy(() => import('./ApproveConfirm'));

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const colour = { udkast: 'informative', godkendt: 'success', 'ændret efter godkendelse': 'warning' } as const satisfies Record<
  ReferatState,
  string
>;

/** The calendar date of an instant in Copenhagen, as 'YYYY-MM-DD'. */
function copenhagenDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}

export interface ReferatApprovalProps {
  meetingRef: MeetingRef;
  /** The punkter as the view loaded them (with their change times). */
  items: readonly StoredItem[];
  /** Whether this user may approve (the chair, the note-taker); false shows the state only. */
  canApprove: boolean;
}

export function ReferatApproval({ meetingRef, items, canApprove }: ReferatApprovalProps) {
  return <ReferatApprovalPanel approval={useReferatApproval(meetingRef, items)} canApprove={canApprove} />;
}

export interface ReferatApprovalPanelProps {
  /** The view's own useReferatApproval: a view that also flags its punkter reads the approval once. */
  approval: ReferatApprovalState;
  canApprove: boolean;
}

/** The control on an approval state the view already holds. */
export function ReferatApprovalPanel({ approval: state, canApprove }: ReferatApprovalPanelProps) {
  const t = useText(referatApprovalMessages);
  const language = useLanguage();
  const styles = useStyles();
  const { load, status, approve } = state;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Only the chair approves (issue #14); 'unknown' (no calendar event) leaves it to the list's permissions.
  const right = useApprovalRight(state.meetingRef, canApprove);
  if (load.status === 'unavailable' || load.status === 'loading') return null;

  const approval = load.status === 'ready' ? load.approval : null;
  const confirm = async () => {
    setAsking(false);
    setBusy(true);
    setFailure(null);
    try {
      await approve();
    } catch (error) {
      // The Graph repository's typed error names why (ApprovalUnavailableError.reason); the UI only reads the reason.
      const reason = (error as { reason?: unknown } | null)?.reason;
      setFailure(reason === 'columns-missing' ? t.columnsMissing : reason === 'no-agenda' ? t.noAgenda : t.approveFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.box} aria-label={t.title}>
      {load.status === 'error' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.loadFailed}</MessageBarBody>
        </MessageBar>
      ) : (
        <Badge appearance="tint" shape="rounded" color={colour[status.state]}>
          {t.state[status.state]}
        </Badge>
      )}
      {approval && (
        <Text>
          {t.approvedBy(
            // A name from the directory in first-strong isolates (FSI … PDI), so a right-to-left name cannot reorder the sentence.
            `\u2068${approval.by}\u2069`,
            t.at(formatDate(copenhagenDate(approval.at), language), formatInstant(approval.at)),
          )}
        </Text>
      )}
      {state.forum && <ForumApprovalNote forum={state.forum} />}
      {status.changed.length > 0 && (
        <ul className={styles.list}>
          {status.changed.map((n) => (
            <li key={n}>{t.changed(n)}</li>
          ))}
        </ul>
      )}
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {canApprove && right === 'not-chair' && <Text>{t.onlyChair}</Text>}
      {canApprove && load.status === 'ready' && right !== undefined && right !== 'not-chair' && (
        <Button appearance={status.state === 'godkendt' ? 'secondary' : 'primary'} disabled={busy} onClick={() => setAsking(true)}>
          {status.state === 'ændret efter godkendelse' ? t.approveAgain : t.approve}
        </Button>
      )}
      {canApprove && (
        <Suspense fallback={null}>
          <ApproveConfirm open={asking} onConfirm={() => void confirm()} onCancel={() => setAsking(false)} />
        </Suspense>
      )}
    </section>
  );
}
