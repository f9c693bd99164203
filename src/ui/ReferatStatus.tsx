/**
 * The referat's state for the managers' view: whether it is saved in SharePoint, when, and a link
 * that opens the public document (a member who may read closed punkter also gets the internal
 * one). Reads the library's `list`; shows nothing where the app has no library (tests, a port
 * without it). Mount it in the agenda view below the punkter.
 */
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReferatFile, ReferatMeeting } from '../domain/referat/library-port';
import { formatInstant } from './format';
import { useText, type Catalog } from './i18n';
import { useServices } from './services';

const da = {
  label: 'Referat',
  notSaved: 'Referatet er ikke gemt endnu.',
  saved: (when: string) => `Referatet er gemt i SharePoint (${when}).`,
  openPublic: 'Åbn referatet',
  openInternal: 'Åbn den interne version',
  failed: 'Referatets status kunne ikke hentes.',
};
const en: typeof da = {
  label: 'Minutes',
  notSaved: 'The minutes are not saved yet.',
  saved: (when: string) => `The minutes are saved in SharePoint (${when}).`,
  openPublic: 'Open the minutes',
  openInternal: 'Open the internal version',
  failed: 'The state of the minutes could not be read.',
};
export const referatStatusMessages: Catalog<typeof da> = { da, en };

const useStyles = makeStyles({
  box: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

type State = { status: 'loading' } | { status: 'ready'; files: ReferatFile[] } | { status: 'failed' };

export function ReferatStatus({ meeting }: { meeting: ReferatMeeting }) {
  const t = useText(referatStatusMessages);
  const styles = useStyles();
  const { referat } = useServices();
  const [state, setState] = useState<State>({ status: 'loading' });
  const { forum, date } = meeting;

  useEffect(() => {
    if (!referat) return;
    let live = true;
    referat.list({ forum, date }).then(
      (files) => live && setState({ status: 'ready', files }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [referat, forum, date]);

  if (!referat || state.status === 'loading') return null;
  if (state.status === 'failed') return <Text className={styles.hint}>{t.failed}</Text>;
  const publicFile = state.files.find((f) => f.version === 'public');
  const internalFile = state.files.find((f) => f.version === 'internal');
  return (
    <div className={styles.box} role="group" aria-label={t.label}>
      <Text>{publicFile ? t.saved(formatInstant(publicFile.modified)) : t.notSaved}</Text>
      {publicFile && (
        <Link href={publicFile.webUrl} target="_blank" rel="noopener noreferrer">
          {t.openPublic}
        </Link>
      )}
      {internalFile && (
        <Link href={internalFile.webUrl} target="_blank" rel="noopener noreferrer">
          {t.openInternal}
        </Link>
      )}
    </div>
  );
}
