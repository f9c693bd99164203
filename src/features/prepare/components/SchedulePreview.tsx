/**
 * The live schedule while the secretary edits: each punkt's time by the spec's schedule rule,
 * with breaks, overlaps and overrun written out as text beside the punkt concerned.
 */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import { withoutBidiControls } from '../../../domain/bidi';
import type { Meeting } from '../../../domain/meeting';
import { formatSlot } from '../../../domain/time';
import { formatClock } from '../../../ui/format';
import { useText } from '../../../ui/i18n';
import { prepareMessages, punktName } from '../messages';
import { safeSchedule } from '../safe-schedule';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  warning: { color: tokens.colorPaletteRedForeground1 },
});

/** The schedule of `meeting`; `usable` false while the header times do not validate. */
export function SchedulePreview({ meeting, usable }: { meeting: Meeting; usable: boolean }) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  const headingId = useId();
  const schedule = useMemo(() => safeSchedule(meeting, usable), [meeting, usable]);
  const warnings = schedule ? schedule.overlaps.length + schedule.overrun.length : 0;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" block id={headingId}>
        {t.scheduleTitle}
      </Subtitle2>
      {!schedule ? (
        <Body1 as="p" block>
          {t.scheduleUnavailable}
        </Body1>
      ) : (
        <>
          {meeting.items.length > 0 && (
            <Body1 as="p" block>
              {warnings === 0 ? t.scheduleOk : t.scheduleWarnings(warnings)}
            </Body1>
          )}
          <ol className={styles.list} aria-labelledby={headingId}>
            {schedule.items.map((slot, i) => {
              const item = meeting.items[i]!;
              const gap = schedule.gaps.find((g) => g.before === slot.number);
              const overlap = schedule.overlaps.find((o) => o.number === slot.number);
              const overrun = schedule.overrun.find((o) => o.number === slot.number);
              const time = slot.source === 'none' ? `${formatClock(slot.start)} (${t.noTime})` : formatSlot(slot.start, slot.end);
              return (
                <li key={slot.number} className={styles.row}>
                  <Body1 dir="auto">
                    {time} · {t.punkt(slot.number)}: {withoutBidiControls(punktName(t, item.closed, item.title))}
                  </Body1>
                  {gap && <Caption1>{t.gap(gap.minutes)}</Caption1>}
                  {overlap && (
                    <Caption1 role="note" className={styles.warning}>
                      {t.overlap(overlap.previous, overlap.minutes)}
                    </Caption1>
                  )}
                  {overrun && (
                    <Caption1 role="note" className={styles.warning}>
                      {t.overrun(overrun.minutes, formatClock(overrun.plannedEnd))}
                    </Caption1>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
