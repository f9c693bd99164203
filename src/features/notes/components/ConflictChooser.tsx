/**
 * Shown when another writer changed the same part of a decision: both versions side by side and
 * a choice. Nothing was overwritten; the local text stays in the editor until the note-taker chooses.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { withoutBidiControls } from '../../../domain/bidi';
import type { DecisionWrite } from '../../../domain/ports';
import { useText } from '../../../ui/i18n';
import { notesMessages } from '../messages';

const useStyles = makeStyles({
  texts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalS,
  },
  text: {
    whiteSpace: 'pre-wrap',
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface ConflictChooserProps {
  local: DecisionWrite;
  server: DecisionWrite;
  /** The other text is another window's of this browser, not someone else's. */
  fromPanel?: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

export function ConflictChooser({ local, server, fromPanel = false, onKeepMine, onTakeTheirs }: ConflictChooserProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  // The other text comes from the list: shown with its own direction and no directional controls.
  const describe = (value: DecisionWrite) =>
    withoutBidiControls(
      `${value.decision}${value.status === 'none' ? '' : `\n(${t.status[value.status]}${value.postponedTo ? ` ${value.postponedTo}` : ''})`}`,
    );
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{fromPanel ? t.panelConflictTitle : t.conflictTitle}</MessageBarTitle>
        {fromPanel ? t.panelConflictText : t.conflictText}
        <div className={styles.texts}>
          <section aria-label={t.yourText}>
            <Text weight="semibold">{t.yourText}</Text>
            <div className={styles.text} dir="auto">
              {describe(local)}
            </div>
          </section>
          <section aria-label={t.theirText}>
            <Text weight="semibold">{t.theirText}</Text>
            <div className={styles.text} dir="auto">
              {describe(server)}
            </div>
          </section>
        </div>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onKeepMine}>
          {t.keepMine}
        </Button>
        <Button onClick={onTakeTheirs}>{t.takeTheirs}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
