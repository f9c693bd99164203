/**
 * A punkt's Bilag in the secretary's editor: the lines as text (one Bilag per line, the format's
 * `name <url>` for a linked one), each linked Bilag shown as a link, and, where the app has the
 * forum's document library and knows the meeting, 'Vedhæft fil' (upload with progress and size) and
 * 'Vælg fra biblioteket'. A closed punkt's files go to the restricted folder (BilagLibrary).
 */
import { Button, Field, Link, ProgressBar, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { AttachRegular } from '@fluentui/react-icons/svg/attach';
import { FolderOpenRegular } from '@fluentui/react-icons/svg/folder-open';
import { OpenRegular } from '@fluentui/react-icons/svg/open';
import { createContext, useContext, useRef, useState } from 'react';
import { bilagOf, formatBilag, type Bilag } from '../../../domain/bilag';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useLanguage, useText } from '../../../ui/i18n';
import { useServices } from '../../../ui/services';
import { bilagMessages, formatSize } from '../bilag-messages';
import { prepareMessages } from '../messages';
import { BilagPicker } from './BilagPicker';

/**
 * The meeting whose punkter are edited: its date names the library folder. Provided by the
 * secretary's view; without it the field is text only.
 */
export const BilagMeetingContext = createContext<{ date: string } | null>(null);

/**
 * The largest file attached: the browser holds the whole file in memory while it is sent, which a
 * task pane on an older PC does not bear for much more.
 */
export const MAX_BILAG_BYTES = 100 * 1024 * 1024;

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  link: { overflowWrap: 'anywhere' },
  icon: { marginLeft: tokens.spacingHorizontalXXS, verticalAlign: 'middle' },
});

export interface BilagFieldProps {
  /** The Bilag lines as the draft holds them. */
  value: string;
  onChange: (value: string) => void;
  /** The punkt's number, for the controls' names. */
  number: number;
  closed: boolean;
}

type Upload =
  { status: 'idle' } | { status: 'sending'; name: string; size: number; sent: number } | { status: 'done'; name: string; size: number };

/** The value with one more Bilag line at the end. */
export function withBilag(value: string, bilag: Bilag): string {
  const kept = value.replace(/\s+$/, '');
  return kept === '' ? formatBilag(bilag) : `${kept}\n${formatBilag(bilag)}`;
}

/** The Bilag field of one punkt. */
export function BilagField({ value, onChange, number, closed }: BilagFieldProps) {
  const t = useText(bilagMessages);
  const label = useText(prepareMessages).attachments;
  const language = useLanguage();
  const styles = useStyles();
  const library = useServices().bilag;
  const meeting = useContext(BilagMeetingContext);
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>({ status: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [picking, setPicking] = useState(false);
  // The latest text, for an upload that ends after further typing.
  const latest = useRef(value);
  latest.current = value;

  const linked = bilagOf(value.split('\n').filter((l) => l.trim() !== '')).filter((b) => b.url !== null);
  const size = (bytes: number) => formatSize(bytes, language);

  const send = async (file: File) => {
    setProblem(null);
    setError(null);
    if (!library || !meeting) return;
    if (file.size === 0) return setProblem(t.empty(file.name));
    if (file.size > MAX_BILAG_BYTES) return setProblem(t.tooLarge(file.name, size(file.size), size(MAX_BILAG_BYTES)));
    setUpload({ status: 'sending', name: file.name, size: file.size, sent: 0 });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const bilag = await library.upload({ date: meeting.date, closed }, { name: file.name, bytes, type: file.type }, (sent) =>
        setUpload({ status: 'sending', name: file.name, size: file.size, sent }),
      );
      onChange(withBilag(latest.current, bilag));
      setUpload({ status: 'done', name: bilag.name, size: file.size });
    } catch (e) {
      setUpload({ status: 'idle' });
      setError(e);
    }
  };

  return (
    <div className={styles.box}>
      <Field label={label} hint={t.hint} {...(problem ? { validationMessage: problem, validationState: 'error' as const } : {})}>
        <Textarea resize="vertical" dir="auto" value={value} onChange={(_, d) => onChange(d.value)} />
      </Field>
      {linked.length > 0 && (
        <ul className={styles.list} aria-label={t.links(number)}>
          {linked.map((bilag, i) => (
            <li key={i} dir="auto">
              <Link href={bilag.url!} target="_blank" rel="noopener noreferrer" className={styles.link}>
                {bilag.name}
                <OpenRegular aria-hidden className={styles.icon} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {library && meeting && (
        <>
          {closed && <Text size={200}>{t.closedPlace}</Text>}
          <div className={styles.actions}>
            <Button
              icon={<AttachRegular />}
              aria-label={t.attachLabel(number)}
              disabled={upload.status === 'sending'}
              onClick={() => input.current?.click()}
            >
              {t.attach}
            </Button>
            <Button icon={<FolderOpenRegular />} aria-label={t.pickLabel(number)} onClick={() => setPicking(true)}>
              {t.pick}
            </Button>
          </div>
          <input
            ref={input}
            type="file"
            hidden
            aria-label={t.fileInput(number)}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void send(file);
            }}
          />
          {upload.status === 'sending' && (
            <Field label={t.uploading(upload.name, size(upload.size))}>
              <ProgressBar value={upload.sent} max={upload.size} />
            </Field>
          )}
          {upload.status === 'done' && (
            <Text role="status" size={200}>
              {t.uploaded(upload.name, size(upload.size))}
            </Text>
          )}
          {error !== null && <ErrorBar error={error} />}
          {picking && (
            <BilagPicker
              library={library}
              closed={closed}
              onClose={() => setPicking(false)}
              onPick={(bilag) => {
                setPicking(false);
                onChange(withBilag(latest.current, bilag));
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
