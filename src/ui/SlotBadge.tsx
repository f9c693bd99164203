/** A punkt's time slot as plain text `HH.MM–HH.MM` (end-to-end checks read it as text). */
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  slot: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
});

export function SlotBadge({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <Text size={200} weight="semibold" className={styles.slot}>
      {text}
    </Text>
  );
}
