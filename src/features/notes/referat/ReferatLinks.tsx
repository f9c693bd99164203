/**
 * The saved referat documents' links and "Send til deltagerne": the host's own compose form where
 * it has one (Outlook's displayNewMessageForm), a `mailto:` link otherwise; no mail permission.
 * The message goes to the meeting's organizer and attendees (the calendar event's addresses) and links
 * the public version: the calendar knows no forum membership, so who of them may open the internal one
 * cannot be told, and the public version is what leaves the building by default (issue #14).
 */
import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Meeting } from '../../../domain/meeting';
import type { MeetingRef } from '../../../domain/ports';
import type { ReferatFile } from '../../../domain/referat/library-port';
import { formatInstant } from '../../../ui/format';
import { useText } from '../../../ui/i18n';
import { useServices } from '../../../ui/services';
import { useMeetingEvent } from '../../../ui/useMeetingEvent';
import { referatMessages } from './messages';
import { mailHtml, mailtoUrl, recipientsOf, type ReferatMail } from './referat-mail';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ReferatLinksProps {
  files: ReferatFile[];
  meeting: Pick<Meeting, 'forum' | 'date'>;
  /** The meeting occurrence, whose calendar event names the participants. */
  meetingRef: MeetingRef;
}

export function ReferatLinks({ files, meeting, meetingRef }: ReferatLinksProps) {
  const t = useText(referatMessages);
  const styles = useStyles();
  const { host } = useServices();
  const publicFile = files.find((f) => f.version === 'public');
  const event = useMeetingEvent(meetingRef, publicFile !== undefined);
  const to = recipientsOf(event);
  // Until the calendar has answered, a message would go to nobody: wait, and say why.
  const finding = publicFile !== undefined && event === undefined;
  const mail: ReferatMail | null = publicFile
    ? { subject: t.mailSubject(meeting.forum, meeting.date), intro: t.mailIntro, link: publicFile.webUrl }
    : null;
  const compose = host.composeMessage?.bind(host);

  return (
    <>
      {files.length === 0 ? (
        <Text className={styles.hint}>{t.notSaved}</Text>
      ) : (
        <ul className={styles.list} aria-label={t.linksLabel}>
          {files.map((f) => (
            <li key={f.version}>
              <Link href={f.webUrl} target="_blank" rel="noopener noreferrer">
                {f.version === 'public' ? t.openPublic : t.openInternal}
              </Link>{' '}
              <Text size={200} className={styles.hint}>
                {formatInstant(f.modified)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {mail === null ? (
        <Text size={200} className={styles.hint}>
          {t.sendNeedsSave}
        </Text>
      ) : finding ? (
        <Button disabledFocusable>{t.send}</Button>
      ) : compose ? (
        <Button onClick={() => void compose({ to, subject: mail.subject, htmlBody: mailHtml(mail) })}>{t.send}</Button>
      ) : (
        <Link href={mailtoUrl(mail, to)}>{t.send}</Link>
      )}
      {mail !== null && (finding || to.length === 0) && (
        <Text size={200} className={styles.hint} role="status">
          {finding ? t.findingParticipants : t.noParticipants}
        </Text>
      )}
    </>
  );
}
