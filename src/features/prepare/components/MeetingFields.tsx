/** The meeting's own fields: forum, start, planned end and place. The date is the calendar's, shown as text. */
import { Body1, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { formatLongDate } from '../../../ui/format';
import { useLanguage, useText } from '../../../ui/i18n';
import type { Draft } from '../draft';
import { prepareMessages } from '../messages';
import { SINGLE_LINE_LIMITS, type HeaderField, type HeaderProblems } from '../validate';

const useStyles = makeStyles({
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  field: { flex: '1 1 10rem', minWidth: 0 },
  date: { marginTop: 0 },
});

export interface MeetingFieldsProps {
  meeting: Draft['meeting'];
  problems: HeaderProblems;
  /** Show every problem; otherwise only those of fields the user has left. */
  showProblems: boolean;
  onChange: (patch: Partial<Draft['meeting']>) => void;
}

/** The header fields of the agenda being prepared. */
export function MeetingFields({ meeting, problems, showProblems, onChange }: MeetingFieldsProps) {
  const t = useText(prepareMessages);
  const language = useLanguage();
  const styles = useStyles();
  const headingId = useId();
  const [touched, setTouched] = useState<ReadonlySet<HeaderField>>(new Set());
  const touch = (field: HeaderField) => () => setTouched((s) => (s.has(field) ? s : new Set([...s, field])));
  const tooLong = (field: keyof typeof SINGLE_LINE_LIMITS, label: string, value: string | null) =>
    t.tooLong(label, SINGLE_LINE_LIMITS[field], (value ?? '').trim().length, null);
  const problem = (field: HeaderField) => {
    const p = showProblems || touched.has(field) ? problems[field] : undefined;
    if (!p) return {};
    const message =
      p !== 'tooLong'
        ? t.problems[p]
        : field === 'location'
          ? tooLong('location', t.location, meeting.location)
          : tooLong('forum', t.forum, meeting.forum);
    return { validationMessage: message, validationState: 'error' as const };
  };
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" block id={headingId}>
        {t.meetingLegend}
      </Subtitle2>
      <Body1 as="p" block className={styles.date}>
        {t.date(formatLongDate(meeting.date, language))}
      </Body1>
      <div className={styles.fields}>
        <Field className={styles.field} label={t.forum} required {...problem('forum')}>
          <Input dir="auto" value={meeting.forum} onBlur={touch('forum')} onChange={(_, d) => onChange({ forum: d.value })} />
        </Field>
        <Field className={styles.field} label={t.location} {...problem('location')}>
          <Input
            dir="auto"
            value={meeting.location ?? ''}
            onBlur={touch('location')}
            onChange={(_, d) => onChange({ location: d.value === '' ? null : d.value })}
          />
        </Field>
        <Field className={styles.field} label={t.start} required {...problem('start')}>
          <Input value={meeting.start} onBlur={touch('start')} onChange={(_, d) => onChange({ start: d.value })} />
        </Field>
        <Field className={styles.field} label={t.plannedEnd} {...problem('plannedEnd')}>
          <Input value={meeting.plannedEnd ?? ''} onBlur={touch('plannedEnd')} onChange={(_, d) => onChange({ plannedEnd: d.value })} />
        </Field>
      </div>
    </section>
  );
}
