/**
 * The referat's preview as the page's own elements, built from the same blocks as the print page
 * and the Word document (referat-document.ts). Not an iframe: a sandboxed frame runs no script, so
 * assistive checks (axe) and browser tooling cannot look inside it, and at 280 px a frame adds a
 * second scroll box. Every text is a text node (never HTML), in its own direction.
 */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Meeting } from '../../../domain/meeting';
import { referatDocument } from '../../../domain/referat/referat-document';
import { withoutBidiControls } from '../../../domain/bidi';

const useStyles = makeStyles({
  preview: {
    maxHeight: '24rem',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  header: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export interface ReferatPreviewProps {
  meeting: Meeting;
  internal: boolean;
  /** The region's accessible name. */
  label: string;
}

const clean = (text: string) => withoutBidiControls(text);

export function ReferatPreview({ meeting, internal, label }: ReferatPreviewProps) {
  const styles = useStyles();
  const doc = useMemo(() => referatDocument(meeting, { internal }), [meeting, internal]);
  return (
    // Scrolls on its own, so it takes focus: keyboard users can scroll it too.
    <section className={styles.preview} aria-label={label} tabIndex={0}>
      <h3 className={styles.title} dir="auto">
        {clean(doc.title)}
      </h3>
      <dl className={styles.header}>
        {doc.header.map(({ label: term, value }) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} dir="auto">
              {clean(value)}
            </dd>
          </div>
        ))}
      </dl>
      {doc.items.map((item) => (
        <article key={item.number} aria-label={clean(item.heading)}>
          <h4 className={styles.heading} dir="auto">
            {clean(item.heading)}
          </h4>
          {item.caseNumber && <Caption1 dir="auto">{clean(item.caseNumber)}</Caption1>}
          {item.sections.map((section, i) => (
            <div key={`${section.heading}-${i}`}>
              {section.heading && <Text weight="semibold">{section.heading}</Text>}
              {section.paragraphs.map((p, j) => (
                <p key={j} className={styles.paragraph} dir="auto">
                  {clean(p)}
                </p>
              ))}
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
