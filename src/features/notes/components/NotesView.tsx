/**
 * The note-taker's view (role "notes"): every punkt with its decision editor, the live meeting by
 * the clock, "start this punkt now" replanning (shared with the managers' view), and Alt+↓/↑ to move between punkter. Read-only
 * users (no DecisionStore, the store's canWrite says no when the view opens, or a 403 on a write) see the
 * decisions as text with a calm explanation.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { liveState, replanFrom } from '../../../domain/live-meeting';
import type { StoredAgenda } from '../../../domain/ports';
import { computeSchedule } from '../../../domain/schedule';
import { formatClock, formatInstant } from '../../../ui/format';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useText } from '../../../ui/i18n';
import { MeetingHeader } from '../../../ui/MeetingHeader';
import { RowProblems } from '../../../ui/RowProblems';
import { useServices, type RoleViewProps } from '../../../ui/services';
import { EmptyState, LoadingState } from '../../../ui/states';
import { useMeetingAgenda, type MeetingAgendaOptions } from '../../../ui/useMeetingAgenda';
import { useDecisionSync, useLocalSaveFailed, useReadOnly, type NotesSyncDeps } from '../hooks/useDecisionSync';
import { useLiveProgress } from '../hooks/useLiveProgress';
import { useNow } from '../../../ui/useNow';
import { notesMessages } from '../messages';
import { LiveBar } from './LiveBar';
import { PunktEditor } from './PunktEditor';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** How often the timer refreshes: it shows whole minutes, so a few seconds is plenty. */
const TICK_MS = 5000;

/** Offline (or after a reload while offline) the last copy opens the editors, marked as a copy. */
const AGENDA_LOAD: MeetingAgendaOptions = { cache: 'whenUnreachable' };

export interface NotesViewProps extends RoleViewProps {
  /** Outbox, connectivity and clock for the sync engine; the browser's by default. */
  sync?: NotesSyncDeps;
}

export function NotesView({ meetingRef, sync }: NotesViewProps) {
  const t = useText(notesMessages);
  const { state, reload } = useMeetingAgenda(meetingRef, AGENDA_LOAD);
  if (!meetingRef) return <EmptyState title={t.noMeetingTitle}>{t.noMeeting}</EmptyState>;
  switch (state.status) {
    case 'loading':
      return <LoadingState label={t.loading} />;
    case 'error':
      return <ErrorBar error={state.error} onRetry={reload} />;
    case 'none':
      return <EmptyState title={t.noAgendaTitle}>{t.noAgenda}</EmptyState>;
    case 'ready':
      return <Ready agenda={state.agenda} copiedAt={state.cachedAt} deps={sync} />;
  }
}

function Ready({ agenda, copiedAt, deps }: { agenda: StoredAgenda; copiedAt: string | null; deps: NotesSyncDeps | undefined }) {
  const t = useText(notesMessages);
  const styles = useStyles();
  const { decisions, now } = useServices();
  const { engine, error, canWrite } = useDecisionSync(agenda, decisions, deps, copiedAt);
  const refused = useReadOnly(engine);
  const localSaveFailed = useLocalSaveFailed(engine);
  // While canWrite is being asked there is no engine yet, so PunktEditor shows placeholders, not fields.
  const readOnly = !decisions || canWrite === false || refused;
  const clock = useNow(now, TICK_MS);
  const { meeting, items } = agenda;
  const [progress, setProgress] = useLiveProgress(agenda, copiedAt === null);
  const schedule = useMemo(
    () => (progress ? replanFrom(meeting, progress.number, progress.startedAt) : computeSchedule(meeting)),
    [meeting, progress],
  );
  const live = liveState(schedule, clock, progress ?? undefined);
  const editors = useRef(new Map<number, HTMLTextAreaElement>());
  const startNow = useCallback((number: number) => setProgress({ number, startedAt: now() }), [now, setProgress]);
  const stopLive = useCallback(() => setProgress(null), [setProgress]);
  const registerEditor = useCallback((number: number, element: HTMLTextAreaElement | null) => {
    if (element) editors.current.set(number, element);
    else editors.current.delete(number);
  }, []);

  // Alt+↓/↑ moves to the next/previous punkt's decision field, wherever focus is inside a punkt.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const numbers = [...editors.current.keys()].sort((a, b) => a - b);
    const here = Number((event.target as HTMLElement).closest('[data-punkt]')?.getAttribute('data-punkt') ?? NaN);
    const index = numbers.indexOf(here);
    const target = event.key === 'ArrowDown' ? numbers[index < 0 ? 0 : index + 1] : numbers[index < 0 ? 0 : index - 1];
    if (target === undefined) return;
    event.preventDefault();
    editors.current.get(target)?.focus();
  };

  return (
    <div className={styles.view} onKeyDown={onKeyDown} role="region" aria-label={t.viewLabel}>
      {copiedAt && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.copyTitle(formatInstant(copiedAt))}</MessageBarTitle>
            {t.copyText}
          </MessageBarBody>
        </MessageBar>
      )}
      <MeetingHeader meeting={meeting} />
      <RowProblems items={items} meeting={agenda.problems} />
      {readOnly && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.readOnlyTitle}</MessageBarTitle>
            {t.readOnlyText}
          </MessageBarBody>
        </MessageBar>
      )}
      {localSaveFailed && (
        // An alert, not a polite status: the text may be lost if the window closes now.
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.localSaveFailedTitle}</MessageBarTitle>
            {t.localSaveFailedText}
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorBar error={error} />}
      <LiveBar live={live} schedule={schedule} onStop={progress && !readOnly ? stopLive : undefined} />
      {!readOnly && (
        <Text size={200} className={styles.hint}>
          {t.keyboardHint}
        </Text>
      )}
      {items.map((stored) => {
        const n = stored.item.number;
        const slot = schedule.items.find((s) => s.number === n);
        return (
          <PunktEditor
            key={stored.id}
            stored={stored}
            forum={meeting.forum}
            engine={engine}
            readOnly={readOnly}
            slot={slot ? `${formatClock(slot.start)}–${formatClock(slot.end)}` : null}
            isCurrent={live.current === n}
            onStartNow={startNow}
            registerEditor={registerEditor}
          />
        );
      })}
    </div>
  );
}
