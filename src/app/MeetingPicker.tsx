/**
 * The standalone page's meeting picker: the calendar's meetings from today and 60 days on.
 * Choosing one tells the host, which tells the views. A native select (Fluent Select) rather than
 * Dropdown: fully keyboard- and screen-reader-friendly, and it keeps the popup positioning code
 * out of the task pane's initial JavaScript.
 */
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { sameMeeting } from '../domain/meeting-identity';
import type { CalendarEvent, MeetingRef } from '../domain/ports';
import { lookaheadWindow } from '../hosts/standalone-host';
import { formatInstant, formatShortDay } from '../ui/format';
import { useLanguage, useText } from '../ui/i18n';
import { useServices } from '../ui/services';
import { useHasUnsavedChanges } from '../ui/unsaved-changes';
import { appMessages } from './messages';

// A native select is as wide as its longest option; at the side panel's 280 px it must fit the pane.
const useStyles = makeStyles({
  root: { width: '100%', minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
});

/** One option's text; the day's formatter is built once (format.ts), not once per option (issue #13). */
function label(event: CalendarEvent, language: 'da' | 'en'): string {
  return `${event.subject} · ${formatShortDay(event.start, language)} ${formatInstant(event.start)}`;
}

export function MeetingPicker({ current }: { current: MeetingRef | null }) {
  const { calendar, host, now } = useServices();
  const t = useText(appMessages);
  const language = useLanguage();
  const [events, setEvents] = useState<CalendarEvent[] | null>(null);
  const hasUnsaved = useHasUnsavedChanges();
  // A switch waiting for the user's word because the open view has unsaved changes.
  const [pending, setPending] = useState<CalendarEvent | null>(null);
  const choose = (event: CalendarEvent) => {
    setPending(null);
    host.selectMeeting?.(event);
  };

  useEffect(() => {
    let live = true;
    const { from, to } = lookaheadWindow(now());
    // A failed list only hides the picker's choices; the view shows the meeting error itself.
    calendar.listEvents(from, to).then(
      (list) => live && setEvents(list),
      () => live && setEvents([]),
    );
    return () => {
      live = false;
    };
  }, [calendar, now]);

  const selected = events?.find((e) => sameMeeting(e, current)) ?? null;
  const styles = useStyles();
  return (
    <>
      <Field label={t.meetingPicker} hint={events && events.length === 0 ? t.noMeetings : undefined}>
        <Select
          className={styles.root}
          select={{ className: styles.select }}
          value={selected?.id ?? ''}
          disabled={!events || events.length === 0}
          onChange={(_, data) => {
            const event = events?.find((e) => e.id === data.value);
            if (!event) return;
            if (hasUnsaved()) setPending(event);
            else choose(event);
          }}
        >
          {!selected && (
            <option value="" disabled>
              {t.meetingPickerPlaceholder}
            </option>
          )}
          {(events ?? []).map((event) => (
            <option key={event.id} value={event.id}>
              {label(event, language)}
            </option>
          ))}
        </Select>
      </Field>
      {pending && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{t.unsavedSwitch(label(pending, language))}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => choose(pending)}>
              {t.switchAnyway}
            </Button>
            <Button onClick={() => setPending(null)}>{t.stayHere}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
