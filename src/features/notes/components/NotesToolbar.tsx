/**
 * The note-taker's small sticky toolbar (Microsoft's in-meeting tab guidance keeps the live state
 * and the main actions at the top of the side panel:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/apps-in-teams-meetings/design/designing-apps-in-meetings):
 * the current punkt and its time left, previous/next punkt, jump to the current punkt, "Stop
 * tidsplanen", and "Fortryd" for a few seconds after a punkt was started. Icon buttons carry their
 * name in a tooltip (Fluent v9 Toolbar: https://react.fluentui.dev/?path=/docs/components-toolbar--docs).
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Toolbar,
  ToolbarButton,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, StopRegular, TargetArrowRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { LiveState } from '../../../domain/live-meeting';
import { useText } from '../../../ui/i18n';
import { notesMessages } from '../messages';

const useStyles = makeStyles({
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  timer: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  toolbar: { padding: 0 },
});

export interface NotesToolbarProps {
  live: LiveState;
  onPrevious(): void;
  onNext(): void;
  /** Absent when no punkt is on. */
  onJump?: (() => void) | undefined;
  /** Present when the note-taker has started a punkt: back to the clock. */
  onStop?: (() => void) | undefined;
  /** The punkt just started, while "Fortryd" is offered. */
  started: number | null;
  onUndo(): void;
}

export function NotesToolbar({ live, onPrevious, onNext, onJump, onStop, started, onUndo }: NotesToolbarProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  const minutes = live.remainingMs === null ? null : Math.round(Math.abs(live.remainingMs) / 60_000);
  const over = live.remainingMs !== null && live.remainingMs < 0;
  let summary: string;
  if (live.phase === 'before') summary = t.beforeMeeting;
  else if (live.phase === 'after') summary = t.afterMeeting;
  else if (live.current === null) summary = t.inBreak;
  else summary = `${t.liveNow(live.current)} · ${over ? t.overBy(minutes ?? 0) : t.remaining(minutes ?? 0)}`;

  const tool = (label: string, icon: ReactElement, onClick: () => void) => (
    <Tooltip content={label} relationship="label" withArrow>
      <ToolbarButton aria-label={label} icon={icon} onClick={onClick} />
    </Tooltip>
  );

  return (
    <div className={styles.sticky}>
      <div className={styles.row}>
        <Text role="timer" aria-label={t.current} className={styles.timer}>
          {summary}
        </Text>
        <Toolbar aria-label={t.toolbar} size="small" className={styles.toolbar}>
          {tool(t.previousPunkt, <ArrowUpRegular />, onPrevious)}
          {tool(t.nextPunkt, <ArrowDownRegular />, onNext)}
          {onJump && tool(t.jumpToCurrent, <TargetArrowRegular />, onJump)}
          {onStop && tool(t.stopLive, <StopRegular />, onStop)}
        </Toolbar>
      </div>
      {started !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.started(started)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onUndo}>
              {t.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
