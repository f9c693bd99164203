/**
 * The note-taker's Referat section after the last punkt: a preview of the document (ReferatPreview:
 * the page's own elements, text nodes only), the
 * version, "Hent Word", "Udskriv", "Gem i SharePoint" with the saved documents' links, and "Send
 * til deltagerne". The public version unless the user may read every closed punkt and picks the
 * internal one.
 */
import { Button, Radio, RadioGroup, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { StoredAgenda } from '../../../domain/ports';
import type { ReferatVersion } from '../../../domain/referat/library-port';
import { referatHtml } from '../../../domain/referat/referat-html';
import { ErrorBar } from '../../../ui/ErrorBar';
import { formatInstant } from '../../../ui/format';
import { useText } from '../../../ui/i18n';
import { referatMessages } from './messages';
import { ReferatLinks } from './ReferatLinks';
import { ReferatPreview } from './ReferatPreview';
import { docxBytes, useReferat } from './useReferat';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  toggle: { alignSelf: 'flex-start' },
  // At 280 px the two versions do not fit side by side: the second goes below instead of squeezing
  // the first label until it breaks inside a word ("Offe|ntlig").
  versions: { flexWrap: 'wrap' },
});

/** Hands the browser a file or page made here; the object URL is revoked once it is taken. */
function openBlob(blob: Blob, name: string | null): void {
  const url = URL.createObjectURL(blob);
  if (name === null) window.open(url, '_blank', 'noopener');
  else {
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    a.click();
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface ReferatSectionProps {
  agenda: StoredAgenda;
  /** The user may not write: no saving (the library would refuse it with 403). */
  readOnly: boolean;
}

export function ReferatSection({ agenda, readOnly }: ReferatSectionProps) {
  const t = useText(referatMessages);
  const styles = useStyles();
  const referat = useReferat(agenda);
  const [chosen, setChosen] = useState<ReferatVersion>('public');
  const version: ReferatVersion = referat.canInternal ? chosen : 'public';
  const internal = version === 'internal';
  const html = useMemo(() => referatHtml(referat.meeting, { internal }), [referat.meeting, internal]);
  const [problem, setProblem] = useState<unknown>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const fileName = `Referat ${referat.meeting.forum} ${referat.meeting.date} (${internal ? 'intern' : 'offentlig'}).docx`;

  const download = async () => {
    setProblem(null);
    try {
      const bytes = await docxBytes(await referat.refresh(), internal);
      openBlob(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
        fileName,
      );
    } catch (error) {
      setProblem(error);
    }
  };
  const print = () => openBlob(new Blob([html], { type: 'text/html' }), null);

  return (
    // Not a landmark: the note-taker's view is already the region named "Referat".
    <div className={styles.section}>
      <Subtitle2 as="h2">{t.heading}</Subtitle2>
      {referat.canInternal && (
        <RadioGroup
          className={styles.versions}
          layout="horizontal"
          aria-label={t.versionLabel}
          value={version}
          onChange={(_, d) => setChosen(d.value as ReferatVersion)}
        >
          <Radio value="public" label={t.publicVersion} />
          <Radio value="internal" label={t.internalVersion} />
        </RadioGroup>
      )}
      {/* Shown on request: the whole document is long at 280 px, and its punkter would repeat the cards' headings. */}
      <Button className={styles.toggle} appearance="subtle" aria-expanded={previewOpen} onClick={() => setPreviewOpen((open) => !open)}>
        {previewOpen ? t.hidePreview : t.showPreview}
      </Button>
      {previewOpen && <ReferatPreview meeting={referat.meeting} internal={internal} label={t.previewTitle} />}
      <div className={styles.actions}>
        <Button onClick={() => void referat.refresh().catch(setProblem)}>{t.refresh}</Button>
        <Button onClick={() => void download()}>{t.download}</Button>
        <Button onClick={print}>{t.print}</Button>
        {referat.canSave && !readOnly && (
          <Button appearance="primary" disabled={referat.save.status === 'saving'} onClick={() => void referat.saveBoth()}>
            {referat.save.status === 'saving' ? t.saving : t.save}
          </Button>
        )}
      </div>
      <Text role="status">{referat.save.status === 'saved' ? t.saved(formatInstant(referat.save.at.toISOString())) : ''}</Text>
      {referat.save.status === 'error' && <ErrorBar error={referat.save.error} onRetry={() => void referat.saveBoth()} />}
      {problem !== null && <ErrorBar error={problem} />}
      {referat.problem !== null && <ErrorBar error={referat.problem} />}
      {referat.canSave && <ReferatLinks files={referat.files} meeting={referat.meeting} meetingRef={agenda.ref} />}
    </div>
  );
}
