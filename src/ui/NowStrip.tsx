/**
 * The pinned "Nu" strip shown during a meeting (issue #15; Microsoft's in-meeting tab guidance
 * asks for the live state at the top of the side panel:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/apps-in-teams-meetings/design/designing-apps-in-meetings):
 * the current punkt, minutes left, the meeting's expected end and a button that jumps to the punkt.
 * It sticks to the top of the scrolling panel; its text wraps instead of overflowing at 280 px.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular } from '@fluentui/react-icons';
import { useText, type Catalog } from './i18n';
import { PunktTitle, type PunktTitleProps } from './PunktTitle';

const da = {
  region: 'Nu',
  now: 'Nu',
  timeLeft: (m: number) => `${m} min. tilbage`,
  overTime: (m: number) => `${m} min. over tid`,
  expectedEnd: (clock: string) => `Forventet slut ${clock}`,
  jump: 'Gå til punktet',
};
const messages: Catalog<typeof da> = {
  da,
  en: {
    region: 'Now',
    now: 'Now',
    timeLeft: (m) => `${m} min. left`,
    overTime: (m) => `${m} min. over time`,
    expectedEnd: (clock) => `Expected end ${clock}`,
    jump: 'Go to the item',
  },
};

const useStyles = makeStyles({
  strip: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    minWidth: 0,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  title: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  facts: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
});

export interface NowStripProps {
  /** The current punkt. */
  punkt: PunktTitleProps;
  /** Whole minutes left of its slot; negative when over time. */
  minutesLeft: number;
  /** The meeting's expected end, `HH.MM`. */
  expectedEnd: string;
  /** Scrolls to (and focuses) the current punkt. */
  onJump: () => void;
}

/** A region named "Nu": "Nu · Punkt N [CF] Title", "14 min. tilbage · Forventet slut 12.02", jump button. */
export function NowStrip({ punkt, minutesLeft, expectedEnd, onJump }: NowStripProps) {
  const t = useText(messages);
  const styles = useStyles();
  return (
    <section className={styles.strip} aria-label={t.region}>
      <div className={styles.text}>
        <span className={styles.title}>
          <span className={styles.label}>{t.now}: </span>
          <PunktTitle {...punkt} />
        </span>
        <Caption1 className={styles.facts}>
          {minutesLeft >= 0 ? t.timeLeft(minutesLeft) : t.overTime(-minutesLeft)} · {t.expectedEnd(expectedEnd)}
        </Caption1>
      </div>
      <Button appearance="subtle" icon={<ArrowDownRegular />} aria-label={t.jump} title={t.jump} onClick={onJump} />
    </section>
  );
}
