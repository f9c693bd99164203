/**
 * The punkt index of the two-pane layout (TwoPane): every punkt as a button with its number, title
 * and slot, the selected one marked with aria-current and the one on now with a "Nu" badge. A
 * navigation landmark holding a list of buttons, so Tab reaches each punkt and Enter or Space
 * selects it (the WAI-ARIA practice for a list of links or buttons:
 * https://www.w3.org/WAI/ARIA/apg/patterns/landmarks/examples/navigation.html); the view then moves
 * focus to the selected punkt in the detail pane.
 */
import { Badge, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useText, type Catalog } from './i18n';
import { PunktTitle, type PunktTitleProps } from './PunktTitle';

const da = { label: 'Punktoversigt', now: 'Nu' };
const messages: Catalog<typeof da> = { da, en: { label: 'Item index', now: 'Now' } };

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  entry: {
    width: '100%',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    textAlign: 'start',
    whiteSpace: 'normal',
    fontWeight: tokens.fontWeightRegular,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
  },
  selected: {
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  slot: { fontVariantNumeric: 'tabular-nums' },
});

/** One punkt in the index. */
export interface TwoPaneIndexEntry extends PunktTitleProps {
  /** `HH.MM–HH.MM`, or null when the punkt has no slot. */
  slot: string | null;
  /** The punkt on now in the meeting. */
  live?: boolean;
}

export interface TwoPaneIndexProps {
  entries: readonly TwoPaneIndexEntry[];
  /** The punkt shown in the detail pane. */
  selected: number | null;
  onSelect: (number: number) => void;
}

/** A navigation region "Punktoversigt": one button per punkt, the selected one aria-current. */
export function TwoPaneIndex({ entries, selected, onSelect }: TwoPaneIndexProps) {
  const t = useText(messages);
  const styles = useStyles();
  return (
    <nav aria-label={t.label}>
      <ol className={styles.list}>
        {entries.map(({ slot, live, ...punkt }) => (
          <li key={punkt.number}>
            <Button
              appearance="subtle"
              className={mergeClasses(styles.entry, punkt.number === selected && styles.selected)}
              aria-current={punkt.number === selected ? 'true' : undefined}
              onClick={() => onSelect(punkt.number)}
            >
              <PunktTitle {...punkt} />
              {(slot || live) && (
                <span className={styles.facts}>
                  {slot && <Caption1 className={styles.slot}>{slot}</Caption1>}
                  {live && (
                    <Badge appearance="filled" color="brand" size="small">
                      {t.now}
                    </Badge>
                  )}
                </span>
              )}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
