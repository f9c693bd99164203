/**
 * Saving and copying: the save button with its state as text (Gemmer…, Gemt, not saved), the
 * save error with a retry, and "Kopiér som tekst" for pasting the agenda into the invitation.
 * When the clipboard is refused (an iframe without permission), the text is shown to copy by hand.
 */
import { Body1, Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useText } from '../../../ui/i18n';
import type { SaveState } from '../hooks/useSaveAgenda';
import { prepareMessages } from '../messages';
import { SaveProblem } from './SaveProblem';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export interface SaveBarProps {
  state: SaveState;
  dirty: boolean;
  /** Fields to fix first; saving and copying are refused (with that message) while above 0. */
  problems: number;
  canSave: boolean;
  onSave: () => void;
  /** Called when saving or copying was refused because of `problems`. */
  onRefused: () => void;
  /** Saves over a version someone else stored meanwhile. */
  onOverwrite: () => void;
  /** Loads the stored version, dropping the form's changes. */
  onReload: () => void;
  /** The agenda as document text, made only when asked for; or why it cannot be written (in words). */
  documentText: () => { text: string } | { problem: string };
}

/** The save and copy actions with their states. */
export function SaveBar({ state, dirty, problems, canSave, onSave, onRefused, onOverwrite, onReload, documentText }: SaveBarProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  const [refused, setRefused] = useState(false);
  const [copy, setCopy] = useState<{ ok: true } | { ok: false; text: string } | { problem: string } | null>(null);

  const guarded = (action: () => void) => () => {
    setRefused(problems > 0);
    setCopy(null);
    if (problems === 0) action();
    else onRefused();
  };
  const copyText = async () => {
    const made = documentText();
    if ('problem' in made) return setCopy(made);
    const { text } = made;
    try {
      await navigator.clipboard.writeText(text);
      setCopy({ ok: true });
    } catch {
      setCopy({ ok: false, text });
    }
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
          <Button appearance="primary" disabledFocusable={state.status === 'saving'} onClick={guarded(onSave)}>
            {t.save}
          </Button>
        )}
        <Button onClick={guarded(() => void copyText())}>{t.copyText}</Button>
        <Body1 role="status">{status}</Body1>
      </div>
      <div role="alert">
        {refused && problems > 0 && <Body1>{t.fixFirst(problems)}</Body1>}
        {copy && 'problem' in copy && <Body1>{copy.problem}</Body1>}
      </div>
      <SaveProblem state={state} onRetry={guarded(onSave)} onOverwrite={guarded(onOverwrite)} onReload={onReload} />
      <div role="status">{copy && 'ok' in copy && copy.ok && <Body1>{t.copied}</Body1>}</div>
      {copy && 'ok' in copy && !copy.ok && (
        <Field label={t.documentText} hint={t.copyFailed}>
          <Textarea readOnly rows={8} value={copy.text} />
        </Field>
      )}
    </div>
  );
}
