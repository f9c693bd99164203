/** The per-punkt save state as a short, politely announced text: Gemt, Gemmer…, Offline – gemt lokalt, Konflikt. */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useText } from '../../../ui/i18n';
import { notesMessages } from '../messages';
import type { SyncState } from '../sync/sync-engine';

const useStyles = makeStyles({
  base: { color: tokens.colorNeutralForeground3 },
  offline: { color: tokens.colorPaletteDarkOrangeForeground1 },
  conflict: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function SaveState({ state, itemNumber }: { state: SyncState; itemNumber: number }) {
  const t = useText(notesMessages);
  const styles = useStyles();
  return (
    <Text
      size={200}
      role="status"
      aria-live="polite"
      data-testid={`save-state-${itemNumber}`}
      className={mergeClasses(styles.base, state === 'offline' && styles.offline, state === 'conflict' && styles.conflict)}
    >
      {t.saveState[state]}
    </Text>
  );
}
