/**
 * A punkt card's header for the note-taker: a disclosure button with the title (WAI-ARIA
 * disclosure pattern, https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/), its time, an
 * "I gang" badge on the running punkt and "start this punkt now" as an icon button with a tooltip
 * (Fluent v9's icon-only Button needs a Tooltip and an accessible name:
 * https://react.fluentui.dev/?path=/docs/components-button-button--docs#icon). The header stays
 * when the card is collapsed, so a punkt can be started without opening it.
 */
import { Badge, Button, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons/svg/chevron-down';
import { ChevronRightRegular } from '@fluentui/react-icons/svg/chevron-right';
import { PlayRegular } from '@fluentui/react-icons/svg/play';
import { ChangedBadge } from '../../../ui/ChangedBadge';
import { useText } from '../../../ui/i18n';
import { PunktTitle, usePunktLabel } from '../../../ui/PunktTitle';
import { SlotBadge } from '../../../ui/SlotBadge';
import { notesMessages } from '../messages';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  heading: { margin: 0, flexGrow: 1, minWidth: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    width: '100%',
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'start',
    paddingLeft: 0,
    paddingRight: 0,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  staticTitle: { display: 'block', paddingTop: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  // A div, not Caption1's <p>: it holds badges (divs).
  facts: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
    margin: 0,
  },
  // A badge has a fixed height: its text must never wrap inside it (issue #15, the overflowing badge).
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export interface PunktHeaderProps {
  number: number;
  headingId: string;
  /** The forum's prefix ("CF"), shown as a small badge. */
  prefix?: string | null;
  /** The title as stored (untrusted text). */
  title: string;
  /** `HH.MM–HH.MM`, or null. */
  slot: string | null;
  running: boolean;
  /** Changed after the referat was approved (ChangedBadge). */
  changed?: boolean;
  /** The card's body: open state and its id; absent for a card without a body (a closed punkt). */
  disclosure?: { open: boolean; bodyId: string; onToggle: () => void };
  /** Present when the user may start this punkt. */
  onStart?: (() => void) | undefined;
}

export function PunktHeader({ number, headingId, prefix, title, slot, running, changed, disclosure, onStart }: PunktHeaderProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  // The shared title (issue #15: one spelling of a punkt in every view); its name starts "Punkt N:".
  const label = usePunktLabel()({ number, prefix, title });
  const shown = <PunktTitle number={number} prefix={prefix} title={title} />;
  return (
    <div>
      <div className={styles.head}>
        <h2 className={styles.heading} id={headingId} aria-label={label}>
          {disclosure ? (
            <Button
              appearance="transparent"
              className={styles.toggle}
              icon={disclosure.open ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={disclosure.open}
              aria-controls={disclosure.bodyId}
              aria-label={label}
              onClick={disclosure.onToggle}
            >
              {shown}
            </Button>
          ) : (
            <span className={styles.staticTitle}>{shown}</span>
          )}
        </h2>
        {onStart && (
          <Tooltip content={t.startNowFor(number)} relationship="label" withArrow>
            <Button appearance="subtle" size="small" icon={<PlayRegular />} aria-label={t.startNowFor(number)} onClick={onStart} />
          </Tooltip>
        )}
      </div>
      {(slot || running || changed) && (
        <div className={styles.facts}>
          {slot && <SlotBadge text={slot} />}
          {running && (
            <Badge className={styles.badge} appearance="filled" color="brand" shape="rounded">
              {t.running}
            </Badge>
          )}
          {changed && <ChangedBadge />}
        </div>
      )}
    </div>
  );
}
