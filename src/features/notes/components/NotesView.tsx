/**
 * The note-taker's view (role "notes"): a sticky toolbar with the live meeting by the clock, every
 * punkt as a card with its decision editor (during the meeting only the current one open, and the
 * view scrolled to it), "start this punkt now" replanning (shared with the managers' view) with a
 * confirmation for a punkt already dealt with and an undo, and Alt+↓/↑ to move between punkter. Read-only
 * users (no DecisionStore, the store's canWrite says no when the view opens, or a 403 on a write) see the
 * decisions as text with a calm explanation.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { liveState, replanFrom } from '../../../domain/live-meeting';
import type { MeetingRef, StoredAgenda } from '../../../domain/ports';
import { computeSchedule, sameWallClock, wallClockSchedule } from '../../../domain/schedule';
import { formatClock, formatInstant } from '../../../ui/format';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useText } from '../../../ui/i18n';
import { MeetingHeader } from '../../../ui/MeetingHeader';
import { TwoPane, useTwoPane } from '../../../ui/TwoPane';
import { TwoPaneIndex } from '../../../ui/TwoPaneIndex';
import { ReferatApprovalPanel } from '../../../ui/ReferatApproval';
import { RowProblems } from '../../../ui/RowProblems';
import { useServices, type RoleViewProps } from '../../../ui/services';
import { EmptyState, LoadingState } from '../../../ui/states';
import { useMeetingAgenda, type MeetingAgendaOptions } from '../../../ui/useMeetingAgenda';
import { useDecisionSync, useLocalSaveFailed, useReadOnly, type NotesSyncDeps } from '../hooks/useDecisionSync';
import { useLiveProgress } from '../hooks/useLiveProgress';
import { usePunktCards } from '../hooks/usePunktCards';
import { useStartUndo } from '../hooks/useStartUndo';
import { useNow } from '../../../ui/useNow';
import { usePainted } from '../../../ui/usePainted';
import { useReferatApproval } from '../../../ui/useReferatApproval';
import { notesMessages } from '../messages';
import { ReferatSection } from '../referat/ReferatSection';
import { NotesToolbar } from './NotesToolbar';
import { PunktEditor } from './PunktEditor';
import { StartConfirmDialog } from './StartConfirmDialog';

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
  /** How long "Fortryd" is offered after a start (tests shorten it). */
  undoMs?: number;
}

export function NotesView({ meetingRef, sync, undoMs }: NotesViewProps) {
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
      return <Ready meetingRef={meetingRef} agenda={state.agenda} copiedAt={state.cachedAt} deps={sync} undoMs={undoMs} />;
  }
}

interface ReadyProps {
  meetingRef: MeetingRef;
  agenda: StoredAgenda;
  copiedAt: string | null;
  deps: NotesSyncDeps | undefined;
  undoMs: number | undefined;
}

function Ready({ meetingRef, agenda, copiedAt, deps, undoMs }: ReadyProps) {
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
  // As in the managers' view, the first render shows the slots from the agenda's own local times, with no
  // Intl, and the zone's schedule, which what is on now needs (the Nu strip, the current card, the late
  // warning), follows right after the first paint: a page's first use of Intl starts ICU, 17-45 ms of CPU
  // that would otherwise come before the cards show (issue #13). A started punkt's replanned slots need the
  // zone at once, so the cards never show the plan's slots for a frame and then move.
  const painted = usePainted();
  const wallClock = useMemo(() => wallClockSchedule(meeting), [meeting]);
  const zoned = useMemo(
    () => (progress ? replanFrom(meeting, progress.number, progress.startedAt) : painted ? computeSchedule(meeting) : null),
    [painted, meeting, progress],
  );
  // The cards keep the wall-clock schedule while the zone's shows the same, so none renders again for it.
  const schedule = zoned && !sameWallClock(zoned, wallClock) ? zoned : wallClock;
  const live = zoned ? liveState(zoned, clock, progress ?? undefined) : null;
  // The punkt on now, or the next one in a break; null outside the meeting; undefined until the zone's schedule is there.
  const onNow = live === null ? undefined : live.phase === 'during' ? (live.current ?? live.nextNumber) : null;
  const numbers = useMemo(() => items.filter((s) => s.readable).map((s) => s.item.number), [items]);
  const root = useRef<HTMLDivElement>(null);
  const cards = usePunktCards(numbers, onNow, root);
  const { goTo, scrollTo } = cards;
  const { started, start, undo } = useStartUndo(progress, setProgress, now, undoMs);
  // One approval read for the view: the approval control and each punkt's flag share it.
  const approval = useReferatApproval(meetingRef, items, engine);
  const changed = useMemo(() => new Set(approval.status.changed), [approval.status.changed]);
  const [confirming, setConfirming] = useState<number | null>(null);
  // A punkt before the one on now (or any, once the meeting's time is over) has been dealt with.
  const startNow = useCallback(
    (number: number) => {
      const dealtWith = live?.phase === 'after' || (onNow != null && number < onNow);
      if (dealtWith) setConfirming(number);
      else start(number);
    },
    [live?.phase, onNow, start],
  );
  const stopLive = useCallback(() => setProgress(null), [setProgress]);

  // During the meeting the view opens at the current punkt (issue #15: it was 2,000 px down).
  const scrolledOnOpen = useRef(false);
  useEffect(() => {
    if (scrolledOnOpen.current || onNow == null) return;
    scrolledOnOpen.current = true;
    scrollTo(onNow);
  }, [onNow, scrollTo]);

  /** The punkt whose card holds `target`, or null. */
  const cardOf = (target: EventTarget | null): number | null => {
    const card = target instanceof Element ? target.closest('[data-punkt]') : null;
    return card ? Number(card.getAttribute('data-punkt')) : null;
  };
  // The punkt last worked in: the toolbar's previous/next step from it (the click itself moves focus to the toolbar).
  const lastPunkt = useRef<number | null>(null);
  const here = (target: EventTarget | null): number | null => cardOf(target) ?? lastPunkt.current ?? onNow ?? null;
  const step = (from: number | null, by: 1 | -1): number | undefined => {
    const index = from === null ? -1 : numbers.indexOf(from);
    if (index < 0) return by === 1 ? numbers[0] : numbers[numbers.length - 1];
    return numbers[index + by];
  };
  // From 900 px the index beside the cards follows the punkt gone to (the one on now until then).
  const [picked, setPicked] = useState<number | null>(null);
  const goToPunkt = (target: number) => {
    setPicked(target);
    lastPunkt.current = target;
    goTo(target);
  };
  const move = (by: 1 | -1) => {
    const target = step(here(document.activeElement), by);
    if (target !== undefined) goToPunkt(target);
  };

  // Alt+↓/↑ moves to the next/previous punkt's decision field, wherever focus is inside a punkt.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const target = step(here(event.target), event.key === 'ArrowDown' ? 1 : -1);
    if (target === undefined) return;
    event.preventDefault();
    goToPunkt(target);
  };

  // The punkt on now as the "Nu" strip names it (a closed punkt the user cannot read by its number only).
  const onNowItem = live?.phase === 'during' ? items.find((s) => s.item.number === live.current) : undefined;
  const nowPunkt = onNowItem
    ? onNowItem.readable
      ? { number: onNowItem.item.number, prefix: onNowItem.item.prefix, title: onNowItem.item.title }
      : { number: onNowItem.item.number, title: t.closedTitle }
    : null;

  // Built only when there is room for it: below 900 px the index would be rendered just to stay hidden (issue #13).
  const wide = useTwoPane();
  const entries = (wide ? items : [])
    .filter((s) => s.readable)
    .map(({ item }) => {
      const slot = schedule.items.find((s) => s.number === item.number);
      return {
        number: item.number,
        prefix: item.prefix,
        title: item.title,
        slot: slot ? `${formatClock(slot.start)}–${formatClock(slot.end)}` : null,
        live: live?.current === item.number,
      };
    });

  return (
    <TwoPane index={entries.length > 0 && <TwoPaneIndex entries={entries} selected={picked ?? onNow ?? null} onSelect={goToPunkt} />}>
      <div
        ref={root}
        className={styles.view}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // The punkt worked in is the one the index marks, however focus got there.
          const n = cardOf(event.target);
          if (n === null) return;
          lastPunkt.current = n;
          setPicked(n);
        }}
        role="region"
        aria-label={t.viewLabel}
      >
        <NotesToolbar
          live={live}
          punkt={nowPunkt}
          expectedEnd={live ? formatInstant(live.forecastEnd) : ''}
          onPrevious={() => move(-1)}
          onNext={() => move(1)}
          onJump={onNow == null ? undefined : () => goTo(onNow)}
          onStop={progress && !readOnly ? stopLive : undefined}
          started={started}
          onUndo={undo}
        />
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
        {live && live.lateByMs > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.forecastEnd(formatInstant(live.forecastEnd))}</MessageBarBody>
          </MessageBar>
        )}
        {schedule.overrun.map((o) => (
          <MessageBar key={o.number} intent="warning">
            <MessageBarBody>{t.overrun(o.number, o.minutes)}</MessageBarBody>
          </MessageBar>
        ))}
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
              isCurrent={live?.current === n}
              changed={changed.has(n)}
              // A reader has nothing to write: every decision is shown, none hidden in a collapsed card.
              open={readOnly || cards.open.has(n)}
              onToggle={cards.toggle}
              onStartNow={startNow}
              registerEditor={cards.registerEditor}
            />
          );
        })}
        <ReferatSection agenda={agenda} readOnly={readOnly} />
        <ReferatApprovalPanel approval={approval} canApprove={!readOnly} />
        <StartConfirmDialog
          number={confirming}
          onCancel={() => setConfirming(null)}
          onConfirm={(number) => {
            setConfirming(null);
            start(number);
          }}
        />
      </div>
    </TwoPane>
  );
}
