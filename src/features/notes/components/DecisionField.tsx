/**
 * The decision field of one punkt: a Fluent Textarea that grows with its text instead of scrolling
 * a long decision inside four fixed rows (issue #15). The height follows the content after every
 * change (CSS field-sizing is not in every Outlook webview yet, so a layout effect measures it).
 */
import { Textarea, makeStyles } from '@fluentui/react-components';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useText } from '../../../ui/i18n';
import { notesMessages } from '../messages';

const useStyles = makeStyles({
  // Fluent caps a medium Textarea at 260 px; the card grows instead, the page scrolls.
  textarea: { maxHeight: 'none', overflowY: 'hidden', resize: 'none' },
});

/** Sets `element`'s height to its content's (borders included, as the textarea is border-box). */
export function fitToContent(element: HTMLTextAreaElement): void {
  element.style.height = 'auto';
  const borders = element.offsetHeight - element.clientHeight;
  element.style.height = `${element.scrollHeight + borders}px`;
}

export interface DecisionFieldProps {
  number: number;
  value: string;
  disabled: boolean;
  registerEditor(number: number, element: HTMLTextAreaElement | null): void;
  onChange(value: string): void;
}

export function DecisionField({ number, value, disabled, registerEditor, onChange }: DecisionFieldProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  const element = useRef<HTMLTextAreaElement | null>(null);
  const ref = useCallback(
    (node: HTMLTextAreaElement | null) => {
      element.current = node;
      registerEditor(number, node);
    },
    [number, registerEditor],
  );
  useLayoutEffect(() => {
    if (element.current) fitToContent(element.current);
  }, [value]);
  return (
    <Textarea
      ref={ref}
      aria-label={t.decisionFor(number)}
      value={value}
      rows={3}
      textarea={{ className: styles.textarea }}
      disabled={disabled}
      onChange={(_, data) => onChange(data.value)}
    />
  );
}
