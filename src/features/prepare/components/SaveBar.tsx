/**
 * The sticky footer (issue #15: "Gem dagsorden" was thousands of pixels down at 280 px): the save
 * button with its state as text beside it (Gemmer…, Gemt, not saved), and the save error with a
 * retry. Copying as text lives in the view's header (CopyText), so "Gemt" is only the save's.
 */
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons/svg/save';
import { useState } from 'react';
import { useText } from '../../../ui/i18n';
import type { SaveState } from '../hooks/useSaveAgenda';
import { prepareMessages } from '../messages';
import { SaveProblem } from './SaveProblem';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A save problem (a conflict's two choices) must not cover the whole panel.
    maxHeight: '50vh',
    overflowY: 'auto',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export interface SaveBarProps {
  state: SaveState;
  dirty: boolean;
  /** Fields to fix first; saving is refused (with that message) while above 0. */
  problems: number;
  canSave: boolean;
  onSave: () => void;
  /** Called when saving was refused because of `problems`. */
  onRefused: () => void;
  /** Saves over a version someone else stored meanwhile. */
  onOverwrite: () => void;
  /** Loads the stored version, dropping the form's changes. */
  onReload: () => void;
}

/** The save action with its state. */
export function SaveBar({ state, dirty, problems, canSave, onSave, onRefused, onOverwrite, onReload }: SaveBarProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  const [refused, setRefused] = useState(false);

  const guarded = (action: () => void) => () => {
    setRefused(problems > 0);
    if (problems === 0) action();
    else onRefused();
  };
  const status =
    state.status === 'saving'
      ? t.saving
      : state.status === 'error' || state.status === 'conflict'
        ? t.saveFailed
        : dirty
          ? t.unsaved
          : state.status === 'saved'
            ? t.saved
            : '';

  return (
    <div className={styles.bar}>
      <div className={styles.buttons}>
        {canSave && (
          <Button appearance="primary" icon={<SaveRegular />} disabledFocusable={state.status === 'saving'} onClick={guarded(onSave)}>
            {t.save}
          </Button>
        )}
        <Body1 role="status">{status}</Body1>
      </div>
      <div role="alert">{refused && problems > 0 && <Body1>{t.fixFirst(problems)}</Body1>}</div>
      <SaveProblem state={state} onRetry={guarded(onSave)} onOverwrite={guarded(onOverwrite)} onReload={onReload} />
    </div>
  );
}
