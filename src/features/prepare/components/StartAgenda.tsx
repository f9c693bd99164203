/**
 * How an agenda begins when the meeting has none: empty, copied from an earlier meeting, or read
 * from the text of an agenda or minutes (pasted, or a .txt file). A text the parser cannot read is explained with its line
 * number; it never breaks the view.
 */
import { Body1, Button, Field, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ChangeEvent } from 'react';
import type { Meeting } from '../../../domain/meeting';
import { ParseError, parseDocument } from '../../../domain/parse';
import type { MeetingRef } from '../../../domain/ports';
import { useLanguage, useText } from '../../../ui/i18n';
import { expectedInDanish, prepareMessages } from '../messages';
import { CopyPrevious } from './CopyPrevious';

const useStyles = makeStyles({
  start: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  file: { maxWidth: '100%' },
});

export interface StartAgendaProps {
  meetingRef: MeetingRef;
  onEmpty: () => void;
  /** An earlier agenda, copied from a meeting or read from text. */
  onImport: (meeting: Meeting) => void;
}

/** The choices for a meeting without an agenda. */
export function StartAgenda({ meetingRef, onEmpty, onImport }: StartAgendaProps) {
  const t = useText(prepareMessages);
  const language = useLanguage();
  const styles = useStyles();
  const headingId = useId();
  const fileId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const read = (source: string) => {
    if (source.trim() === '') return setProblem(t.importNothing);
    try {
      setProblem(null);
      onImport(parseDocument(source));
    } catch (error: unknown) {
      if (!(error instanceof ParseError)) throw error;
      setProblem(t.parseError(error.line, language === 'da' ? expectedInDanish(error.expected) : error.expected));
    }
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const content = await file.text();
      setText(content);
      read(content);
    } catch {
      setProblem(t.fileError);
    }
  };

  return (
    <section className={styles.start} aria-labelledby={headingId}>
      <Subtitle2 as="h2" block id={headingId}>
        {t.startTitle}
      </Subtitle2>
      <Body1 as="p" block>
        {t.startIntro}
      </Body1>
      <Button appearance="primary" onClick={onEmpty}>
        {t.startEmpty}
      </Button>
      <CopyPrevious meetingRef={meetingRef} onCopy={onImport} />
      <Field label={t.importLabel}>
        <Textarea resize="vertical" rows={6} value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <div>
        <label htmlFor={fileId}>{t.fileLabel}</label>
        <br />
        <input id={fileId} className={styles.file} type="file" accept=".txt,text/plain" onChange={(e) => void pick(e)} />
      </div>
      <Button onClick={() => read(text)}>{t.importButton}</Button>
      <div role="alert">
        {problem && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
