/**
 * The note-taker's small sticky toolbar (Microsoft's in-meeting tab guidance keeps the live state
 * and the main actions at the top of the side panel:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/apps-in-teams-meetings/design/designing-apps-in-meetings):
 * the shared "Nu" strip (the current punkt, its time left, the expected end, jump to it; the same
 * as the managers'), with previous/next punkt and "Stop tidsplanen" beside the jump, and "Fortryd"
 * for a few seconds after a punkt was started. Icon buttons carry their name in a tooltip (Fluent
 * v9 Toolbar: https://react.fluentui.dev/?path=/docs/components-toolbar--docs).
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Toolbar,
  ToolbarButton,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownRegular } from '@fluentui/react-icons/svg/arrow-down';
import { ArrowUpRegular } from '@fluentui/react-icons/svg/arrow-up';
import { StopRegular } from '@fluentui/react-icons/svg/stop';
import type { ReactElement } from 'react';
import type { LiveState } from '../../../domain/live-meeting';
import { useText } from '../../../ui/i18n';
import { NowStrip } from '../../../ui/NowStrip';
import type { PunktTitleProps } from '../../../ui/PunktTitle';
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
  },
  toolbar: { padding: 0 },
});

export interface NotesToolbarProps {
  /** Null until the zone's schedule is known (right after the first paint): the strip then says nothing yet. */
  live: LiveState | null;
  /** The punkt on now (live.current), as its title is shown; null when none is. */
  punkt: PunktTitleProps | null;
  /** The meeting's expected end, `HH.MM`. */
  expectedEnd: string;
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

export function NotesToolbar({ live, punkt, expectedEnd, onPrevious, onNext, onJump, onStop, started, onUndo }: NotesToolbarProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  let now: string | { punkt: PunktTitleProps; minutesLeft: number; expectedEnd: string };
  // A no-break space holds the strip's line until what is on now is known, a frame later.
  if (live === null) now = '\u00a0';
  else if (live.phase === 'before') now = t.beforeMeeting;
  else if (live.phase === 'after') now = t.afterMeeting;
  else if (punkt === null) now = t.inBreak;
  else now = { punkt, minutesLeft: live.remainingMs === null ? 0 : Math.round(live.remainingMs / 60_000), expectedEnd };

  const tool = (label: string, icon: ReactElement, onClick: () => void) => (
    <Tooltip content={label} relationship="label" withArrow>
      <ToolbarButton aria-label={label} icon={icon} onClick={onClick} />
    </Tooltip>
  );

  return (
    // Marked for usePunktCards, which scrolls a card out from under it (its height varies).
    <div className={styles.sticky} data-notes-toolbar="">
      <NowStrip now={now} onJump={onJump} timerLabel={t.current}>
        <Toolbar aria-label={t.toolbar} size="small" className={styles.toolbar}>
          {tool(t.previousPunkt, <ArrowUpRegular />, onPrevious)}
          {tool(t.nextPunkt, <ArrowDownRegular />, onNext)}
          {onStop && tool(t.stopLive, <StopRegular />, onStop)}
        </Toolbar>
      </NowStrip>
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
