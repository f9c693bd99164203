/**
 * The organizer's brand-new invite in Outlook has no calendar event yet, so there is no meeting to
 * hang an agenda on. Saving it (the host's saveDraftMeeting: a draft in the organizer's calendar,
 * not sent) makes one; the host then announces the meeting and the view opens on it.
 */
import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useText } from '../../../ui/i18n';
import { EmptyState } from '../../../ui/states';
import { prepareMessages } from '../messages';

export function UnsavedInvite({ save }: { save: () => Promise<unknown> }) {
  const t = useText(prepareMessages);
  const [state, setState] = useState<{ status: 'idle' | 'saving' } | { status: 'failed'; error: unknown }>({ status: 'idle' });
  const run = () => {
    setState({ status: 'saving' });
    save().then(
      () => setState({ status: 'idle' }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  };
  return (
    <EmptyState title={t.unsavedInviteTitle}>
      <p>{t.unsavedInvite}</p>
      <Button
        appearance="primary"
        onClick={run}
        disabled={state.status === 'saving'}
        icon={state.status === 'saving' ? <Spinner size="tiny" /> : undefined}
      >
        {state.status === 'saving' ? t.savingInvite : t.saveInvite}
      </Button>
      {state.status === 'failed' && <ErrorBar error={state.error} onRetry={run} />}
    </EmptyState>
  );
}
