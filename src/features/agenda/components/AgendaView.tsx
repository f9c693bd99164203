/**
 * The managers' view of one meeting: header, schedule warnings, live banner and the agenda list,
 * or the state the meeting is in (loading, no meeting, no agenda yet, error, local copy).
 */
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { liveState } from '../../../domain/live-meeting';
import type { MeetingRef } from '../../../domain/ports';
import { computeSchedule, sameWallClock, wallClockSchedule } from '../../../domain/schedule';
import { formatInstant } from '../../../ui/format';
import { formatSlot } from '../../../domain/clock';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useText } from '../../../ui/i18n';
import { MeetingHeader } from '../../../ui/MeetingHeader';
import { NowStrip, scrollBelowNowStrip } from '../../../ui/NowStrip';
import { ReferatApprovalPanel } from '../../../ui/ReferatApproval';
import { ReferatStatus } from '../../../ui/ReferatStatus';
import { RowProblems } from '../../../ui/RowProblems';
import { uiMessages } from '../../../ui/messages';
import { useServices, type RoleViewProps } from '../../../ui/services';
import { EmptyState, LoadingState } from '../../../ui/states';
import { TwoPane, useTwoPane } from '../../../ui/TwoPane';
import { TwoPaneIndex } from '../../../ui/TwoPaneIndex';
import { useMeetingAgenda, type MeetingAgendaOptions, type MeetingAgendaState } from '../../../ui/useMeetingAgenda';
import { useLiveProgress } from '../hooks/useLiveProgress';
import { useNow } from '../../../ui/useNow';
import { usePainted } from '../../../ui/usePainted';
import { useReferatApproval } from '../../../ui/useReferatApproval';
import { agendaMessages } from '../messages';
import { searchItems } from '../search';
import { AgendaList, punktElementId } from './AgendaList';
import { AgendaTools } from './AgendaTools';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** How often the live highlight and time left refresh. */
const TICK_MS = 15_000;

/**
 * The last agenda seen is shown at once and revalidated (stale-while-revalidate); offline it stays,
 * marked as such, and the view asks again when the browser is back online.
 */
const AGENDA_LOAD: MeetingAgendaOptions = { cache: 'first', reloadWhenOnline: true };

const MINUTE = 60_000;

/** Brings punkt `n` to the top of the panel (below the sticky "Nu" strip); `focus` moves focus to its header. */
function scrollToPunkt(n: number, focus: boolean) {
  const element = document.getElementById(punktElementId(n));
  if (!element) return;
  scrollBelowNowStrip(element);
  if (focus) element.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
}

export function AgendaView({ meetingRef }: RoleViewProps) {
  const t = useText(agendaMessages);
  const ui = useText(uiMessages);
  const { host } = useServices();
  const { state, reload } = useMeetingAgenda(meetingRef, AGENDA_LOAD);

  if (!meetingRef) return <EmptyState title={t.noMeetingTitle}>{t.noMeeting}</EmptyState>;
  switch (state.status) {
    case 'loading':
      return <LoadingState label={ui.loading} />;
    case 'error':
      return <ErrorBar error={state.error} onRetry={reload} />;
    case 'none':
      return (
        <EmptyState title={t.noAgendaTitle}>
          <p>{t.noAgenda}</p>
          <OrganizerHint isOrganizer={host.isOrganizer} />
        </EmptyState>
      );
    case 'ready':
      return <Ready meetingRef={meetingRef} state={state} onRetry={reload} />;
  }
}

function OrganizerHint({ isOrganizer }: { isOrganizer?: () => Promise<boolean> }) {
  const t = useText(agendaMessages);
  const [organizer, setOrganizer] = useState(false);
  useEffect(() => {
    let live = true;
    isOrganizer?.().then(
      (value) => live && setOrganizer(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [isOrganizer]);
  if (!organizer) return null;
  return (
    <p>
      {t.prepareHint}
      <Link href="?role=prepare">{t.prepareLink}</Link>
    </p>
  );
}

interface ReadyProps {
  meetingRef: MeetingRef;
  state: Extract<MeetingAgendaState, { status: 'ready' }>;
  onRetry: () => void;
}

function Ready({ meetingRef, state, onRetry }: ReadyProps) {
  const t = useText(agendaMessages);
  const ui = useText(uiMessages);
  const styles = useStyles();
  const { now } = useServices();
  const clock = useNow(now, TICK_MS);
  const { meeting, items } = state.agenda;
  // The first render shows the schedule from the agenda's own local times, with no Intl; the zone's schedule,
  // which "what is now" needs (live badge, Nu strip, late warning), is built right after the first paint: the
  // page's first use of Intl starts ICU, 17-45 ms of CPU that would come before the agenda shows (issue #13).
  // The list keeps the wall-clock schedule while it shows the same, so its punkter do not render again.
  const painted = usePainted();
  const wallClock = useMemo(() => wallClockSchedule(meeting), [meeting]);
  const zoned = useMemo(() => (painted ? computeSchedule(meeting) : null), [painted, meeting]);
  const schedule = zoned && !sameWallClock(zoned, wallClock) ? zoned : wallClock;
  // The planned schedule, not a replanned one: lateness is measured against the plan.
  const progress = useLiveProgress(state.agenda, zoned, clock);
  const live = zoned ? liveState(zoned, clock, progress ?? undefined) : null;
  const warnings = new Set([...schedule.overlaps.map((o) => o.number), ...schedule.overrun.map((o) => o.number)]).size;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<number[]>([]);
  const shown = useMemo(() => searchItems(items, query), [items, query]);
  // One approval read for the view: the referat's state and each punkt's flag share it.
  const approval = useReferatApproval(meetingRef, items);
  const changed = useMemo(() => new Set(approval.status.changed), [approval.status.changed]);
  const currentItem = live?.phase === 'during' ? items.find((s) => s.item.number === live.current) : undefined;

  // During the meeting the view opens at the current punkt (once: later ticks must not move the reader).
  const scrolled = useRef(false);
  const currentNumber = currentItem?.item.number;
  useEffect(() => {
    if (scrolled.current || currentNumber === undefined) return;
    scrolled.current = true;
    scrollToPunkt(currentNumber, false);
  }, [currentNumber]);

  // From 900 px the index beside the list: the punkt picked there opens and takes focus; until a pick the
  // current punkt is the selected one (none outside the meeting).
  const [picked, setPicked] = useState<number | null>(null);
  const selected = picked ?? currentNumber ?? null;
  const select = (n: number) => {
    setPicked(n);
    setQuery('');
    const openable = items.some((s) => s.item.number === n && (s.readable || !s.item.closed));
    if (openable) setOpen((was) => (was.includes(n) ? was : [...was, n]));
    requestAnimationFrame(() => scrollToPunkt(n, true));
  };
  // Built only when there is room for it: below 900 px the index would be rendered just to stay hidden.
  const wide = useTwoPane();
  const entries = (wide ? items : []).map(({ item, readable }) => {
    const hidden = item.closed && !readable;
    const slot = schedule.items.find((s) => s.number === item.number);
    return {
      number: item.number,
      prefix: hidden ? null : item.prefix,
      title: hidden ? t.closed : item.title,
      slot: slot ? formatSlot(slot.start, slot.end) : null,
      live: item.number === currentNumber,
    };
  });

  return (
    <TwoPane index={entries.length > 0 && <TwoPaneIndex entries={entries} selected={selected} onSelect={select} />}>
      <div className={styles.view}>
        {state.cachedAt && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.cached(formatInstant(state.cachedAt))}</MessageBarTitle>
              {t.cachedReason}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onRetry}>{ui.retry}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <MeetingHeader meeting={meeting} compact />
        <ReferatApprovalPanel approval={approval} canApprove={false} />
        <RowProblems items={items} meeting={state.agenda.problems} />
        {live && live.lateByMs > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.forecastEnd(formatInstant(live.forecastEnd))}</MessageBarBody>
          </MessageBar>
        )}
        {warnings > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.warningsTitle}</MessageBarTitle>
              {t.warningsSummary(warnings)}
            </MessageBarBody>
          </MessageBar>
        )}
        {currentItem && live && (
          <NowStrip
            now={{
              punkt: {
                number: currentItem.item.number,
                prefix: currentItem.readable || !currentItem.item.closed ? currentItem.item.prefix : null,
                title: currentItem.readable || !currentItem.item.closed ? currentItem.item.title : t.closed,
              },
              minutesLeft: live.remainingMs === null ? 0 : Math.round(live.remainingMs / MINUTE),
              expectedEnd: formatInstant(live.forecastEnd),
            }}
            onJump={() => {
              // A search may have hidden the current punkt: clear it so the jump lands.
              setQuery('');
              requestAnimationFrame(() => scrollToPunkt(currentItem.item.number, true));
            }}
          />
        )}
        {items.length === 0 ? (
          <EmptyState title={t.noItems} />
        ) : (
          <>
            <AgendaTools
              query={query}
              onQueryChange={setQuery}
              matches={shown.length}
              total={items.length}
              onExpandAll={() => setOpen(shown.filter((s) => s.readable || !s.item.closed).map((s) => s.item.number))}
              onCollapseAll={() => setOpen([])}
            />
            <AgendaList
              items={shown}
              schedule={schedule}
              live={live}
              open={open}
              onOpenChange={setOpen}
              showBreaks={!query.trim()}
              changed={changed}
            />
          </>
        )}
        <ReferatStatus meeting={meeting} />
      </div>
    </TwoPane>
  );
}
