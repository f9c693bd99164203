/**
 * "Godkend referatet?": the confirmation before a referat is approved. Its own module, loaded only
 * where the user may approve: the managers' first open does not download Fluent's dialog (issue #13).
 */
import { ConfirmDialog } from './ConfirmDialog';
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
    <ConfirmDialog
      open={open}
      title={t.confirmTitle}
      text={t.confirmText}
      confirmLabel={t.confirm}
      cancelLabel={t.cancel}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
