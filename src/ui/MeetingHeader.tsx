/**
 * The meeting's header: forum, date, time and place, with the chair and participants behind a
 * disclosure button so the narrow task pane shows the agenda first.
 */
import { Button, Caption1, Subtitle1, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Meeting } from '../domain/meeting';
import { formatClock, formatLongDate } from './format';
import { Isolated } from './Isolated';
import { useLanguage, useText } from './i18n';
import { uiMessages } from './messages';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  people: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  toggle: { alignSelf: 'flex-start' },
  compact: { paddingBottom: 0, gap: 0 },
  line: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/**
 * `compact` (the managers' side panel, issue #15): forum as a smaller heading and date, time and
 * place on one line, so the agenda starts higher on a 280 px panel.
 */
export function MeetingHeader({ meeting, compact = false }: { meeting: Meeting; compact?: boolean }) {
  const t = useText(uiMessages);
  const language = useLanguage();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const peopleId = useId();
  const time = meeting.plannedEnd ? `${formatClock(meeting.start)}–${formatClock(meeting.plannedEnd)}` : formatClock(meeting.start);
  const chair = meeting.participants.find((p) => p.chair);
  return (
    <header className={mergeClasses(styles.header, compact && styles.compact)}>
      {compact ? (
        <>
          <Subtitle1 as="h1">
            <Isolated text={meeting.forum} />
          </Subtitle1>
          <Caption1 as="p" className={styles.line}>
            {formatLongDate(meeting.date, language)} · {time}
            {meeting.location && (
              <>
                {' · '}
                <Isolated text={meeting.location} />
              </>
            )}
          </Caption1>
        </>
      ) : (
        <Title3 as="h1">
          <Isolated text={meeting.forum} />
        </Title3>
      )}
      {!compact && (
        <dl className={styles.facts}>
          <dt className={styles.term}>{t.date}</dt>
          <dd className={styles.value}>{formatLongDate(meeting.date, language)}</dd>
          <dt className={styles.term}>{t.time}</dt>
          <dd className={styles.value}>{time}</dd>
          {meeting.location && (
            <>
              <dt className={styles.term}>{t.location}</dt>
              <dd className={styles.value}>
                <Isolated text={meeting.location} />
              </dd>
            </>
          )}
        </dl>
      )}
      {meeting.participants.length > 0 && (
        <>
          <Button
            className={styles.toggle}
            appearance="subtle"
            size="small"
            aria-expanded={open}
            aria-controls={peopleId}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? t.hideParticipants : t.showParticipants(meeting.participants.length)}
          </Button>
          {/* The names are built when the list is opened: a forum's 20-odd names were a tenth of a first open's
              DOM, all hidden (issue #13). The empty region stays, so aria-controls names an element. */}
          <div id={peopleId} hidden={!open}>
            {open && chair && (
              <Caption1 as="p">
                {t.chair}: <Isolated text={chair.name} />
              </Caption1>
            )}
            {open && (
              <ul className={styles.people} aria-label={t.participants}>
                {meeting.participants.map((p, i) => (
                  <li key={i}>
                    <Isolated text={p.name} />
                    {p.role && (
                      <>
                        {' '}
                        (<Isolated text={p.role} />)
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </header>
  );
}
