/**
 * Asks before a punkt already dealt with is started again: a start re-plans the meeting for every
 * participant (issue #15). Fluent v9 Dialog: https://react.fluentui.dev/?path=/docs/components-dialog--docs
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
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
    <Dialog open={number !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{number !== null && t.confirmTitle(number)}</DialogTitle>
          <DialogContent>{t.confirmText}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => number !== null && onConfirm(number)}>
              {t.confirmStart}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
