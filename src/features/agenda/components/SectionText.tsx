/**
 * A section's text as paragraphs (blank-line separated), line breaks kept; always plain text, each
 * paragraph isolated with its own direction and without directional controls (src/domain/bidi.ts).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { withoutBidiControls } from '../../../domain/bidi';

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}`, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

export function SectionText({ text }: { text: string }) {
  const styles = useStyles();
  const paragraphs = text.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className={styles.paragraph} dir="auto">
          {withoutBidiControls(p)}
        </p>
      ))}
    </>
  );
}
