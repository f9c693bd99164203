/**
 * The one way a punkt's title and time are written in every view (issue #15: three spellings of
 * one punkt confused readers): "Punkt N", its prefix (CF, DF …) as a small badge, then the title
 * isolated (it comes from the lists); the time always `HH.MM–HH.MM` (en dash, Danish dots).
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { withoutBidiControls } from '../domain/bidi';
import type { LocalTime } from '../domain/meeting';
import { formatSlot } from '../domain/clock';
import { useText, type Catalog } from './i18n';
import { Isolated } from './Isolated';
import { SlotBadge } from './SlotBadge';

const messages: Catalog<{ punkt: (n: number) => string }> = {
  da: { punkt: (n) => `Punkt ${n}` },
  en: { punkt: (n) => `Item ${n}` },
};

const useStyles = makeStyles({
  title: { minWidth: 0, overflowWrap: 'anywhere' },
  number: { marginRight: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  prefix: { marginRight: tokens.spacingHorizontalXS, verticalAlign: 'text-bottom' },
});

export interface PunktTitleProps {
  number: number;
  /** The forum's prefix, such as "CF"; nothing shown when empty. */
  prefix?: string | null;
  /** The title as stored (untrusted text). */
  title: string;
}

/** "Punkt N [CF] Title" inline; one span, so a Fluent Button does not split it into flex items. */
export function PunktTitle({ number, prefix, title }: PunktTitleProps) {
  const t = useText(messages);
  const styles = useStyles();
  const shownPrefix = prefix ? withoutBidiControls(prefix).trim() : '';
  return (
    <span className={styles.title}>
      <span className={styles.number}>{t.punkt(number)}</span>
      {shownPrefix && (
        <Badge className={styles.prefix} appearance="tint" color="informative" size="small" shape="rounded">
          <bdi>{shownPrefix}</bdi>
        </Badge>
      )}
      <Isolated text={title} />
    </span>
  );
}

/**
 * The same punkt as plain text for accessible names: "Punkt 4: CF: Title" (starts with "Punkt N:",
 * which the end-to-end checks rely on); directional controls removed.
 */
export function usePunktLabel(): (punkt: PunktTitleProps) => string {
  const t = useText(messages);
  return ({ number, prefix, title }) =>
    withoutBidiControls(`${t.punkt(number)}: ${prefix ? `${prefix.trim()}: ` : ''}${title}`.replace(/\s+/g, ' ').trim());
}

/** A punkt's time slot, `HH.MM–HH.MM`, as the shared time text. */
export function PunktTime({ start, end }: { start: LocalTime; end: LocalTime }) {
  return <SlotBadge text={formatSlot(start, end)} />;
}
