/**
 * The organizer's brand-new invite in Outlook has no calendar event yet, so there is no meeting to
 * hang an agenda on. Saving it (the host's saveDraftMeeting: a draft in the organizer's calendar,
 * not sent) makes one; the host then announces the meeting and the view opens on it.
 */
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { appErrorOf } from '../../../domain/app-error';
import type { InviteSyncProgress } from '../../../domain/host-port';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useText } from '../../../ui/i18n';
import { EmptyState } from '../../../ui/states';
import { prepareMessages } from '../messages';

type SaveInviteState = { status: 'idle' } | { status: 'saving'; sync: InviteSyncProgress | null } | { status: 'failed'; error: unknown };

/**
 * A saved invite the calendar still does not know (the host's 404 after its waits, cached mode) is
 * not "not found": it is on its way, so it gets its own text.
 */
const notSynced = (error: unknown): boolean => appErrorOf(error).kind === 'not-found';

export function UnsavedInvite({
  save,
  idNeedsSave = false,
}: {
  save: (onProgress: (progress: InviteSyncProgress) => void) => Promise<unknown>;
  /** This Outlook names the invite only by saving it (Mailbox before 1.8), sent or not: say so. */
  idNeedsSave?: boolean;
}) {
  const t = useText(prepareMessages);
  const [state, setState] = useState<SaveInviteState>({ status: 'idle' });
  const run = () => {
    setState({ status: 'saving', sync: null });
    save((sync) => setState({ status: 'saving', sync })).then(
      () => setState({ status: 'idle' }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  };
  return (
    <EmptyState title={idNeedsSave ? t.olderOutlookInviteTitle : t.unsavedInviteTitle}>
      <p>{idNeedsSave ? t.olderOutlookInvite : t.unsavedInvite}</p>
      <Button
        appearance="primary"
        onClick={run}
        disabled={state.status === 'saving'}
        icon={state.status === 'saving' ? <Spinner size="tiny" /> : undefined}
      >
        {state.status === 'saving' ? t.savingInvite : t.saveInvite}
      </Button>
      {state.status === 'saving' && state.sync && (
        <Field validationMessage={t.inviteSyncing(Math.round(state.sync.waitedMs / 1000))} validationState="none">
          <ProgressBar value={state.sync.waitedMs} max={state.sync.limitMs} />
        </Field>
      )}
      {state.status === 'failed' &&
        (notSynced(state.error) ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.inviteNotSynced}</MessageBarBody>
          </MessageBar>
        ) : (
          <ErrorBar error={state.error} onRetry={run} />
        ))}
    </EmptyState>
  );
}
