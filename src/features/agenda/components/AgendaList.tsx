/**
 * The agenda as a list named "Dagsorden", built on Fluent's Accordion (multiple open, chevrons;
 * https://react.fluentui.dev/?path=/docs/components-accordion--docs): every punkt with its slot from
 * the schedule rule, breaks ("Pause") where the schedule has gaps, overlap and overrun warnings,
 * and the current punkt marked (aria-current) with its time left. Which punkter are open is the
 * caller's (the view expands or collapses all).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { memo } from 'react';
import type { LiveState } from '../../../domain/live-meeting';
import type { StoredItem } from '../../../domain/ports';
import type { WallClockSchedule } from '../../../domain/schedule';
import { withoutBidiControls } from '../../../domain/bidi';
import { formatSlot } from '../../../domain/clock';
import { formatClock, formatInstant } from '../../../ui/format';
import { useText } from '../../../ui/i18n';
import { PunktTitle, usePunktLabel } from '../../../ui/PunktTitle';
import { ChangedBadge } from '../../../ui/ChangedBadge';
import { SlotBadge } from '../../../ui/SlotBadge';
import { StatusBadge } from '../../../ui/StatusBadge';
import { agendaMessages } from '../messages';
import { ItemDetails } from './ItemDetails';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    minWidth: 0,
    // The sticky "Nu" strip must not cover a punkt scrolled to the top.
    scrollMarginTop: '5rem',
  },
  current: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  heading: { margin: 0, fontSize: 'inherit', fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  headerButton: { paddingLeft: 0, paddingRight: 0, minHeight: 'auto', textAlign: 'start', whiteSpace: 'normal', minWidth: 0 },
  staticTitle: { display: 'block', padding: `${tokens.spacingVerticalXS} 0` },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  // A badge whose text may be long: it grows and wraps instead of overflowing its fixed height.
  liveBadge: { height: 'auto', minHeight: tokens.lineHeightBase300, whiteSpace: 'normal', textAlign: 'start', overflowWrap: 'anywhere' },
  panel: { margin: 0, paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  pause: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
    borderBottom: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: 'tabular-nums',
  },
  warning: { color: tokens.colorStatusWarningForeground1, display: 'block', margin: 0 },
});

const MINUTE = 60_000;

/** The element id of punkt `n` in the list (the view scrolls to it). */
export const punktElementId = (n: number) => `agenda-punkt-${n}`;

export interface AgendaListProps {
  items: StoredItem[];
  schedule: WallClockSchedule;
  /** Null until the zone's schedule is known (right after the first paint): then no punkt is marked as on now. */
  live: LiveState | null;
  /** The numbers of the open punkter. */
  open: readonly number[];
  onOpenChange: (open: number[]) => void;
  /** Show the breaks between punkter (not while searching: they would sit between unrelated hits). */
  showBreaks: boolean;
  /** The punkter changed after the referat was approved: each gets the ChangedBadge. */
  changed?: ReadonlySet<number>;
}

export function AgendaList({ items, schedule, live, open, onOpenChange, showBreaks, changed }: AgendaListProps) {
  const t = useText(agendaMessages);
  const styles = useStyles();
  const minutesLeft = live?.remainingMs == null ? 0 : Math.round(live.remainingMs / MINUTE);
  const current = live?.phase === 'during' ? live.current : null;
  // Only the punkt on now gets this text: a tick that changes it re-renders that row alone.
  const liveText =
    current === null || !live
      ? null
      : `${t.current} · ${minutesLeft >= 0 ? t.timeLeft(minutesLeft) : t.overTime(-minutesLeft)}` +
        (live.lateByMs > 0 ? ` · ${t.expectedEnd(formatInstant(live.forecastEnd))}` : '');

  return (
    <Accordion
      className={styles.list}
      role="list"
      aria-label={t.listName}
      multiple
      collapsible
      openItems={[...open]}
      onToggle={(_, data) => onOpenChange(data.openItems.map(Number))}
    >
      {items.map((stored) => (
        <AgendaRow
          key={stored.item.number}
          stored={stored}
          schedule={schedule}
          showBreaks={showBreaks}
          liveText={stored.item.number === current ? liveText : null}
          changed={changed?.has(stored.item.number) ?? false}
        />
      ))}
    </Accordion>
  );
}

interface AgendaRowProps {
  stored: StoredItem;
  schedule: WallClockSchedule;
  showBreaks: boolean;
  /** The badge of the punkt on now ("Nu · 12 min. tilbage"); null for every other punkt. */
  liveText: string | null;
  /** Changed after the referat was approved. */
  changed: boolean;
}

/**
 * One punkt (with the break before it). Memoised: the view re-renders on every clock tick, poll and
 * approval read, and a punkt whose own props are unchanged need not render again (issue #13: re-rendering
 * every punkt's Fluent components took as long as showing them).
 */
const AgendaRow = memo(function AgendaRow({ stored: { item, readable }, schedule, showBreaks, liveText, changed }: AgendaRowProps) {
  const t = useText(agendaMessages);
  const styles = useStyles();
  const label = usePunktLabel();
  const slot = schedule.items.find((s) => s.number === item.number);
  const gap = showBreaks ? schedule.gaps.find((g) => g.before === item.number) : undefined;
  const overlaps = schedule.overlaps.filter((o) => o.number === item.number);
  const overrun = schedule.overrun.find((o) => o.number === item.number);
  const current = liveText !== null;
  const hidden = item.closed && !readable;
  const punkt = { number: item.number, prefix: hidden ? null : item.prefix, title: hidden ? t.closed : item.title };
  const title = <PunktTitle {...punkt} />;

  const facts = (
    <>
      <div className={styles.line}>
        {slot && <SlotBadge text={formatSlot(slot.start, slot.end)} />}
        {current && (
          <Badge appearance="filled" color="brand" className={styles.liveBadge}>
            {liveText}
          </Badge>
        )}
        {!hidden && <StatusBadge status={item.status} postponedTo={item.postponedTo} />}
        {item.closed && !hidden && (
          <Badge appearance="outline" color="informative">
            {t.closedReadable}
          </Badge>
        )}
        {changed && <ChangedBadge />}
      </div>
      {(item.caseNumber || (!hidden && item.recommendation?.by)) && (
        <Caption1 className={mergeClasses(styles.line, styles.meta)}>
          {item.caseNumber && (
            <span dir="auto">
              {t.caseNumber} {withoutBidiControls(item.caseNumber)}
            </span>
          )}
          {!hidden && item.recommendation?.by && <span>{t.recommender(withoutBidiControls(item.recommendation.by))}</span>}
        </Caption1>
      )}
      {(overlaps.length > 0 || overrun) && (
        <Caption1 as="p" className={styles.warning} role="note">
          {[
            ...overlaps.map((o) => t.overlap(o.previous, o.minutes)),
            ...(overrun ? [t.overrun(overrun.minutes, formatClock(overrun.plannedEnd))] : []),
          ].join(' · ')}
        </Caption1>
      )}
    </>
  );
  const itemProps = {
    id: punktElementId(item.number),
    role: 'listitem',
    'aria-label': label(punkt),
    'aria-current': current ? ('true' as const) : undefined,
    className: mergeClasses(styles.item, current && styles.current),
  };

  return (
    <>
      {gap && (
        <div role="listitem" className={styles.pause} aria-label={`${t.pause} ${formatSlot(gap.start, gap.end)}`}>
          <span>{t.pause}</span>
          <span>{formatSlot(gap.start, gap.end)}</span>
        </div>
      )}
      {hidden ? (
        // Nothing to open: the title is plain text, not a button.
        <div {...itemProps}>
          <h2 className={styles.heading}>
            <span className={styles.staticTitle}>{title}</span>
          </h2>
          {facts}
        </div>
      ) : (
        <AccordionItem value={item.number} {...itemProps}>
          <AccordionHeader as="h2" className={styles.heading} expandIconPosition="end" button={{ className: styles.headerButton }}>
            {title}
          </AccordionHeader>
          {facts}
          <AccordionPanel className={styles.panel}>
            <ItemDetails item={item} />
          </AccordionPanel>
        </AccordionItem>
      )}
    </>
  );
});
