/**
 * Why the last save did not land, and what the secretary can do about it: a conflict (someone
 * else saved the agenda meanwhile, or the lists answered 412) offers loading their version or
 * saving over it; a punkt with a decision written since is not deleted (named, with loading the new
 * version); missing write permission (403) says so without a pointless retry; anything
 * else is the shared ErrorBar with a retry.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { ErrorBar } from '../../../ui/ErrorBar';
import { errorKind } from '../../../ui/error-kind';
import { useText } from '../../../ui/i18n';
import type { SaveState } from '../hooks/useSaveAgenda';
import { prepareMessages } from '../messages';

const useStyles = makeStyles({
  bar: { whiteSpace: 'normal' },
  // The two choices are long sentences: let them wrap under the text in a narrow pane.
  actions: { flexWrap: 'wrap' },
});

export interface SaveProblemProps {
  state: SaveState;
  onRetry: () => void;
  onOverwrite: () => void;
  onReload: () => void;
}

/** The punkt a save refused to delete because of its decision (PunktHasDecisionError, read by shape). */
function decisionKept(error: unknown): { number: number; title: string } | null {
  const e = error as { name?: unknown; number?: unknown; title?: unknown } | null;
  return e?.name === 'PunktHasDecisionError' && typeof e.number === 'number' && typeof e.title === 'string'
    ? { number: e.number, title: e.title }
    : null;
}

/** The save's problem as a message bar; nothing when the last save did not fail. */
export function SaveProblem({ state, onRetry, onOverwrite, onReload }: SaveProblemProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  if (state.status === 'conflict') {
    return (
      <MessageBar intent="warning" layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{t.conflictTitle}</MessageBarTitle>
          {t.conflict}
        </MessageBarBody>
        <MessageBarActions className={styles.actions}>
          <Button onClick={onReload}>{t.conflictReload}</Button>
          <Button onClick={onOverwrite}>{t.conflictOverwrite}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (state.status !== 'error') return null;
  const kept = decisionKept(state.error);
  if (kept) {
    return (
      <MessageBar intent="error" layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{t.decisionKeptTitle}</MessageBarTitle>
          {t.decisionKept(kept.number, kept.title)}
        </MessageBarBody>
        <MessageBarActions className={styles.actions}>
          <Button onClick={onReload}>{t.conflictReload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (errorKind(state.error) === 'forbidden') {
    return (
      <MessageBar intent="error" layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{t.forbiddenTitle}</MessageBarTitle>
          {t.forbidden}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <ErrorBar error={state.error} onRetry={onRetry} />;
}
