/**
 * Asks before a punkt already dealt with is started again: a start re-plans the meeting for every
 * participant (issue #15).
 */
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useText } from '../../../ui/i18n';
import { notesMessages } from '../messages';

export interface StartConfirmDialogProps {
  /** The punkt to confirm; null when nothing is asked. */
  number: number | null;
  onConfirm(number: number): void;
  onCancel(): void;
}

export function StartConfirmDialog({ number, onConfirm, onCancel }: StartConfirmDialogProps) {
  const t = useText(notesMessages);
  return (
    <ConfirmDialog
      open={number !== null}
      title={number !== null && t.confirmTitle(number)}
      text={t.confirmText}
      confirmLabel={t.confirmStart}
      cancelLabel={t.cancel}
      onConfirm={() => number !== null && onConfirm(number)}
      onCancel={onCancel}
    />
  );
}
