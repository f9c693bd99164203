/**
 * "Kopiér som tekst" for pasting the agenda into the invitation, in the view's header: away from
 * the save state, so "Gemt" never reads as the copy's result (issue #15). When the clipboard is
 * refused (an iframe without permission), the text is shown to copy by hand.
 */
import { Body1, Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons/svg/copy';
import { useState } from 'react';
import { useText } from '../../../ui/i18n';
import { prepareMessages } from '../messages';

const useStyles = makeStyles({
  copy: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, minWidth: 0 },
  field: { alignSelf: 'stretch' },
});

export interface CopyTextProps {
  /** Fields to fix first; copying is refused (with that message) while above 0. */
  problems: number;
  /** Called when copying was refused because of `problems`. */
  onRefused: () => void;
  /** The agenda as document text, made only when asked for; or why it cannot be written (in words). */
  documentText: () => { text: string } | { problem: string };
}

type CopyResult = { ok: true } | { ok: false; text: string } | { problem: string } | { refused: number };

/** The copy button and what became of the copy. */
export function CopyText({ problems, onRefused, documentText }: CopyTextProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  const [copy, setCopy] = useState<CopyResult | null>(null);

  const copyText = async () => {
    if (problems > 0) {
      setCopy({ refused: problems });
      return onRefused();
    }
    const made = documentText();
    if ('problem' in made) return setCopy(made);
    try {
      await navigator.clipboard.writeText(made.text);
      setCopy({ ok: true });
    } catch {
      setCopy({ ok: false, text: made.text });
    }
  };

  return (
    <div className={styles.copy}>
      <Button appearance="subtle" icon={<CopyRegular />} onClick={() => void copyText()}>
        {t.copyText}
      </Button>
      <div role="alert">
        {copy && 'refused' in copy && problems > 0 && <Body1>{t.fixFirst(problems)}</Body1>}
        {copy && 'problem' in copy && <Body1>{copy.problem}</Body1>}
      </div>
      <div role="status">{copy && 'ok' in copy && copy.ok && <Body1>{t.copied}</Body1>}</div>
      {copy && 'ok' in copy && !copy.ok && (
        <Field className={styles.field} label={t.documentText} hint={t.copyFailed}>
          <Textarea readOnly rows={8} value={copy.text} />
        </Field>
      )}
    </div>
  );
}
