/**
 * The agenda as a list named "Dagsorden": every punkt with its slot from the schedule rule,
 * breaks ("Pause") where the schedule has gaps, overlap and overrun warnings on the punkt, and
 * the current punkt marked (aria-current) with its time left.
 */
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { LiveState } from '../../../domain/live-meeting';
import type { StoredItem } from '../../../domain/ports';
import type { Schedule } from '../../../domain/schedule';
import { withoutBidiControls } from '../../../domain/bidi';
import { formatSlot } from '../../../domain/time';
import { formatClock, formatInstant } from '../../../ui/format';
import { useText } from '../../../ui/i18n';
import { PunktRow } from '../../../ui/PunktRow';
import { StatusBadge } from '../../../ui/StatusBadge';
import { agendaMessages } from '../messages';
import { ItemDetails } from './ItemDetails';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  pause: {
    listStyleType: 'none',
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
    borderBottom: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: 'tabular-nums',
  },
  warning: { color: tokens.colorStatusWarningForeground1, display: 'block' },
});

const MINUTE = 60_000;

export interface AgendaListProps {
  items: StoredItem[];
  schedule: Schedule;
  live: LiveState;
}

export function AgendaList({ items, schedule, live }: AgendaListProps) {
  const t = useText(agendaMessages);
  const styles = useStyles();
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set());
  const toggle = (n: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(n)) next.add(n);
      return next;
    });

  return (
    <ol className={styles.list} aria-label={t.listName}>
      {items.map(({ item, readable }, index) => {
        const slot = schedule.items[index];
        const slotText = slot ? formatSlot(slot.start, slot.end) : null;
        const gap = schedule.gaps.find((g) => g.before === item.number);
        const overlaps = schedule.overlaps.filter((o) => o.number === item.number);
        const overrun = schedule.overrun.find((o) => o.number === item.number);
        const current = live.phase === 'during' && live.current === item.number;
        const hidden = item.closed && !readable;
        const minutesLeft = live.remainingMs === null ? 0 : Math.round(live.remainingMs / MINUTE);
        const title = hidden ? t.closed : item.prefix ? `${item.prefix}: ${item.title}` : item.title;

        const warnings =
          overlaps.length > 0 || overrun ? (
            <Caption1 as="p" className={styles.warning} role="note">
              {[
                ...overlaps.map((o) => t.overlap(o.previous, o.minutes)),
                ...(overrun ? [t.overrun(overrun.minutes, formatClock(overrun.plannedEnd))] : []),
              ].join(' · ')}
            </Caption1>
          ) : undefined;

        return [
          gap && (
            <li key={`gap-${item.number}`} className={styles.pause} aria-label={`${t.pause} ${formatSlot(gap.start, gap.end)}`}>
              <span>{t.pause}</span>
              <span>{formatSlot(gap.start, gap.end)}</span>
            </li>
          ),
          <PunktRow
            key={item.number}
            label={`${t.punkt(item.number)}: ${title}`}
            numberText={t.punkt(item.number)}
            title={title}
            slotText={slotText}
            current={current}
            aside={
              <>
                {current && (
                  <Badge appearance="filled" color="brand">
                    {t.current} · {minutesLeft >= 0 ? t.timeLeft(minutesLeft) : t.overTime(-minutesLeft)}
                    {live.lateByMs > 0 && ` · ${t.expectedEnd(formatInstant(live.forecastEnd))}`}
                  </Badge>
                )}
                {!hidden && <StatusBadge status={item.status} postponedTo={item.postponedTo} />}
                {item.closed && !hidden && (
                  <Badge appearance="outline" color="informative">
                    {t.closedReadable}
                  </Badge>
                )}
              </>
            }
            meta={
              <>
                {item.caseNumber && (
                  <span dir="auto">
                    {t.caseNumber} {withoutBidiControls(item.caseNumber)}
                  </span>
                )}
                {!hidden && item.recommendation?.by && <span>{t.recommender(withoutBidiControls(item.recommendation.by))}</span>}
              </>
            }
            warnings={warnings}
            details={hidden ? undefined : <ItemDetails item={item} />}
            expanded={open.has(item.number)}
            onToggle={() => toggle(item.number)}
          />,
        ];
      })}
    </ol>
  );
}
