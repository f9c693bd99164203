/**
 * "Godkend referatet?": the confirmation before a referat is approved (Fluent v9 Dialog, alert type:
 * https://react.fluentui.dev/?path=/docs/components-dialog--docs). Its own module, loaded only where
 * the user may approve: the managers' first open does not download Fluent's dialog (issue #13).
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useText } from './i18n';
import { referatApprovalMessages } from './referat-approval-messages';

export interface ApproveConfirmProps {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export default function ApproveConfirm({ open, onConfirm, onCancel }: ApproveConfirmProps) {
  const t = useText(referatApprovalMessages);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirmTitle}</DialogTitle>
          <DialogContent>{t.confirmText}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t.confirm}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
