/**
 * The saved referat documents' links and "Send til deltagerne": the host's own compose form where
 * it has one (Outlook's displayNewMessageForm), a `mailto:` link otherwise; no mail permission.
 * The message links the version the user picked (the public one unless she may read closed punkter).
 */
import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Meeting } from '../../../domain/meeting';
import type { ReferatFile, ReferatVersion } from '../../../domain/referat/library-port';
import { formatInstant } from '../../../ui/format';
import { useText } from '../../../ui/i18n';
import { useServices } from '../../../ui/services';
import { referatMessages } from './messages';
import { mailHtml, mailtoUrl, type ReferatMail } from './referat-mail';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ReferatLinksProps {
  files: ReferatFile[];
  version: ReferatVersion;
  meeting: Pick<Meeting, 'forum' | 'date'>;
}

export function ReferatLinks({ files, version, meeting }: ReferatLinksProps) {
  const t = useText(referatMessages);
  const styles = useStyles();
  const { host } = useServices();
  const chosen = files.find((f) => f.version === version) ?? files.find((f) => f.version === 'public');
  const mail: ReferatMail | null = chosen
    ? { subject: t.mailSubject(meeting.forum, meeting.date), intro: t.mailIntro, link: chosen.webUrl }
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
      ) : compose ? (
        <Button onClick={() => void compose({ to: [], subject: mail.subject, htmlBody: mailHtml(mail) })}>{t.send}</Button>
      ) : (
        <Link href={mailtoUrl(mail)}>{t.send}</Link>
      )}
    </>
  );
}
