/**
 * Copying the agenda of an earlier meeting: a native select (Fluent Select, usable by keyboard and
 * screen readers in a narrow pane) of the past year's meetings and a button. A meeting without an
 * agenda in Punkt, or one that cannot be read, is said in text; the view does not change.
 */
import { Body1, Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Meeting } from '../../../domain/meeting';
import { withoutBidiControls } from '../../../domain/bidi';
import type { MeetingRef } from '../../../domain/ports';
import { fromIso, MEETING_ZONE } from '../../../domain/time';
import { ErrorBar } from '../../../ui/ErrorBar';
import { formatDate } from '../../../ui/format';
import { useLanguage, useText } from '../../../ui/i18n';
import { useServices } from '../../../ui/services';
import { usePreviousMeetings } from '../hooks/usePreviousMeetings';
import { prepareMessages } from '../messages';

const useStyles = makeStyles({
  copy: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  field: { alignSelf: 'stretch' },
});

export interface CopyPreviousProps {
  meetingRef: MeetingRef;
  onCopy: (meeting: Meeting) => void;
}

/** Picks an earlier meeting and hands its agenda to `onCopy`. */
export function CopyPrevious({ meetingRef, onCopy }: CopyPreviousProps) {
  const t = useText(prepareMessages);
  const language = useLanguage();
  const styles = useStyles();
  const { agenda } = useServices();
  const previous = usePreviousMeetings(meetingRef);
  const [chosen, setChosen] = useState('');
  const [outcome, setOutcome] = useState<{ kind: 'busy' } | { kind: 'none' } | { kind: 'error'; error: unknown } | null>(null);
  const events = previous.status === 'ready' ? previous.events : [];
  const event = events.find((e) => e.id === chosen) ?? events[0];

  const copy = async () => {
    if (!event) return;
    setOutcome({ kind: 'busy' });
    try {
      const stored = await agenda.loadAgenda({ iCalUId: event.iCalUId, start: event.start });
      setOutcome(stored ? null : { kind: 'none' });
      if (stored) onCopy(stored.meeting);
    } catch (error: unknown) {
      setOutcome({ kind: 'error', error });
    }
  };

  if (previous.status === 'error') return <ErrorBar error={previous.error} />;
  const label = (subject: string, start: string) =>
    `${withoutBidiControls(subject) || t.untitled} · ${formatDate(fromIso(start).setZone(MEETING_ZONE).toFormat('yyyy-MM-dd'), language)}`;
  return (
    <div className={styles.copy}>
      <Field
        className={styles.field}
        label={t.copyLabel}
        hint={previous.status === 'ready' && events.length === 0 ? t.copyNoMeetings : undefined}
      >
        <Select value={event?.id ?? ''} disabled={events.length === 0} onChange={(_, d) => setChosen(d.value)}>
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {label(e.subject, e.start)}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabledFocusable={!event || outcome?.kind === 'busy'} onClick={() => void copy()}>
        {t.copyButton}
      </Button>
      <div role="status">{outcome?.kind === 'none' && <Body1>{t.copyNone}</Body1>}</div>
      {outcome?.kind === 'error' && <ErrorBar error={outcome.error} onRetry={() => void copy()} />}
    </div>
  );
}
