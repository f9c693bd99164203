/**
 * Picks an existing file from the library's Bilag folder (or, for a closed punkt, the restricted
 * one): folders open in place, 'Op en mappe' goes back, a file is chosen with one click.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUpRegular } from '@fluentui/react-icons/svg/arrow-up';
import { DocumentRegular } from '@fluentui/react-icons/svg/document';
import { FolderRegular } from '@fluentui/react-icons/svg/folder';
import { useEffect, useState } from 'react';
import type { Bilag } from '../../../domain/bilag';
import type { BilagLibrary, LibraryEntry } from '../../../domain/ports';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useLanguage, useText } from '../../../ui/i18n';
import { bilagMessages, formatSize } from '../bilag-messages';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  entry: { justifyContent: 'flex-start', textAlign: 'start', overflowWrap: 'anywhere', width: '100%' },
});

export interface BilagPickerProps {
  library: BilagLibrary;
  closed: boolean;
  onPick: (bilag: Bilag) => void;
  onClose: () => void;
}

type Listing = { status: 'loading' } | { status: 'ready'; entries: LibraryEntry[] } | { status: 'error'; error: unknown };

/** The open picker dialog. */
export function BilagPicker({ library, closed, onPick, onClose }: BilagPickerProps) {
  const t = useText(bilagMessages);
  const language = useLanguage();
  const styles = useStyles();
  const [path, setPath] = useState<string[]>([]);
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setListing({ status: 'loading' });
    library.browse(closed, path).then(
      (entries) => current && setListing({ status: 'ready', entries }),
      (error: unknown) => current && setListing({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [library, closed, path, attempt]);

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{closed ? t.pickTitleClosed : t.pickTitle}</DialogTitle>
          <DialogContent>
            <Text block>{t.folder([closed ? 'Bilag (lukket)' : 'Bilag', ...path].join(' › '))}</Text>
            {path.length > 0 && (
              <Button appearance="subtle" icon={<ArrowUpRegular />} onClick={() => setPath((p) => p.slice(0, -1))}>
                {t.up}
              </Button>
            )}
            {listing.status === 'loading' && <Spinner size="tiny" label={t.loading} />}
            {listing.status === 'error' && <ErrorBar error={listing.error} onRetry={() => setAttempt((n) => n + 1)} />}
            {listing.status === 'ready' && listing.entries.length === 0 && <Text block>{t.none}</Text>}
            {listing.status === 'ready' && listing.entries.length > 0 && (
              <ul className={styles.list}>
                {listing.entries.map((entry) => (
                  <li key={entry.name}>
                    {entry.folder ? (
                      <Button
                        className={styles.entry}
                        appearance="subtle"
                        icon={<FolderRegular />}
                        aria-label={t.openFolder(entry.name)}
                        onClick={() => setPath((p) => [...p, entry.name])}
                      >
                        {entry.name}
                      </Button>
                    ) : (
                      <Button
                        className={styles.entry}
                        appearance="subtle"
                        icon={<DocumentRegular />}
                        aria-label={t.chooseFile(entry.name, formatSize(entry.size, language))}
                        onClick={() => onPick({ name: entry.name, url: entry.url })}
                      >
                        {`${entry.name} (${formatSize(entry.size, language)})`}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t.close}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
