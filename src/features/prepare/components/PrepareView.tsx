/**
 * The secretary's view (role "prepare", the organizer's task pane in Outlook): load the meeting's
 * agenda or start one, edit the punkter with a live schedule, save it, copy it as text.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Meeting } from '../../../domain/meeting';
import type { StoredAgenda, StoredItem, UnmovedBilag } from '../../../domain/ports';
import { sameMeeting } from '../../../domain/meeting-identity';
import { RenderError, renderDocument } from '../../../domain/render';
import { ErrorBar } from '../../../ui/ErrorBar';
import { formatDate, formatInstant, formatLongDate } from '../../../ui/format';
import { useLanguage, useText } from '../../../ui/i18n';
import { uiMessages } from '../../../ui/messages';
import { useServices, type RoleViewProps } from '../../../ui/services';
import { useUnsavedChanges } from '../../../ui/unsaved-changes';
import { RowProblems } from '../../../ui/RowProblems';
import { EmptyState, LoadingState } from '../../../ui/states';
import { useMeetingAgenda, type MeetingAgendaOptions, type MeetingAgendaState } from '../../../ui/useMeetingAgenda';
import { useReferatApproval } from '../../../ui/useReferatApproval';
import { TwoPane, useTwoPane } from '../../../ui/TwoPane';
import { TwoPaneIndex } from '../../../ui/TwoPaneIndex';
import { formatSlot } from '../../../domain/time';
import { reuseAgenda } from '../reuse-agenda';
import { toDraft, toMeeting, type Draft } from '../draft';
import { addItem } from '../draft-edits';
import { findCalendarEvent, headerFor } from '../meeting-header';
import { useSaveAgenda } from '../hooks/useSaveAgenda';
import { localDateOf, useSeriesOpened } from '../hooks/useSeriesOpened';
import { notCopiedText, prepareMessages, punktName } from '../messages';
import { cardTiming, safeSchedule } from '../safe-schedule';
import { countProblems, headerProblems, itemProblems } from '../validate';
import { CarryOver } from './CarryOver';
import { CopyText } from './CopyText';
import { MeetingFields } from './MeetingFields';
import { PunktList } from './PunktList';
import { SaveBar } from './SaveBar';
import { SchedulePreview } from './SchedulePreview';
import { StartAgenda } from './StartAgenda';
import { UnsavedInvite } from './UnsavedInvite';

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingVerticalM,
    minWidth: 0,
    maxWidth: '60rem',
  },
});

/**
 * No local copy: editing an old copy offline and saving it over a newer agenda would lose someone's
 * work.
 */
const AGENDA_LOAD: MeetingAgendaOptions = { cache: 'never' };

/** No punkter yet (nothing loaded): one array, so the approval's status is not recomputed every render. */
const NO_ITEMS: readonly StoredItem[] = [];

/** The form for a load result: its draft, and each punkt's key with its number in the lists. */
function formOf(state: MeetingAgendaState): { draft: Draft | null; numberOfKey: ReadonlyMap<string, number> } {
  if (state.status !== 'ready') return { draft: null, numberOfKey: new Map() };
  const draft = toDraft(state.agenda.meeting);
  const stored = state.agenda.meeting.items;
  return { draft, numberOfKey: new Map(draft.items.map((item, i) => [item.key, stored[i]!.number])) };
}

/** The secretary's view of `meetingRef`. */
export function PrepareView({ meetingRef }: RoleViewProps) {
  const t = useText(prepareMessages);
  const ui = useText(uiMessages);
  const language = useLanguage();
  const styles = useStyles();
  const { agendaStore, calendar, host } = useServices();
  const { state, reload } = useMeetingAgenda(meetingRef, AGENDA_LOAD);
  const series = useSeriesOpened(host, meetingRef);
  // A closed punkt the user cannot read loads without its content; saving would erase it.
  const unreadable = state.status === 'ready' ? state.agenda.items.filter((i) => !i.readable).length : 0;
  const store = unreadable > 0 ? null : (agendaStore ?? null);
  // The stored version the form was made from: saves are checked against it, not against a newer one that arrived
  // while the form had unsaved edits (that would save over someone's work without asking).
  const [base, setBase] = useState<StoredAgenda | null>(state.status === 'ready' ? state.agenda : null);
  const saver = useSaveAgenda(store, meetingRef, base);
  // The form starts from the agenda when it is already there (a prefetched answer, issue #13), else from the load result below.
  const [initialForm] = useState(() => formOf(state));
  const [draft, setDraft] = useState<Draft | null>(initialForm.draft);
  // A newer stored version arrived while the form had unsaved edits: they are kept, and the user is told.
  const [newerArrived, setNewerArrived] = useState(false);
  // Set when the user asks for the stored version (her edits go): the next load result replaces the form.
  const discarding = useRef(false);
  // Each loaded punkt's key and its number in the lists: the approval flags punkter by stored number.
  const [numberOfKey, setNumberOfKey] = useState<ReadonlyMap<string, number>>(initialForm.numberOfKey);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [dirty, setDirty] = useState(false);
  // Problems show once a field is left, and all of them once a save or copy was refused.
  const [showProblems, setShowProblems] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const view = useRef<HTMLElement>(null);
  const revision = useRef(0);
  // From 900 px the punkt picked in the index (by key: it stays picked when moved) opens, and once its
  // fields are there its title takes focus.
  const [picked, setPicked] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null || !draft) return;
    pendingFocus.current = null;
    const index = draft.items.findIndex((item) => item.key === key);
    const card = view.current?.querySelectorAll('h3[aria-label]')[index]?.closest('li');
    card?.scrollIntoView?.({ block: 'start' });
    card?.querySelector<HTMLElement>('input')?.focus({ preventScroll: true });
  });

  // A new load result replaces the form during render (not in an effect), so the start panel
  // never flashes before a loaded agenda.
  // While the form has unsaved edits, another version of the same meeting's agenda (a revalidation, a
  // concurrent editor's save) does not wipe them: she is told, and her save is checked against her base.
  const [loaded, setLoaded] = useState(state);
  const [loadedFor, setLoadedFor] = useState(meetingRef);
  const keepEdits = dirty && draft !== null && state.status === 'ready' && !discarding.current && sameMeeting(loadedFor, meetingRef);
  if (loaded !== state && keepEdits) {
    setLoaded(state);
    setNewerArrived(true);
  } else if (loaded !== state) {
    setLoaded(state);
    setLoadedFor(meetingRef);
    if (state.status !== 'loading') discarding.current = false;
    setBase(state.status === 'ready' ? state.agenda : null);
    setNewerArrived(false);
    const form = formOf(state);
    setDraft(form.draft);
    setNumberOfKey(form.numberOfKey);
    setOpen(new Set());
    setDirty(false);
    setNotice(null);
    setShowProblems(false);
    saver.reset();
  }

  // One approval read for the view: a punkt changed after the referat's approval is flagged on its card.
  // The organizer moved the meeting since the agenda was saved: she is told until a save stores it under the new start.
  const movedFrom = (saver.saved ?? base)?.movedFrom;
  const when = (iso: string) => t.dateAtTime(formatLongDate(localDateOf(iso), language), formatInstant(iso));
  const approval = useReferatApproval(meetingRef, state.status === 'ready' ? (saver.saved ?? state.agenda).items : NO_ITEMS);
  const changed = useMemo(() => {
    const numbers = new Set(approval.status.changed);
    return new Set([...numberOfKey].filter(([, n]) => numbers.has(n)).map(([key]) => key));
  }, [approval.status.changed, numberOfKey]);

  const edit = useCallback((change: (d: Draft) => Draft) => {
    revision.current += 1;
    setDirty(true);
    setDraft((d) => (d ? change(d) : d));
  }, []);
  const meeting = useMemo(() => (draft ? toMeeting(draft) : null), [draft]);
  useUnsavedChanges(dirty);
  // After a refused save the problems are rendered: take the keyboard to the first one.
  useEffect(() => {
    if (refusals > 0) view.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  // The index is built only when there is room for it: below 900 px it would be rendered just to stay hidden (issue #13).
  const wide = useTwoPane();

  if (!meetingRef) {
    if (series) return <EmptyState title={t.seriesTitle}>{t.seriesNone}</EmptyState>;
    // Outlook, a new invite never saved: offer to save it instead of a dead end.
    if (host.saveDraftMeeting)
      return <UnsavedInvite save={(onProgress) => host.saveDraftMeeting!(onProgress)} idNeedsSave={host.inviteIdNeedsSave === true} />;
    return <EmptyState title={t.noMeetingTitle}>{t.noMeeting}</EmptyState>;
  }
  if (state.status === 'loading') return <LoadingState label={ui.loading} />;
  if (state.status === 'error') return <ErrorBar error={state.error} onRetry={reload} />;

  /** The user chose the stored version over her edits. */
  const reloadDiscarding = () => {
    discarding.current = true;
    reload();
  };
  const begin = (next: Draft, message: string | null) => {
    revision.current += 1;
    setDraft(next);
    setDirty(true);
    setNotice(message);
  };
  const startEmpty = async () => {
    const base = headerFor(meetingRef);
    const event = await findCalendarEvent(calendar, meetingRef);
    begin({ meeting: { ...base, ...event }, items: [] }, null);
  };
  const startFrom = async (earlier: Meeting) => {
    const event = await findCalendarEvent(calendar, meetingRef);
    begin(reuseAgenda(earlier, { ...headerFor(meetingRef), ...event }), t.reused(formatDate(earlier.date, language)));
  };

  const save = async (force = false) => {
    if (!meeting) return;
    const at = revision.current;
    const stored = await saver.save(meeting, { force });
    // Edits typed while the save was under way are still unsaved.
    if (stored && revision.current === at) setDirty(false);
    if (stored) setNewerArrived(false);
    // The saved punkter carry their new numbers: the approval's flags follow the cards by them from now on.
    if (stored && draft) setNumberOfKey(new Map(draft.items.map((item, i) => [item.key, stored.meeting.items[i]?.number ?? i + 1])));
    // A closed punkt's link to a file outside the library could not be moved out of others' reach, or a
    // reopened punkt's file not back out of the restricted folder: say which.
    const listed = (list: UnmovedBilag[] = []) =>
      list.map((b) => `${b.name} (${b.numbers.map((n) => `punkt ${n}`).join(', ')})`).join('; ');
    const unmoved = listed(stored?.unmovedBilag);
    const leftClosed = listed(stored?.bilagLeftClosed);
    const notices = [unmoved && t.bilagNotMoved(unmoved), leftClosed && t.bilagLeftClosed(leftClosed)].filter(Boolean);
    const notMoved = notices.length > 0 ? notices.join(' ') : null;
    if (notMoved) setNotice(notMoved);
    // In the invite (Outlook compose) the saved agenda also goes into the invite body, for those without Punkt.
    if (stored && host.writeAgendaSummary) {
      const both = (text: string) => (notMoved ? `${notMoved} ${text}` : text);
      await host.writeAgendaSummary(stored.meeting, meetingRef).then(
        () => setNotice(both(t.summaryWritten)),
        () => setNotice(both(t.summaryNotWritten)),
      );
    }
  };

  const usable = draft ? Object.keys(headerProblems(draft.meeting)).length === 0 : false;
  /** Saving or copying was refused: show every problem, and open every punkt that needs fixing so its messages can be read. */
  const refuse = () => {
    setShowProblems(true);
    setRefusals((n) => n + 1);
    if (draft) setOpen((s) => new Set([...s, ...draft.items.filter((it) => Object.keys(itemProblems(it)).length > 0).map((it) => it.key)]));
  };

  const schedule = meeting ? safeSchedule(meeting, usable) : null;
  const entries = (wide ? (draft?.items ?? []) : []).map((item, i) => {
    const timing = cardTiming(schedule, i + 1);
    return {
      number: i + 1,
      prefix: item.closed ? null : item.prefix,
      title: punktName(t, item.closed, item.title),
      slot: timing?.timed ? formatSlot(timing.start, timing.end) : null,
    };
  });
  const pick = (number: number) => {
    const key = draft?.items[number - 1]?.key;
    if (key === undefined) return;
    setPicked(key);
    setOpen((s) => (s.has(key) ? s : new Set([...s, key])));
    pendingFocus.current = key;
  };
  const pickedIndex = draft?.items.findIndex((item) => item.key === picked) ?? -1;

  return (
    <TwoPane
      index={entries.length > 0 && <TwoPaneIndex entries={entries} selected={pickedIndex < 0 ? null : pickedIndex + 1} onSelect={pick} />}
    >
      {/* A region, not a second <main>: the app's shell is the page's one main landmark (axe best practice). */}
      <section ref={view} className={styles.view} aria-label={t.title}>
        <Title3 as="h1" block>
          {t.title}
        </Title3>
        {!store && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{unreadable > 0 ? t.unreadable(unreadable) : t.cannotSave}</MessageBarBody>
          </MessageBar>
        )}
        {series?.next && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {t.seriesNext(formatLongDate(localDateOf(series.next.start), language), formatInstant(series.next.start))}
            </MessageBarBody>
          </MessageBar>
        )}
        {movedFrom && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.movedFrom(when(movedFrom), when(meetingRef.start))}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'ready' && <RowProblems items={state.agenda.items} meeting={state.agenda.problems} />}
        {!draft || !meeting ? (
          <StartAgenda meetingRef={meetingRef} onEmpty={() => void startEmpty()} onImport={(m) => void startFrom(m)} />
        ) : (
          <>
            {notice && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{notice}</MessageBarBody>
              </MessageBar>
            )}
            {newerArrived && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t.newerKept}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={reloadDiscarding}>{t.conflictReload}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <CopyText
              problems={countProblems(draft)}
              onRefused={refuse}
              documentText={() => {
                // The public version (closed punkter as "Lukket" only): the text goes into the invitation.
                try {
                  return { text: renderDocument(meeting) };
                } catch (error) {
                  if (error instanceof RenderError) return { problem: notCopiedText(t, error, meeting) };
                  throw error;
                }
              }}
            />
            <MeetingFields
              meeting={draft.meeting}
              problems={headerProblems(draft.meeting)}
              showProblems={showProblems}
              onChange={(patch) => edit((d) => ({ ...d, meeting: { ...d.meeting, ...patch } }))}
            />
            <CarryOver meetingRef={meetingRef} forum={draft.meeting.forum} onAdd={(item) => edit((d) => addItem(d, item))} />
            <PunktList
              items={draft.items}
              meeting={meeting}
              usable={usable}
              open={open}
              onOpenChange={setOpen}
              showProblems={showProblems}
              edit={edit}
              changed={changed}
              saving={saver.state.status === 'saving'}
            />
            <SchedulePreview meeting={meeting} usable={usable} />
            <SaveBar
              state={saver.state}
              dirty={dirty}
              problems={countProblems(draft)}
              canSave={store !== null}
              onRefused={refuse}
              onSave={() => void save()}
              onOverwrite={() => void save(true)}
              onReload={reloadDiscarding}
            />
          </>
        )}
      </section>
    </TwoPane>
  );
}
