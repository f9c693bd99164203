/**
 * The flag on a punkt changed after the referat was approved (issue #14, Approval: "a punkt changed
 * after approval is flagged in every view until approved again"). Each view reads the approval once
 * (useReferatApproval) and puts this badge on the punkter in `status.changed`.
 */
import { Badge, makeStyles } from '@fluentui/react-components';
import { useText } from './i18n';
import { referatApprovalMessages } from './referat-approval-messages';

const useStyles = makeStyles({
  // A badge has a fixed height: its text must never wrap inside it (issue #15, the overflowing badge).
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export function ChangedBadge() {
  const t = useText(referatApprovalMessages);
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color="warning" shape="rounded">
      {t.state['ændret efter godkendelse']}
    </Badge>
  );
}
