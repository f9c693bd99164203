/**
 * The pinned "Nu" strip shown during a meeting (issue #15; Microsoft's in-meeting tab guidance
 * asks for the live state at the top of the side panel:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/apps-in-teams-meetings/design/designing-apps-in-meetings):
 * the current punkt, minutes left, the meeting's expected end and a button that jumps to the punkt.
 * It sticks to the top of the scrolling panel; its text wraps instead of overflowing at 280 px.
 * Managers and the note-taker share it; the note-taker's view adds its previous/next toolbar as
 * children and names the live text as a timer, and shows the strip outside the punkter too.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular } from '@fluentui/react-icons/svg/arrow-down';
import type { ReactNode } from 'react';
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
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    minWidth: 0,
  },
  // The actions wrap below the text when both do not fit (the note-taker's four buttons at 280 px).
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, flexBasis: '10rem' },
  actions: { display: 'flex', alignItems: 'center', marginLeft: 'auto' },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  title: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  facts: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
});

/**
 * Scrolls `element` to the top of the page and then out from under the sticky strip: a long title
 * wraps the strip at 280 px taller than the scroll margin the lists leave for it. `cover` is the
 * sticky box to clear when it holds more than the strip (the note-taker's toolbar with "Fortryd").
 */
export function scrollBelowNowStrip(element: Element, cover: Element | null = document.querySelector('[data-now-strip]')): void {
  // jsdom has no scrollIntoView; browsers all do.
  element.scrollIntoView?.({ block: 'start' });
  if (!cover) return;
  const covered = cover.getBoundingClientRect().bottom - element.getBoundingClientRect().top;
  if (covered > 0) window.scrollBy?.(0, -covered);
}

/** The punkt on now, with the minutes left of its slot and the meeting's expected end. */
export interface NowStripLive {
  punkt: PunktTitleProps;
  /** Whole minutes left of its slot; negative when over time. */
  minutesLeft: number;
  /** The meeting's expected end, `HH.MM`. */
  expectedEnd: string;
}

export interface NowStripProps {
  /** The punkt on now, or a sentence when none is (before or after the meeting, a break). */
  now: NowStripLive | string;
  /** Scrolls to (and focuses) the current punkt; no button without it. */
  onJump?: (() => void) | undefined;
  /** Names the live text as a timer (role timer), as the note-taker's checks find it. */
  timerLabel?: string;
  /** More actions after the jump button. */
  children?: ReactNode;
}

/** A region named "Nu": "Nu: Punkt N [CF] Title", "14 min. tilbage · Forventet slut 12.02", jump button. */
export function NowStrip({ now, onJump, timerLabel, children }: NowStripProps) {
  const t = useText(messages);
  const styles = useStyles();
  const timer = timerLabel === undefined ? {} : { role: 'timer', 'aria-label': timerLabel };
  return (
    <section className={styles.strip} aria-label={t.region} data-now-strip="">
      <div className={styles.text} {...timer}>
        {typeof now === 'string' ? (
          <span className={styles.title}>{now}</span>
        ) : (
          <>
            <span className={styles.title}>
              <span className={styles.label}>{t.now}: </span>
              <PunktTitle {...now.punkt} />
            </span>
            <Caption1 className={styles.facts}>
              {now.minutesLeft >= 0 ? t.timeLeft(now.minutesLeft) : t.overTime(-now.minutesLeft)} · {t.expectedEnd(now.expectedEnd)}
            </Caption1>
          </>
        )}
      </div>
      {(onJump || children) && (
        <div className={styles.actions}>
          {onJump && <Button appearance="subtle" icon={<ArrowDownRegular />} aria-label={t.jump} title={t.jump} onClick={onJump} />}
          {children}
        </div>
      )}
    </section>
  );
}
