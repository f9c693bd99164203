/** The meeting by the clock: the current punkt with its time left (or over), the forecast end, overrun warnings. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { LiveState } from '../../../domain/live-meeting';
import type { Schedule } from '../../../domain/schedule';
import { formatInstant } from '../../../ui/format';
import { useText } from '../../../ui/i18n';
import { notesMessages } from '../messages';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  timer: { fontVariantNumeric: 'tabular-nums' },
});

/** `onStop` (when the note-taker has started a punkt) ends the live marking: back to the clock. */
export function LiveBar({ live, schedule, onStop }: { live: LiveState; schedule: Schedule; onStop?: (() => void) | undefined }) {
  const t = useText(notesMessages);
  const styles = useStyles();
  const minutes = live.remainingMs === null ? null : Math.round(Math.abs(live.remainingMs) / 60_000);
  const over = live.remainingMs !== null && live.remainingMs < 0;
  let summary: string;
  if (live.phase === 'before') summary = t.beforeMeeting;
  else if (live.phase === 'after') summary = t.afterMeeting;
  else if (live.current === null) summary = t.inBreak;
  else summary = `${t.liveNow(live.current)} · ${over ? t.overBy(minutes ?? 0) : t.remaining(minutes ?? 0)}`;

  return (
    <div className={styles.bar}>
      <MessageBar intent={over ? 'warning' : 'info'}>
        <MessageBarBody>
          <Text role="timer" aria-label={t.current} className={styles.timer}>
            {summary}
          </Text>
        </MessageBarBody>
        {onStop && (
          <MessageBarActions>
            <Button size="small" onClick={onStop}>
              {t.stopLive}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {live.lateByMs > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.forecastEnd(formatInstant(live.forecastEnd))}</MessageBarBody>
        </MessageBar>
      )}
      {schedule.overrun.map((o) => (
        <MessageBar key={o.number} intent="warning">
          <MessageBarBody>{t.overrun(o.number, o.minutes)}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
